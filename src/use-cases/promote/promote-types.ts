import type { RepoConfig } from '../../core/config/types.js';
import type { PromotionPlan } from '../../core/promotion/types.js';
import type { MergeMethodChoice } from '../../core/merge/choose-merge-method.js';
import type { GitHubRefusal, RepositorySettings } from '../../ports/github-port.js';

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
  /** What auto-merge did: merged, GitHub auto-merge enabled, or left open (then `mergeNote` says why). */
  merge?: 'merged' | 'auto-merge-enabled' | 'left-open';
  /** Set when GitHub refused the PR for a setting; the run stops there. */
  refusal?: GitHubRefusal;
  mergeNote?: string;
}

/** The outcome of a promotion run. */
export interface PromoteResult {
  plan: PromotionPlan;
  /** The configuration the run read (the deployment record after promoting uses it). */
  config?: RepoConfig;
  dryRun: boolean;
  results: PromotionResult[];
  warnings: string[];
  failures: string[];
}
