import { codeSpan } from '../comments/markdown-code.js';
import type { CommentDocument } from '../comments/types.js';
import { commitLink } from './blame-link.js';
import { hasDrift, renderDriftComment, type DriftCommentContext } from './render-drift-comment.js';
import type { DriftReport } from './types.js';

/** The sticky comment kind of the PR checks: markers `<!-- telefonistka:pr-checks -->` and its parts. */
export const PR_CHECKS_COMMENT_KIND = 'pr-checks';

/** Hidden line in the first part once drift was reported, so the comment later says the drift is gone. */
export const DRIFT_REPORTED_MARKER = '<!-- telefonistka:drift-reported -->';

/** What the sticky comment is made of. */
export interface PrChecksCommentInput {
  reports: readonly DriftReport[];
  context: DriftCommentContext;
  /** The promotion preview markdown, when it is shown. */
  preview: string | undefined;
  /** True when an earlier version of the comment reported drift. */
  driftReportedBefore: boolean;
}

/**
 * The PR's one sticky comment: the drift warning (the Go bot's `driftMsg` text, one section per drifted
 * pair, intended differences), or once drift was reported and is gone, the "no drift" form; the promotion
 * preview at the end. Undefined when there is nothing to say (no drift now or before, no preview): no
 * comment, as with the Go bot.
 */
export function renderPrChecksComment(input: PrChecksCommentInput): CommentDocument | undefined {
  const drifted = hasDrift(input.reports);
  if (!drifted && !input.driftReportedBefore && input.preview === undefined) return undefined;
  const drift = renderDriftComment(input.reports, input.context);
  const footer = input.preview;
  if (drifted || input.driftReportedBefore) {
    return {
      ...drift,
      kind: PR_CHECKS_COMMENT_KIND,
      header: `${DRIFT_REPORTED_MARKER}\n${drift.header}`,
      footer,
    };
  }
  return {
    kind: PR_CHECKS_COMMENT_KIND,
    header: noDriftLine(input),
    sections: drift.sections,
    footer,
    hint: input.context.hint,
  };
}

function noDriftLine(input: PrChecksCommentInput): string {
  const { context } = input;
  const commit = `[${codeSpan(context.commitSha.slice(0, 7))}](${commitLink(context)})`;
  const pairs = input.reports.length;
  if (pairs === 0) return `✅ **No drift**: this PR promotes no folder, so there is nothing to compare.`;
  const what = pairs === 1 ? 'the compared folder pair matches' : `the ${pairs} compared folder pairs match`;
  return `✅ **No drift**: ${what} on the ${codeSpan(context.defaultBranch)} branch (at ${commit}).`;
}
