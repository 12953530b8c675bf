import type { ComponentConfig } from '../config/types.js';
import type { Hold } from '../holds/hold.js';

/** A file changed by a PR; for a rename both paths count (`previousPath` is the old one). */
export interface ChangedFile {
  path: string;
  previousPath?: string | undefined;
}

/** A component found under a flow's source folder: `sourcePath` is the concrete folder, e.g. `clusters/staging/us-central1/c1/`. */
export interface ChangedComponent {
  sourcePath: string;
  component: string;
  /** Index of the first `promotionPaths[]` entry whose `sourcePath` matched the file. */
  flowIndex: number;
}

/** One folder sync of a promotion: copy `source` over `target`, or remove `target` when `deleted`. */
export interface SyncPath {
  source: string;
  target: string;
  deleted: boolean;
}

/** One hop of a promotion chain, as stored in the PR metadata (`previousPromotionPaths`). */
export interface PromotionHop {
  sourcePath: string;
  targetPaths: string[];
}

/** The metadata comment of a promotion PR body (byte-compatible with the Go bot's JSON keys). */
export interface PromotionMetadata {
  originalPrAuthor: string;
  originalPrNumber: number;
  promotedPaths: string[];
  previousPromotionPaths: Record<string, PromotionHop>;
}

/** One planned promotion PR. */
export interface Promotion {
  /** `<flow sourcePath text>><sorted targets joined by |>`, the Go bot's plan key. */
  key: string;
  /** Concrete source folder of the first component (sorted order), e.g. `workspace/`. */
  sourcePath: string;
  components: string[];
  targetPaths: string[];
  targetDescription: string;
  syncPaths: SyncPath[];
  skippedTargets: Record<string, string[]>;
  /** Target folders left out because they are held (`.telefonistka/holds.yaml`), sorted by target. */
  heldTargets?: HeldTarget[];
  autoMerge: boolean;
  labels: string[];
  branch: string;
  title: string;
  body: string;
  metadata: PromotionMetadata;
  /** Commit whose content is promoted, when known (see `PlanPullRequest.sourceCommit`). */
  sourceCommit?: string;
}

/** A target folder a promotion leaves alone because it is held. */
export interface HeldTarget {
  component: string;
  /** The held component folder, no trailing slash. */
  target: string;
  hold: Hold;
}

/** The result of planning: PRs sorted by key, plus findings worth telling the user. */
export interface PromotionPlan {
  promotions: Promotion[];
  warnings: string[];
}

/** The merged (or open) PR a plan is computed for. */
export interface PlanPullRequest {
  number: number;
  headRef: string;
  author: string;
  labels: readonly string[];
  /** Body of the PR, read for the Go bot's metadata comment (chains). */
  body: string;
  /** Commit whose content is promoted (the merge commit); named in the body so runs can rank by ancestry. */
  sourceCommit?: string;
}

/** Everything planning needs, gathered before the pure function is called. */
export interface PlanInput {
  pullRequest: PlanPullRequest;
  components: readonly ChangedComponent[];
  /** Component config by component folder (`<sourcePath><component>`); absent means none. */
  componentConfigs: ReadonlyMap<string, ComponentConfig>;
  /** Folders (no trailing slash) at the source revision: a component folder absent here was deleted. */
  sourceFolders: ReadonlySet<string>;
  /** Folders (no trailing slash) at the target revision: a deleted component is removed only where it exists. */
  targetFolders: ReadonlySet<string>;
  /** Held target component folders (no trailing slash), read from the default branch; none when absent. */
  holds?: ReadonlyMap<string, Hold>;
}
