import type { Re2Regex } from '../regex/compile-regex.js';
import type { AppDiffResult } from './app-diff-result.js';
import { renderAppDiffMarkdown } from './render-app-diff-markdown.js';

/** Options of {@link renderArgoCdDiffComment}. */
export interface ArgoCdDiffCommentOptions {
  concise?: boolean;
  /** This comment is part `index` of `total` (1-based), one component per part. */
  part?: { index: number; total: number };
  /** Show the "sync from branch" checkbox for this PR head ref. */
  syncCheckboxBranch?: string;
}

/** The checkbox id the Go bot uses; ticking it sets the apps' target revision to the PR branch. */
export const syncCheckboxId = 'telefonistka-argocd-branch-sync';

/**
 * The whole Argo CD diff comment as the Go bot builds it: split header (naming this part's own component; the
 * Go bot always named the first), the title line, each component's markdown, and the optional checkbox.
 */
export function renderArgoCdDiffComment(
  results: readonly AppDiffResult[],
  options: ArgoCdDiffCommentOptions = {},
): string {
  const items: string[] = [];
  if (options.part !== undefined) {
    items.push(
      `Component ${options.part.index}/${options.part.total}: ${results[0]?.componentPath ?? ''} (Split for comment size)\n`,
    );
  }
  items.push(
    options.concise === true
      ? "Diff of ArgoCD applications (concise view, full diff didn't fit GH comment):\n"
      : 'Diff of ArgoCD applications:\n',
  );
  for (const result of results)
    items.push(renderAppDiffMarkdown(result, { concise: options.concise === true }));
  if (options.syncCheckboxBranch !== undefined) {
    items.push(
      `- [ ] <!-- ${syncCheckboxId} --> Set ArgoCD apps Target Revision to \`${options.syncCheckboxBranch}\``,
    );
  }
  return items.join('\n');
}

/**
 * Whether the comment offers the "sync from branch" checkbox (§3.9 of the Go bot): some component matching
 * `allowSyncfromBranchPathRegex` has an existing app (not temporary, not already following the branch) and no
 * error. With no regex configured there is no checkbox (the Go bot showed one that did nothing).
 */
export function isSyncCheckboxVisible(
  results: readonly AppDiffResult[],
  allowSyncFromBranchPathRegex: Re2Regex | undefined,
): boolean {
  if (allowSyncFromBranchPathRegex === undefined) return false;
  return results.some(
    (r) =>
      r.error === undefined &&
      !r.temporaryApp &&
      !r.syncedFromPrBranch &&
      allowSyncFromBranchPathRegex.test(r.componentPath),
  );
}
