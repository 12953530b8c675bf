import type { DriftMap } from './drift-map-types.js';

/** The drift map as stable JSON (`format: json` of the CLI, an action output): version 1, two-space indent. */
export function renderDriftMapJson(map: DriftMap, commitSha?: string): string {
  const document = {
    version: 1,
    commit: commitSha ?? null,
    totals: map.totals,
    tables: map.tables.map((table) => ({
      sourcePath: table.sourcePath,
      targetPaths: table.targetPaths,
      rows: table.rows.map((row) => ({
        source: row.source,
        component: row.component,
        cells: row.cells.map((cell) => ({
          target: cell.target,
          status: cell.status,
          driftedFiles: cell.driftedFiles,
          acknowledgedFiles: cell.acknowledgedFiles,
        })),
      })),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
