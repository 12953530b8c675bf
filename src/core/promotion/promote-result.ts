import type { RepoConfig } from '../config/types.js';
import type { GitHubRefusal } from '../errors/github-refusal.js';
import type { PromotionPlan } from './types.js';

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
  /** This run opened the PR (`action` then says what happened next, e.g. `merged`). */
  opened?: boolean;
  /** Held for its gates: `telefonistka/gates` set pending, the sweep merges it (docs/gates.md). */
  gated?: boolean;
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
  /** Set when the merged PR is a rollback PR of this tool: why nothing was promoted onward and how to by hand. */
  localRollback?: string;
}
