import type { AppDiffResult } from './app-diff-result.js';

/** A component folder of the PR whose Argo CD app is diffed. */
export interface PrComponent {
  /** Repository path without trailing `/`, e.g. `clusters/prod/us-west1/c2/nginx`. */
  path: string;
  /** `disableArgoCDDiff: true` in the component's telefonistka.yaml at the PR head (or it could not be read). */
  disableArgoCdDiff: boolean;
}

/** Where a PR's components came from: a promotion PR's metadata, or the changed files. */
export type PrComponentSource = 'metadata' | 'files';

/** What happened to one component. */
export type ComponentOutcome = 'changed' | 'unchanged' | 'synced-from-branch' | 'no-app' | 'error';

/** The diff of one component's app, with what the run should report about it. */
export interface ComponentDiff {
  component: PrComponent;
  outcome: ComponentOutcome;
  result: AppDiffResult;
  /** Why no app was found (`no-app` only). */
  notFound: string | undefined;
  warnings: string[];
  /** A temporary app left in Argo CD for investigation (its diff failed, or deleting it failed). */
  keptTemporaryApp: string | undefined;
}
