import type { Dashboard } from './dashboard-types.js';

/** The dashboard as stable JSON (the CLI's `--format json`): version 1, two-space indent. */
export function renderDashboardJson(dashboard: Dashboard, commitSha?: string): string {
  const document = {
    version: 1,
    commit: commitSha ?? null,
    environments: dashboard.environments,
    edges: dashboard.edges,
    rows: dashboard.rows.map((row) => ({
      component: row.component,
      cells: row.cells.map((cell) => ({
        environment: cell.environment,
        folder: cell.folder,
        treeSha: cell.treeSha ?? null,
        version: cell.version ?? null,
        status: cell.status,
        upstream: cell.upstream ?? null,
        pull: cell.pull ?? null,
        hold:
          cell.hold === undefined
            ? null
            : { reason: cell.hold.reason, by: cell.hold.by, since: cell.hold.since },
        lastChange: cell.lastChange ?? null,
      })),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
