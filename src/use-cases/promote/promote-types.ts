import type { MergeMethodChoice } from '../../core/merge/choose-merge-method.js';
import type { RepositorySettings } from '../../ports/github-port.js';

/** How a run promotes: from inputs and the token in use. */
export interface PromoteOptions {
  defaultBranch: string;
  /** Input `dry-run`; the config's `dryRunMode` also turns it on. */
  dryRun: boolean;
  autoMergeMode: 'direct' | 'native';
  /** `auto` picks a method the repository allows. */
  mergeMethod: MergeMethodChoice;
  /** Merge settings from the event payload; undefined when it lacks them (then read once if needed). */
  repositorySettings?: RepositorySettings | undefined;
  /**
   * Dispatch the workflow after merging a promotion PR so the next hop runs (see the `chain` input). `problem`
   * says why that dispatch would fail (the workflow does not declare its input): the PR is then not merged.
   */
  dispatchAfterMerge: { workflow: string; ref: string; problem?: string } | undefined;
  /**
   * A promotion started by hand (`workflow_dispatch`): the component folders to promote from the default
   * branch, and optionally the subset of target folders to promote them to.
   */
  manual?: { folders: string[]; targets: string[] | undefined };
}
