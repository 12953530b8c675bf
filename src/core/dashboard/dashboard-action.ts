import type { Dashboard } from './dashboard-types.js';

/**
 * What a ticked checkbox of the dashboard issue asks for. Folders are target component folders as the matrix
 * shows them (`<environment><component>`, no trailing slash); environments are matrix columns.
 */
export type DashboardAction =
  /** Sync the folder from its upstream now (the manual-promotion path). */
  | { kind: 'promote'; folder: string }
  /** Hold the folder: promote and the sweep skip it until released. */
  | { kind: 'hold'; folder: string }
  /** Release a hold. */
  | { kind: 'release'; folder: string }
  /** Restore the folder's tree as it was before its last change, and hold it. */
  | { kind: 'rollback'; folder: string }
  /** Every component that differs from its upstream in the environment, as one bundle PR. */
  | { kind: 'bundle'; environment: string };

/** Who asked, and when (the edit's sender, already judged a writer). */
export interface DashboardActionContext {
  actor: string;
  now: Date;
  /** The matrix the action was checked against (its target is one of its cells or columns), when built. */
  dashboard?: Dashboard | undefined;
}

/** What one action did: `unchanged` when it had already been done (every action is idempotent). */
export interface DashboardActionOutcome {
  action: DashboardAction;
  outcome: 'done' | 'unchanged' | 'refused' | 'failed';
  /** One line for the note and the job summary. */
  message: string;
  pull?: { number: number; url: string } | undefined;
}

/** Carries out one kind of action. */
export type DashboardActionHandler<K extends DashboardAction['kind']> = (
  action: Extract<DashboardAction, { kind: K }>,
  context: DashboardActionContext,
) => Promise<DashboardActionOutcome>;

/** The handlers a run has; a missing kind is reported as not available, never silently dropped. */
export type DashboardActionHandlers = { [K in DashboardAction['kind']]?: DashboardActionHandler<K> };
