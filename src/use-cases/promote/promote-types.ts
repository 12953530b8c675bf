import type { PromotionPlan } from '../../core/promotion/types.js';
import type { MergeMethod } from '../../ports/git-hub-port.js';

/** How a run promotes: from inputs and the token in use. */
export interface PromoteOptions {
  defaultBranch: string;
  /** Input `dry-run`; the config's `dryRunMode` also turns it on. */
  dryRun: boolean;
  autoMergeMode: 'direct' | 'native';
  mergeMethod: MergeMethod;
  /** Dispatch the workflow after merging a promotion PR so the next hop runs (see the `chain` input). */
  dispatchAfterMerge: { workflow: string; ref: string } | undefined;
  /**
   * A promotion started by hand (`workflow_dispatch`): the component folders to promote from the default
   * branch, and optionally the subset of target folders to promote them to.
   */
  manual?: { folders: string[]; targets: string[] | undefined };
}

/** The outcome for one planned promotion PR. */
export interface PromotionResult {
  key: string;
  branch: string;
  targets: string[];
  /** `superseded`: newer work (open PRs in `supersededBy`, or the default branch) owns every target. */
  action: 'opened' | 'updated' | 'unchanged' | 'up-to-date' | 'superseded' | 'merged' | 'failed';
  number?: number;
  url?: string;
  superseded: number[];
  /** Open PRs from newer merges that own some (or, when `superseded`, all) of the targets. */
  supersededBy?: number[];
  error?: string;
}

/** The outcome of a promotion run. */
export interface PromoteResult {
  plan: PromotionPlan;
  dryRun: boolean;
  results: PromotionResult[];
  warnings: string[];
  failures: string[];
}
