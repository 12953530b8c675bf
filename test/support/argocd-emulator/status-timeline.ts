// An application's status changing over simulated time: "app X syncs to revision R at t+5m and is Healthy
// at t+7m". Changes are scheduled on the emulator's clock and applied, in time order, before every request
// and every `getApplication`, so the existing GET/list endpoints serve them (status.sync, status.health,
// status.operationState, status.history, status.reconciledAt; field names from the vendored Swagger subset).
import type { JsonObject } from './routes.js';

/** One change of an Application's status. */
export interface ApplicationStatusChange {
  /** `status.sync.status`. */
  readonly sync?: 'Synced' | 'OutOfSync' | 'Unknown';
  /** `status.sync.revision`: the revision the app is (being) synced to. */
  readonly revision?: string;
  /** `status.health.status`. */
  readonly health?: 'Healthy' | 'Progressing' | 'Degraded' | 'Suspended' | 'Missing' | 'Unknown';
  readonly healthMessage?: string;
  /**
   * `status.operationState.phase` of a sync operation to `revision`; defaults to `Succeeded` when a
   * revision is given. `Succeeded` also appends a `status.history` entry.
   */
  readonly operation?: 'Running' | 'Succeeded' | 'Failed' | 'Error' | 'Terminating';
  readonly operationMessage?: string;
}

interface ScheduledChange {
  readonly app: string;
  readonly at: number;
  readonly order: number;
  readonly change: ApplicationStatusChange;
}

/** Argo CD's time format (Kubernetes `metav1.Time`: RFC 3339, seconds). */
export const argoTime = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const objectAt = (parent: JsonObject, key: string): JsonObject => {
  const value = parent[key];
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value;
  const created: JsonObject = {};
  parent[key] = created;
  return created;
};

function applyOperation(status: JsonObject, change: ApplicationStatusChange, at: string): void {
  const phase = change.operation ?? (change.revision === undefined ? undefined : 'Succeeded');
  if (phase === undefined) return;
  const revision = change.revision ?? (objectAt(status, 'sync')['revision'] as string | undefined) ?? '';
  const previous = objectAt(status, 'operationState');
  const running =
    previous['phase'] === 'Running' &&
    objectAt(objectAt(previous, 'operation'), 'sync')['revision'] === revision;
  const operationState: JsonObject = {
    operation: { sync: { revision }, initiatedBy: { automated: true } },
    phase,
    message:
      change.operationMessage ??
      (phase === 'Succeeded'
        ? 'successfully synced (all tasks run)'
        : phase === 'Running'
          ? 'waiting for completion of hook'
          : `sync ${phase.toLowerCase()}`),
    startedAt: running ? (previous['startedAt'] as string) : at,
  };
  if (phase !== 'Running') {
    operationState['finishedAt'] = at;
    operationState['syncResult'] = { revision };
  }
  status['operationState'] = operationState;
  if (phase === 'Succeeded') {
    const history = Array.isArray(status['history']) ? status['history'] : [];
    history.push({
      id: history.length,
      revision,
      deployStartedAt: operationState['startedAt'] as string,
      deployedAt: at,
      initiatedBy: { automated: true },
    });
    status['history'] = history;
  }
}

/** Applies one change to an Application (in place) as of `atMs`. */
export function applyStatusChange(app: JsonObject, change: ApplicationStatusChange, atMs: number): void {
  const at = argoTime(atMs);
  const status = objectAt(app, 'status');
  const sync = objectAt(status, 'sync');
  if (change.revision !== undefined) sync['revision'] = change.revision;
  if (change.sync !== undefined) sync['status'] = change.sync;
  applyOperation(status, change, at);
  if (change.health !== undefined || change.healthMessage !== undefined) {
    const health = objectAt(status, 'health');
    if (change.health !== undefined && health['status'] !== change.health) {
      health['status'] = change.health;
      health['lastTransitionTime'] = at;
    }
    if (change.healthMessage === undefined) delete health['message'];
    else health['message'] = change.healthMessage;
  }
  status['reconciledAt'] = at;
}

/** Status changes waiting for their time. */
export function createStatusTimeline() {
  const pending: ScheduledChange[] = [];
  let order = 0;
  return {
    schedule: (app: string, at: number, change: ApplicationStatusChange) => {
      pending.push({ app, at, order: order++, change });
      pending.sort((a, b) => a.at - b.at || a.order - b.order);
    },
    /** Removes and returns the changes due at `now`, oldest first. */
    due: (now: number): ScheduledChange[] => {
      const count = pending.findIndex((entry) => entry.at > now);
      return pending.splice(0, count === -1 ? pending.length : count);
    },
    /** Drops what is still pending for `app` (a new plan replaces the old one). */
    cancel: (app: string) => {
      for (let index = pending.length - 1; index >= 0; index -= 1)
        if (pending[index]!.app === app) pending.splice(index, 1);
    },
  };
}
