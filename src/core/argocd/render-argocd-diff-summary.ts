import type { CommentDocument } from '../comments/types.js';
import type { ComponentDiff } from './component-diff.js';
import type { ArgoCdDiffRun } from './argocd-diff-run.js';
import type { RevisionChange } from './revision-change.js';

/** API calls a step spent, per service. */
export interface ApiCalls {
  github: number;
  argocd: number;
}

const outcomeText: Record<ComponentDiff['outcome'], string> = {
  changed: '📝 changes',
  unchanged: '✅ no diff',
  'synced-from-branch': '🔁 synced from the PR branch',
  'no-app': '➖ no app',
  error: '❌ error',
};

/** The job summary of a diff run: one row per component, follow-ups, warnings, the whole comment, API calls. */
export function renderArgoCdDiffSummary(run: ArgoCdDiffRun, calls: ApiCalls): string {
  const lines = ['## Telefonistka Argo CD diff', ''];
  if (run.skipped !== undefined) lines.push(`Nothing diffed: ${run.skipped}.`, '');
  else if (run.diffs.length === 0) lines.push('This PR changes no component: nothing to diff.', '');
  else {
    lines.push(
      '| component | app | result | objects | health | sync |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const diff of run.diffs) lines.push(row(diff));
    lines.push('');
    const c = run.comment;
    lines.push(
      `Sticky comment: ${c.parts} part(s); ${c.created} created, ${c.updated} updated, ${c.deleted} deleted, ${c.unchanged} unchanged.`,
    );
    if (run.labels.added.length > 0) lines.push(`Label added: \`${run.labels.added.join('`, `')}\`.`);
    if (run.labels.removed.length > 0) lines.push(`Label removed: \`${run.labels.removed.join('`, `')}\`.`);
    if (run.autoMerge !== undefined)
      lines.push(
        run.autoMerge.merged ? 'Merged: no app changes.' : `Not merged: ${run.autoMerge.reason ?? ''}.`,
      );
    lines.push('');
    if (run.warnings.length > 0) lines.push('### Warnings', '', ...run.warnings.map((w) => `- ${w}`), '');
    if (run.document !== undefined) lines.push('### Full diff', '', wholeDocument(run.document), '');
  }
  lines.push(apiCallsLine(calls), '');
  return lines.join('\n');
}

/** The job summary of a revision change (checkbox ticked, PR closed). */
export function renderRevisionSummary(
  title: string,
  handling: { ignored: string | undefined; changes: RevisionChange[] },
  calls: ApiCalls,
): string {
  const lines = [`## Telefonistka Argo CD: ${title}`, ''];
  if (handling.ignored !== undefined) lines.push(`Nothing to do: ${handling.ignored}.`, '');
  if (handling.changes.length > 0) {
    lines.push('| component | app | target revision | result |', '| --- | --- | --- | --- |');
    for (const change of handling.changes) {
      const revision =
        change.from === undefined ? `\`${change.to}\`` : `\`${change.from}\` → \`${change.to}\``;
      const result = change.reason === undefined ? change.action : `${change.action}: ${change.reason}`;
      lines.push(
        `| \`${change.componentPath}\` | ${change.appName ?? '-'} | ${revision} | ${cell(result)} |`,
      );
    }
    lines.push('');
  }
  lines.push(apiCallsLine(calls), '');
  return lines.join('\n');
}

function row(diff: ComponentDiff): string {
  const r = diff.result;
  const app =
    r.appName === undefined ? '-' : r.appUrl === undefined ? r.appName : `[${r.appName}](${r.appUrl})`;
  const result =
    diff.outcome === 'error'
      ? `${outcomeText.error}: ${cell(r.error ?? '')}`
      : `${outcomeText[diff.outcome]}${r.temporaryApp ? ' (temporary app)' : ''}`;
  const objects = String(r.diff?.elements.length ?? '-');
  const known = diff.outcome !== 'no-app' && !r.temporaryApp && r.healthStatus !== '';
  return `| \`${diff.component.path}\` | ${app} | ${result} | ${objects} | ${known ? r.healthStatus : '-'} | ${known ? r.syncStatus : '-'} |`;
}

function cell(text: string): string {
  const flat = text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
  return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat;
}

function wholeDocument(document: CommentDocument): string {
  return [document.header, ...document.sections.map((section) => section.full), document.footer ?? '']
    .filter((block) => block !== '')
    .join('\n\n');
}

function apiCallsLine(calls: ApiCalls): string {
  return `API calls spent by this step: GitHub **${calls.github}**, Argo CD **${calls.argocd}**`;
}
