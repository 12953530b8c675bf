import type { RenderDiffItem } from './types.js';
import { changedObjectsJson, type ChangedObjectJson } from '../argocd/argocd-diff-results.js';
import type { RenderedDiffRun } from './rendered-diff-run.js';

/** One folder in the `results` output of `diff-mode: render`. */
export interface RenderedDiffResultJson {
  component: string;
  /** `changed` (the PR changes it) or `downstream` (a promotion target it would overwrite). */
  kind: RenderDiffItem['job']['kind'];
  outcome: 'changed' | 'unchanged' | 'error';
  objects: ChangedObjectJson[];
  error: string | null;
}

/** The `results` output of a rendered diff. */
export function renderedDiffResults(items: readonly RenderDiffItem[]): RenderedDiffResultJson[] {
  return items.map((item) => {
    const error = item.base.error ?? item.head.error;
    const elements = item.diff?.elements ?? [];
    return {
      component: item.job.path,
      kind: item.job.kind,
      outcome: error !== undefined ? 'error' : elements.length > 0 ? 'changed' : 'unchanged',
      objects: changedObjectsJson(elements),
      error: error ?? null,
    };
  });
}

/** The job summary of `diff-mode: render`: one row per folder, warnings, the whole comment, API calls. */
export function renderRenderedDiffSummary(run: RenderedDiffRun, apiCalls: number): string {
  const lines = ['## Telefonistka rendered diff', ''];
  if (run.items.length === 0) lines.push('This PR changes no component: nothing to render.', '');
  else {
    lines.push('| folder | kind | result | objects |', '| --- | --- | --- | --- |');
    for (const result of renderedDiffResults(run.items)) {
      const outcome =
        result.error === null ? result.outcome : `error: ${result.error.replace(/\s+/g, ' ').slice(0, 300)}`;
      lines.push(
        `| \`${result.component}\` | ${result.kind} | ${outcome.replace(/\|/g, '\\|')} | ${result.objects.length} |`,
      );
    }
    lines.push('');
    const c = run.comment;
    lines.push(
      `Sticky comment: ${c.parts} part(s); ${c.created} created, ${c.updated} updated, ${c.deleted} deleted, ${c.unchanged} unchanged.`,
      '',
    );
    if (run.warnings.length > 0) lines.push('### Warnings', '', ...run.warnings.map((w) => `- ${w}`), '');
    const document = run.document;
    const whole = [document.header, ...document.sections.map((s) => s.full), document.footer ?? '']
      .filter((block) => block !== '')
      .join('\n\n');
    lines.push('### Full diff', '', whole, '');
  }
  lines.push(`GitHub API calls spent by this step: **${apiCalls}**`, '');
  return lines.join('\n');
}
