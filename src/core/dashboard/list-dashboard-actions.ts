import { codeSpan } from '../comments/markdown-code.js';
import type { DashboardAction } from './dashboard-action.js';
import type { Dashboard, DashboardCell } from './dashboard-types.js';

/** A checkbox the dashboard offers: the action and its visible label (markdown). */
export interface OfferedAction {
  action: DashboardAction;
  label: string;
}

/** The actions the dashboard offers, by kind, in the order the issue lists them. */
export interface OfferedActions {
  bundle: OfferedAction[];
  promote: OfferedAction[];
  hold: OfferedAction[];
  release: OfferedAction[];
  rollback: OfferedAction[];
}

const pending = (cell: DashboardCell): boolean => cell.status === 'drifted' || cell.status === 'missing';

/**
 * What the matrix lets a writer do: per environment something promotes into with pending components, one bundle
 * PR; per pending cell (not held) "promote now" when no promotion PR is open into it, and "hold"; per held cell
 * "release"; per in-sync target cell (its content came from its upstream: a promotion) "roll back".
 */
export function listDashboardActions(dashboard: Dashboard): OfferedActions {
  const offered: OfferedActions = { bundle: [], promote: [], hold: [], release: [], rollback: [] };
  const pendingInto = new Map<string, number>();
  for (const row of dashboard.rows) {
    const name = codeSpan(row.component);
    for (const cell of row.cells) {
      if (cell.upstream === undefined && cell.hold === undefined) continue;
      const folder = cell.folder;
      const where = codeSpan(cell.environment);
      if (cell.hold !== undefined) {
        offered.release.push({
          action: { kind: 'release', folder },
          label: `release ${name} in ${where} (held by ${codeSpan(cell.hold.by)} since ${cell.hold.since.slice(0, 10)})`,
        });
        continue;
      }
      if (cell.upstream === undefined) continue;
      if (pending(cell)) {
        pendingInto.set(cell.environment, (pendingInto.get(cell.environment) ?? 0) + 1);
        const from = codeSpan(cell.upstream.slice(0, cell.upstream.length - row.component.length));
        if (cell.pull === undefined)
          offered.promote.push({
            action: { kind: 'promote', folder },
            label: `promote ${name} ${from} → ${where} now`,
          });
        offered.hold.push({ action: { kind: 'hold', folder }, label: `hold ${name} in ${where}` });
      } else if (cell.status === 'in-sync' && cell.treeSha !== undefined) {
        offered.rollback.push({
          action: { kind: 'rollback', folder },
          label: `roll back ${name} in ${where} to its content before the last change`,
        });
      }
    }
  }
  for (const environment of dashboard.environments) {
    const count = pendingInto.get(environment);
    if (count === undefined) continue;
    offered.bundle.push({
      action: { kind: 'bundle', environment },
      label: `promote all ${count} pending into ${codeSpan(environment)} (one PR)`,
    });
  }
  return offered;
}

/**
 * The cell a folder action names, or (for a bundle) whether the environment is a column: a ticked key naming
 * anything else is never acted on, whatever a body says.
 */
export function isDashboardTarget(dashboard: Dashboard, action: DashboardAction): boolean {
  if (action.kind === 'bundle') return dashboard.environments.includes(action.environment);
  return findDashboardCell(dashboard, action.folder) !== undefined;
}

/** The matrix cell of a component folder (`<environment><component>`), if the matrix has it. */
export function findDashboardCell(dashboard: Dashboard, folder: string): DashboardCell | undefined {
  for (const row of dashboard.rows) for (const cell of row.cells) if (cell.folder === folder) return cell;
  return undefined;
}
