import { codeSpan } from '../comments/markdown-code.js';
import type { DriftMap, DriftMapCell, DriftMapStatus, DriftMapTable } from './drift-map-types.js';

/** How to render the drift map. */
export interface DriftMapMarkdownOptions {
  /** The commit the tree was read at, shown in the heading. */
  commitSha?: string | undefined;
  /** Leave out rows whose every cell is in sync or skipped (large repositories, job summary size). */
  onlyProblems?: boolean | undefined;
}

const statusIcon: Record<DriftMapStatus, string> = {
  'in-sync': '✅',
  drifted: '⚠️',
  missing: '❌',
  acknowledged: '📝',
  skipped: '⏭️',
};

/** The drift map as markdown (job summary): totals, then one table per flow, components x target paths. */
export function renderDriftMapMarkdown(map: DriftMap, options: DriftMapMarkdownOptions = {}): string {
  const at = options.commitSha === undefined ? '' : ` at ${codeSpan(options.commitSha.slice(0, 7))}`;
  const totals = (Object.keys(statusIcon) as DriftMapStatus[])
    .map((status) => `${statusIcon[status]} ${map.totals[status]} ${status.replace('-', ' ')}`)
    .join(' · ');
  const blocks = [`## Drift map${at}`, '', totals];
  if (map.tables.length === 0) blocks.push('', 'No promotion flow is configured.');
  for (const table of map.tables) blocks.push('', renderTable(table, options.onlyProblems === true));
  return `${blocks.join('\n')}\n`;
}

function renderTable(table: DriftMapTable, onlyProblems: boolean): string {
  const rows = onlyProblems ? table.rows.filter((row) => row.cells.some(isProblem)) : table.rows;
  const lines = [`### Flow ${codeSpan(table.sourcePath)}`, ''];
  if (table.rows.length === 0) return [...lines, 'No component found under this source path.'].join('\n');
  const hidden = table.rows.length - rows.length;
  if (rows.length > 0) {
    lines.push(`| component | ${table.targetPaths.map(codeSpan).join(' | ')} |`);
    lines.push(`| --- |${' --- |'.repeat(table.targetPaths.length)}`);
    for (const row of rows)
      lines.push(`| ${codeSpan(row.source)} | ${row.cells.map(renderCell).join(' | ')} |`);
  }
  if (hidden > 0)
    lines.push('', `${hidden} of ${table.rows.length} components are in sync everywhere and not listed.`);
  return lines.join('\n');
}

function renderCell(cell: DriftMapCell): string {
  const icon = statusIcon[cell.status];
  if (cell.status === 'drifted') return `${icon} drifted (${files(cell.driftedFiles.length)})`;
  if (cell.status === 'acknowledged') return `${icon} acknowledged (${files(cell.acknowledgedFiles.length)})`;
  return `${icon} ${cell.status.replace('-', ' ')}`;
}

function files(n: number): string {
  return `${n} ${n === 1 ? 'file' : 'files'}`;
}

function isProblem(cell: DriftMapCell): boolean {
  return cell.status !== 'in-sync' && cell.status !== 'skipped';
}
