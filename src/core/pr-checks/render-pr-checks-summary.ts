import type { CommentDocument } from '../comments/types.js';
import type { DriftReport } from '../drift/types.js';
import type { PrCheckResult, CommentHandling } from './pr-check-result.js';

/** The job summary of a PR check: drift per folder pair, the whole report (never cut), API calls. */
export function renderPrCheckSummary(result: PrCheckResult, apiCalls: number): string {
  const lines = ['## Telefonistka PR checks', ''];
  if (result.skipped !== undefined) lines.push(`Nothing checked: ${result.skipped}.`, '');
  else {
    lines.push(...pairTable(result.reports), '');
    const c = result.comment;
    lines.push(
      `Sticky comment: ${c.parts} part(s); ${c.created} created, ${c.updated} updated, ${c.deleted} deleted, ${c.unchanged} unchanged.`,
      '',
    );
    if (result.warnings.length > 0)
      lines.push('### Warnings', '', ...result.warnings.map((w) => `- ${w}`), '');
    if (result.document !== undefined) lines.push('### Report', '', wholeDocument(result.document), '');
  }
  lines.push(`GitHub API calls spent by this step: **${apiCalls}**`, '');
  return lines.join('\n');
}

/** The job summary of a comment event. */
export function renderCommentSummary(handling: CommentHandling, apiCalls: number): string {
  if (handling.check !== undefined) return renderPrCheckSummary(handling.check, apiCalls);
  const lines = ['## Telefonistka PR comment', ''];
  if (handling.ignored !== undefined) lines.push(`Nothing to do: ${handling.ignored}.`);
  if (handling.refused) lines.push('The commenter lacks write access: the command was refused with a reply.');
  for (const toggle of handling.toggled)
    lines.push(
      `- \`/${toggle.command}\`: status \`${toggle.context}\` ${toggle.from ?? 'unset'} → ${toggle.to}`,
    );
  lines.push('', `GitHub API calls spent by this step: **${apiCalls}**`, '');
  return lines.join('\n');
}

function pairTable(reports: readonly DriftReport[]): string[] {
  if (reports.length === 0) return ['This PR promotes no folder: nothing to compare.'];
  const rows = reports.map((report) => {
    const warned = report.onlyInSource.length + report.onlyInTarget.length + report.changed.length;
    const state = report.inSync ? '✅ in sync' : `⚠️ drifted (${warned} file${warned === 1 ? '' : 's'})`;
    const intended = report.intended.length === 0 ? '-' : String(report.intended.length);
    return `| \`${report.pair.source}\` | \`${report.pair.target}\` | ${state} | ${intended} |`;
  });
  return ['| source | target | drift | intended |', '| --- | --- | --- | --- |', ...rows];
}

function wholeDocument(document: CommentDocument): string {
  return [document.header, ...document.sections.map((section) => section.full), document.footer ?? '']
    .filter((block) => block !== '')
    .join('\n\n');
}
