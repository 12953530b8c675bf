export type { DashboardConfig, DashboardVersionSource } from '../config/types.js';
import type { DriftMap, DriftMapInput, DriftMapStatus } from '../drift/drift-map-types.js';
import type { TreeIndex } from '../drift/types.js';
import type { DashboardVersionSource } from '../config/types.js';

/** An open promotion PR as the dashboard shows it (only PRs this tool opened, read by the caller). */
export interface DashboardPull {
  number: number;
  url: string;
  /** Target component folders the PR syncs (its metadata's `promotedPaths`, no trailing slash). */
  targets: readonly string[];
  /** The gate's commit status state on the PR head, when gates are configured. */
  gate?: string | undefined;
}

/** A hold on a component in an environment: promotion skips it until released. */
export interface DashboardHold {
  /** The held component folder, no trailing slash. */
  folder: string;
  reason: string;
  by: string;
  /** ISO timestamp. */
  since: string;
}

/** Everything the matrix needs, all read before the call. */
export interface DashboardInput {
  /** `promotionPaths` of the repository config. */
  flows: DriftMapInput['flows'];
  tree: TreeIndex;
  /** The drift map of the same tree (the drift engine decides in sync / drifted). */
  driftMap: DriftMap;
  /** Blob SHA -> text of the files `listVersionBlobs` asked for. */
  blobs: ReadonlyMap<string, string>;
  versionSources: readonly DashboardVersionSource[];
  pulls: readonly DashboardPull[];
  holds: readonly DashboardHold[];
  /** Component folder -> ISO time of the last commit that changed it. */
  lastChanges: ReadonlyMap<string, string>;
}

/**
 * A cell's relation to its upstream environment: the drift map's status, `source` where nothing promotes into
 * the folder, `absent` where the component has no folder and no upstream offers it.
 */
export type DashboardCellStatus = DriftMapStatus | 'source' | 'absent';

/** One component in one environment. */
export interface DashboardCell {
  environment: string;
  /** `<environment><component>`, no trailing slash. */
  folder: string;
  /** Undefined when the component has no folder there. */
  treeSha: string | undefined;
  /** From the configured version path, else undefined (renderers show the short tree SHA). */
  version: string | undefined;
  status: DashboardCellStatus;
  /** The upstream folder this cell is compared with. */
  upstream: string | undefined;
  pull: { number: number; url: string; gate?: string | undefined } | undefined;
  hold: DashboardHold | undefined;
  lastChange: string | undefined;
}

/** One component across the environments (cells in environment order). */
export interface DashboardRow {
  component: string;
  cells: DashboardCell[];
}

/** A hop of the promotion graph and what is pending on it. */
export interface DashboardEdge {
  from: string;
  to: string;
  /** Cells of `to` that differ from `from` (drifted or missing). */
  pending: number;
  openPulls: number[];
  held: number;
  /** Gate states of the open PRs on this hop, counted. */
  gates: Readonly<Record<string, number>>;
}

/** The promotion dashboard: environments in chain order, one row per component. */
export interface Dashboard {
  environments: string[];
  edges: DashboardEdge[];
  rows: DashboardRow[];
}
