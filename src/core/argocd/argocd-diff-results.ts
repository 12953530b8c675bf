import type { ObjectDiffElement } from './diff-object-pair.js';
import type { ComponentDiff } from './component-diff.js';

/** A changed object in a `results` output (never its content). */
export interface ChangedObjectJson {
  group: string;
  kind: string;
  namespace: string;
  name: string;
  change: string;
  redacted: boolean;
}

/** The changed objects of a diff for the `results` output, both modes. */
export function changedObjectsJson(elements: readonly ObjectDiffElement[]): ChangedObjectJson[] {
  return elements.map((element) => ({
    ...element.key,
    change: element.change,
    redacted: element.redacted !== undefined,
  }));
}

/** One component in the `results` output (a stable JSON shape; diff texts are left out). */
export interface ArgoCdDiffResultJson {
  component: string;
  app: string | null;
  url: string | null;
  outcome: ComponentDiff['outcome'];
  health: string | null;
  sync: string | null;
  autoSync: boolean | null;
  temporaryApp: boolean;
  objects: ChangedObjectJson[];
  error: string | null;
  /** A temporary app left in Argo CD for investigation. */
  keptTemporaryApp: string | null;
}

/** The `results` output of a diff run. */
export function argoCdDiffResults(diffs: readonly ComponentDiff[]): ArgoCdDiffResultJson[] {
  return diffs.map((diff) => {
    const { result } = diff;
    const known = diff.outcome !== 'no-app' && !result.temporaryApp && result.healthStatus !== '';
    return {
      component: diff.component.path,
      app: result.appName ?? null,
      url: result.appUrl ?? null,
      outcome: diff.outcome,
      health: known ? result.healthStatus : null,
      sync: known ? result.syncStatus : null,
      autoSync: known ? result.autoSyncEnabled : null,
      temporaryApp: result.temporaryApp,
      objects: changedObjectsJson(result.diff?.elements ?? []),
      error: result.error ?? null,
      keptTemporaryApp: diff.keptTemporaryApp ?? null,
    };
  });
}
