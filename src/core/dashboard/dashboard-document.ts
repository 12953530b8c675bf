import { codeSpan, linkLabel } from '../comments/markdown-code.js';
import type { CommentDocument } from '../comments/types.js';
import type { DashboardActionOutcome } from './dashboard-action.js';
import type { Dashboard, DashboardCell, DashboardRow } from './dashboard-types.js';
import { renderActionOutcomes } from './render-action-outcomes.js';
import { renderDashboardActions } from './render-dashboard-actions.js';
import { renderDashboardGraph } from './render-dashboard-graph.js';

/** The sticky kind of the dashboard issue: its hidden markers are `<!-- telefonistka:dashboard … -->`. */
export const DASHBOARD_KIND = 'dashboard';

/** Rows per table section: a section is kept whole in one part, so each part shows complete tables. */
const ROWS_PER_SECTION = 100;

const STATUS_ICONS: Record<DashboardCell['status'], string> = {
  'in-sync': '✅',
  drifted: '🔶',
  missing: '➕',
  acknowledged: '☑️',
  skipped: '⏭️',
  source: '',
  absent: '',
};

const LEGEND =
  '✅ in sync with upstream · 🔶 differs from upstream (pending) · ➕ not there yet · ☑️ acknowledged drift · ' +
  '⏭️ never promoted there · 🔒 held · PR: open promotion PR (gate state) · dates: last change there';

/** Options of the rendered document. */
export interface DashboardDocumentOptions {
  /** The commit the matrix was built from. */
  commitSha?: string | undefined;
  /** When it was rendered (ISO), shown in the header. */
  renderedAt?: string | undefined;
  /**
   * The issue's "Actions" checkboxes after the matrix (the CLI leaves them out), and the outcomes of the boxes
   * just ticked, shown above the matrix.
   */
  actions?: { outcomes?: readonly DashboardActionOutcome[]; actor?: string } | undefined;
}

/**
 * The dashboard as a comment document: a header with the promotion graph (Mermaid) and the legend, then the
 * matrix (components x environments in chain order) as tables of up to 100 rows, so a split never cuts a table.
 */
export function dashboardDocument(
  dashboard: Dashboard,
  options: DashboardDocumentOptions = {},
): CommentDocument {
  const at = [
    options.commitSha === undefined ? undefined : `commit ${codeSpan(options.commitSha.slice(0, 12))}`,
    options.renderedAt === undefined ? undefined : `updated ${options.renderedAt}`,
  ].filter((text) => text !== undefined);
  const header = [
    '## Promotion dashboard',
    `${dashboard.rows.length} components in ${dashboard.environments.length} environments${at.length > 0 ? ` (${at.join(', ')})` : ''}.`,
    renderDashboardGraph(dashboard),
    `<sub>${LEGEND}</sub>`,
    ...(options.actions?.outcomes === undefined || options.actions.outcomes.length === 0
      ? []
      : [renderActionOutcomes(options.actions.outcomes, { actor: options.actions.actor ?? 'someone' })]),
  ].join('\n\n');
  const sections = [];
  for (let start = 0; start < dashboard.rows.length; start += ROWS_PER_SECTION) {
    const rows = dashboard.rows.slice(start, start + ROWS_PER_SECTION);
    sections.push({
      title: `components ${start + 1}–${start + rows.length}`,
      full: renderTable(dashboard.environments, rows),
    });
  }
  if (sections.length === 0)
    sections.push({ title: 'components', full: '_No components found under the promotion paths._' });
  if (options.actions !== undefined) sections.push(...renderDashboardActions(dashboard));
  return {
    kind: DASHBOARD_KIND,
    header,
    continuationHeader: '## Promotion dashboard (continued)',
    sections,
    hint: 'Run `telefonistka dashboard --repo .` for the whole matrix.',
  };
}

function renderTable(environments: readonly string[], rows: readonly DashboardRow[]): string {
  const head = `| component | ${environments.map((environment) => codeSpan(environment).replace(/\|/g, '\\|')).join(' | ')} |`;
  const rule = `|---|${environments.map(() => '---').join('|')}|`;
  const lines = rows.map(
    (row) =>
      `| ${codeSpan(row.component).replace(/\|/g, '\\|')} | ${row.cells.map(renderCell).join(' | ')} |`,
  );
  return [head, rule, ...lines].join('\n');
}

function renderCell(cell: DashboardCell): string {
  if (cell.treeSha === undefined && cell.status === 'absent') return '';
  const parts: string[] = [];
  const shown = cell.version ?? cell.treeSha?.slice(0, 7);
  if (shown !== undefined) parts.push(codeSpan(shown).replace(/\|/g, '\\|'));
  const icon = STATUS_ICONS[cell.status];
  if (icon !== '') parts.push(icon);
  if (cell.pull !== undefined)
    parts.push(
      `[#${cell.pull.number}](${cell.pull.url})${cell.pull.gate === undefined ? '' : ` (${linkLabel(cell.pull.gate)})`}`,
    );
  if (cell.hold !== undefined) parts.push('🔒');
  if (cell.lastChange !== undefined) parts.push(`<sub>${cell.lastChange.slice(0, 10)}</sub>`);
  return parts.join(' ');
}
