import type { BumpEdit } from './bump-edit.js';
import { chooseBumpTarget, type BumpPullRequest } from './choose-bump-target.js';

/**
 * The open bump PR, older than PR `number`, that this bump would have coalesced into had it been there when
 * the bump read the repository (same rules as chooseBumpTarget: this tool's PRs of the same triggering
 * repository touching the same files); undefined when there is none.
 */
export function findEarlierBumpPr(input: {
  number: number;
  triggeringRepo: string;
  sha: string;
  edits: readonly BumpEdit[];
  defaultBranch: string;
  ownLogin: string;
  openPullRequests: readonly BumpPullRequest[];
}): number | undefined {
  const target = chooseBumpTarget({
    triggeringRepo: input.triggeringRepo,
    sha: input.sha,
    defaultBranch: input.defaultBranch,
    edits: input.edits,
    branchOid: undefined,
    openPullRequests: input.openPullRequests.filter((pr) => pr.number < input.number),
    coalesce: true,
    ownLogin: input.ownLogin,
  });
  return target.kind === 'existing' ? target.pullRequest?.number : undefined;
}
