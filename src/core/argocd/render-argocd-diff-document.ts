import { isSyncCheckboxVisible } from './render-argocd-diff-comment.js';
import { argoCdDiffSection } from './render-app-diff-markdown.js';
import type { CommentDocument, CommentSection } from '../comments/types.js';
import type { Re2Regex } from '../regex/compile-regex.js';
import { syncCheckboxLine } from './sync-checkbox.js';
import type { ComponentDiff } from './component-diff.js';

/** The sticky comment kind of the Argo CD diff (its parts carry `<!-- telefonistka:argocd-diff:part:N -->`). */
export const ARGOCD_DIFF_COMMENT_KIND = 'argocd-diff';

/** Options of {@link renderArgoCdDiffDocument}. */
export interface ArgoCdDiffDocumentOptions {
  headRef: string;
  /** `argocd.allowSyncfromBranchPathRegex`: the checkbox is offered when it matches a diffed app's component. */
  allowSyncFromBranchPathRegex: Re2Regex | undefined;
  /** Where to see everything when a part is concise or cut (the workflow run's job summary). */
  hint: string | undefined;
}

/**
 * The Argo CD diff comment before splitting: the Go bot's title line, one section per component (full and
 * concise markdown, so the splitter can fall back per app), a note for components without an app, and the
 * "sync from branch" checkbox last.
 */
export function renderArgoCdDiffDocument(
  diffs: readonly ComponentDiff[],
  options: ArgoCdDiffDocumentOptions,
): CommentDocument {
  const results = diffs.filter((d) => d.outcome !== 'no-app').map((d) => d.result);
  const checkbox = isSyncCheckboxVisible(results, options.allowSyncFromBranchPathRegex);
  return {
    kind: ARGOCD_DIFF_COMMENT_KIND,
    header: 'Diff of ArgoCD applications:',
    sections: diffs.map(sectionOf),
    footer: checkbox ? syncCheckboxLine(options.headRef) : undefined,
    hint: options.hint,
  };
}

function sectionOf(diff: ComponentDiff): CommentSection {
  if (diff.outcome !== 'no-app') return argoCdDiffSection(diff.result);
  return {
    title: diff.component.path,
    full: `> [!NOTE]  \n> ${diff.notFound ?? `No ArgoCD application found for \`${diff.component.path}\``}: nothing to diff.`,
  };
}
