import type { ComponentDiff } from '../../use-cases/argocd-diff/diff-component.js';

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
  /** Changed objects: `{group, kind, namespace, name, change, redacted}`. */
  objects: {
    group: string;
    kind: string;
    namespace: string;
    name: string;
    change: string;
    redacted: boolean;
  }[];
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
      objects: (result.diff?.elements ?? []).map((element) => ({
        ...element.key,
        change: element.change,
        redacted: element.redacted !== undefined,
      })),
      error: result.error ?? null,
      keptTemporaryApp: diff.keptTemporaryApp ?? null,
    };
  });
}
