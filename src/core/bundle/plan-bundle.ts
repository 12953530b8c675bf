import type { Dashboard, DashboardHold } from '../dashboard/dashboard-types.js';

/** One component the bundle syncs from its upstream folder. */
export interface BundleSync {
  component: string;
  /** The upstream component folder (no trailing slash). */
  source: string;
  /** The component folder in the bundle's environment (no trailing slash). */
  target: string;
  /** `missing`: the folder does not exist in the environment yet. */
  status: 'drifted' | 'missing';
  from: { version: string | undefined; tree: string | undefined };
  to: { version: string | undefined; tree: string | undefined };
}

/** What a bundle into one environment holds, and what it leaves out because it is held. */
export type BundlePlan =
  | { kind: 'unknown-environment'; environment: string; environments: string[] }
  | { kind: 'bundle'; environment: string; syncs: BundleSync[]; held: DashboardHold[] };

/**
 * Every component of `environment` (a dashboard column) that differs from its upstream (`drifted` or `missing` in
 * the drift map: allow/block lists already made the others `skipped`), in component order; held folders are left
 * out and listed. The environment may be named with or without its trailing slash.
 */
export function planBundle(dashboard: Dashboard, environment: string): BundlePlan {
  const column = dashboard.environments.find(
    (candidate) => candidate === environment || candidate === `${environment}/`,
  );
  if (column === undefined)
    return { kind: 'unknown-environment', environment, environments: [...dashboard.environments] };
  const syncs: BundleSync[] = [];
  const held: DashboardHold[] = [];
  for (const row of dashboard.rows) {
    const cell = row.cells.find((candidate) => candidate.environment === column);
    if (cell?.upstream === undefined || (cell.status !== 'drifted' && cell.status !== 'missing')) continue;
    if (cell.hold !== undefined) {
      held.push(cell.hold);
      continue;
    }
    const upstream = row.cells.find((candidate) => candidate.folder === cell.upstream);
    syncs.push({
      component: row.component,
      source: cell.upstream,
      target: cell.folder,
      status: cell.status,
      from: { version: cell.version, tree: cell.treeSha },
      to: { version: upstream?.version, tree: upstream?.treeSha },
    });
  }
  return { kind: 'bundle', environment: column, syncs, held };
}
