import type { MergedPullRequest } from '../../src/ports/pull-request-ref.js';
import type { EmulatedPullRequest } from './github-emulator/index.js';

/** The merged PR a promote run takes (what the `pull_request` closed event carries), from a PR the emulator merged. */
export function mergedPullRequestOf(merged: EmulatedPullRequest): MergedPullRequest {
  if (merged.mergeCommitSha === null) throw new Error(`#${merged.number} is not merged`);
  return {
    number: merged.number,
    nodeId: merged.nodeId,
    headRef: merged.head,
    headSha: merged.headSha,
    baseSha: merged.baseSha,
    mergeCommitSha: merged.mergeCommitSha,
    author: merged.user,
    labels: [...merged.labels],
    body: merged.body ?? '',
  };
}
