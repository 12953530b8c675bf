import type { ComponentConfig, PromotionPathConfig } from '../config/types.js';
import type { DriftRules, TreeIndex } from './types.js';

/** Everything the drift map needs, all read before the call (e.g. from one `git ls-tree -r -t`). */
export interface DriftMapInput {
  /** `promotionPaths` of the repository config; only sourcePath, componentPathExtraDepth and targetPaths are read. */
  flows: readonly Pick<PromotionPathConfig, 'sourcePath' | 'componentPathExtraDepth' | 'promotionPrs'>[];
  /** The whole repository tree at one commit: trees and blobs. */
  tree: TreeIndex;
  /** Component configs by source component folder (no trailing slash): allow/block lists and acknowledgedDrift. */
  componentConfigs?: ReadonlyMap<string, ComponentConfig> | undefined;
  /** `driftDetectionIgnoreFiles` and `driftDetectionIgnoreLineRegex` of the repository config. */
  rules?: Pick<DriftRules, 'ignoreFiles' | 'ignoreLines'> | undefined;
  /** Blob SHA -> text for what `listDriftMapCandidates` asked for; only needed when lines are ignored. */
  contents?: ReadonlyMap<string, string> | undefined;
  /** Today as an ISO date (YYYY-MM-DD), for expiring acknowledgements. */
  today: string;
}

/** State of one component in one target folder. */
export type DriftMapStatus = 'in-sync' | 'drifted' | 'missing' | 'acknowledged' | 'skipped';

/** One cell: a component's source folder against one target folder. */
export interface DriftMapCell {
  /** The target folder (`<targetPath><component>`). */
  target: string;
  status: DriftMapStatus;
  /** Relative paths that differ and warn (for `drifted`). */
  driftedFiles: string[];
  /** Relative paths that differ as acknowledged (intended). */
  acknowledgedFiles: string[];
}

/** One component (source folder) with one cell per target path of its table. */
export interface DriftMapRow {
  /** The source component folder, e.g. `clusters/staging/us-central1/c1/nginx`. */
  source: string;
  component: string;
  cells: DriftMapCell[];
}

/** One flow (flows with the same sourcePath share a table): components x target paths. */
export interface DriftMapTable {
  /** The flow's sourcePath as configured (may be a regex). */
  sourcePath: string;
  /** Target paths in config order, without duplicates. */
  targetPaths: string[];
  /** Sorted by source folder. */
  rows: DriftMapRow[];
}

/** The drift map of a repository: one table per flow and the count of cells per status. */
export interface DriftMap {
  tables: DriftMapTable[];
  totals: Record<DriftMapStatus, number>;
}
