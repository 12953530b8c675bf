import { inertText } from '../comments/inert-text.js';
import { codeSpan } from '../comments/markdown-code.js';
import { renderDashboardGraph } from '../dashboard/render-dashboard-graph.js';
import type { PromoteResult } from './promote-result.js';
import { renderHeldTargets } from './render-held-targets.js';
import { promotionGraph } from './promotion-graph.js';

/** The job summary of a promotion run: the plan, the PRs, their promotion graph (Mermaid) and the API calls spent. */
export function renderPromoteSummary(result: PromoteResult, apiCalls: number): string {
  const lines = ['## Telefonistka promotion', ''];
  if (result.localRollback !== undefined) lines.push('### Not promoted onward', '', result.localRollback, '');
  else if (result.plan.promotions.length === 0)
    lines.push('Nothing to promote: no changed component under a configured `sourcePath`.', '');
  else lines.push(...planTable(result), '');
  const held = result.plan.promotions.flatMap((p) => p.heldTargets ?? []);
  if (held.length > 0) lines.push('### Held targets', '', ...renderHeldTargets(held), '');
  if (result.results.length > 0) lines.push(...prTable(result), '');
  const graph = promotionGraph(result);
  if (graph !== undefined) lines.push('### Promotion graph', '', renderDashboardGraph(graph), '');
  if (result.dryRun) lines.push('Dry run: the plan was commented on the merged PR; no PR was opened.', '');
  if (result.warnings.length > 0) lines.push('### Warnings', '', ...result.warnings.map((w) => `- ${w}`), '');
  lines.push(`GitHub API calls spent by this step: **${apiCalls}**`, '');
  return lines.join('\n');
}

function planTable(result: PromoteResult): string[] {
  const rows = result.plan.promotions.map((p) => {
    const skipped = Object.entries(p.skippedTargets)
      .map(([component, targets]) => `${code(component)}: ${targets.map(code).join(', ')}`)
      .join('; ');
    return `| ${code(p.sourcePath)} | ${p.components.map(code).join(', ')} | ${p.targetPaths.map(code).join('<br>')} | ${
      skipped || '-'
    } | ${p.autoMerge ? 'yes' : 'no'} |`;
  });
  return ['| source | components | targets | skipped | auto-merge |', '|---|---|---|---|---|', ...rows];
}

function prTable(result: PromoteResult): string[] {
  const rows = result.results.map((r) => {
    const pr = r.number === undefined ? '-' : `[#${r.number}](${r.url ?? ''})`;
    const superseded = r.superseded.length === 0 ? '-' : r.superseded.map((n) => `#${n}`).join(', ');
    const newer = (r.supersededBy ?? []).map((n) => `#${n}`).join(', ');
    const by = newer === '' ? '' : ` (newer work: ${newer})`;
    return `| ${pr} | ${code(r.branch)} | ${r.action}${by}${mergeText(r)}${r.error === undefined ? '' : `: ${inertText(r.error)}`} | ${superseded} |`;
  });
  return ['| PR | branch | result | superseded |', '|---|---|---|---|', ...rows];
}

function mergeText(result: PromoteResult['results'][number]): string {
  if (result.merge === 'auto-merge-enabled') return ', auto-merge enabled';
  if (result.merge === 'left-open')
    return `, not merged: ${inertText((result.mergeNote ?? '').split('\n')[0] ?? '')}`;
  return '';
}

/** A name (folder, branch) as inline code in a table cell: one line, its pipes escaped. */
function code(text: string): string {
  return codeSpan(text).replace(/\|/g, '\\|');
}
