import { codeSpan } from '../comments/markdown-code.js';
import type { CommentDocument } from '../comments/types.js';
import { manifestDiffSection } from './render-manifest-diff-markdown.js';
import type { RenderDiffItem } from './types.js';

/** The sticky comment kind of the rendered diff (its part markers), distinct from the Argo CD diff's. */
export const manifestDiffCommentKind = 'rendered-diff';

/** What the rendered-diff comment shows. */
export interface ManifestDiffDocumentInput {
  items: readonly RenderDiffItem[];
  base: string;
  head: string;
  /** The PR is a promotion PR: its promoted folders are compared, there is no downstream step. */
  promotionPr: boolean;
  /** Findings of configuration and planning worth showing (at most the first 20 are listed). */
  warnings: readonly string[];
  /** The tools and versions used, e.g. `kubectl v1.34.5, helm v4.1.4`. */
  tools?: string | undefined;
  /** Where to see everything when the comment is cut (the job summary). */
  hint?: string | undefined;
}

const maxWarnings = 20;

/**
 * The rendered-diff comment before splitting: a header saying what was compared, one section per folder
 * (changed folders, each followed by its downstream targets), and a footer with the tools and the count of
 * failed folders. Ready for `splitComment`.
 */
export function manifestDiffDocument(input: ManifestDiffDocumentInput): CommentDocument {
  return {
    kind: manifestDiffCommentKind,
    header: header(input),
    continuationHeader: '## 🔍 Rendered manifest diff (continued)',
    sections: input.items.map(manifestDiffSection),
    footer: footer(input),
    hint: input.hint,
  };
}

function header(input: ManifestDiffDocumentInput): string {
  const revisions = `base ${codeSpan(input.base.slice(0, 7))} → head ${codeSpan(input.head.slice(0, 7))}`;
  const what = input.promotionPr
    ? 'Each folder this promotion PR changes, rendered at base and at head.'
    : 'Each component this PR changes, rendered at base and at head; under ↳, each target the promotion of that component would change, rendered as it is now and with the promoted content in place.';
  const lines = [
    '## 🔍 Rendered manifest diff',
    '',
    `Rendered from the repository without cluster access (${revisions}). ${what}`,
  ];
  if (input.items.length === 0) {
    lines.push('', 'Nothing to render: this PR changes no component under a configured `sourcePath`.');
  }
  if (input.warnings.length > 0) lines.push('', warningsBlock(input.warnings));
  return lines.join('\n');
}

function warningsBlock(warnings: readonly string[]): string {
  const shown = warnings.slice(0, maxWarnings).map((warning) => `- ${warning}`);
  if (warnings.length > maxWarnings) shown.push(`- … and ${warnings.length - maxWarnings} more`);
  const noun = warnings.length === 1 ? 'warning' : 'warnings';
  return [`<details><summary>${warnings.length} ${noun}</summary>`, '', ...shown, '', '</details>'].join(
    '\n',
  );
}

function footer(input: ManifestDiffDocumentInput): string {
  const failed = input.items.filter((item) => item.base.error !== undefined || item.head.error !== undefined);
  const facts = [
    `${input.items.length} ${input.items.length === 1 ? 'folder' : 'folders'} rendered`,
    ...(failed.length > 0 ? [`${failed.length} failed`] : []),
    ...(input.tools === undefined ? [] : [`with ${input.tools}`]),
  ];
  return `<sub>${facts.join(' · ')}</sub>`;
}
