import type { AcknowledgedDrift } from '../config/types.js';
import type { Re2Regex } from '../regex/compile-regex.js';

/** A (source, target) folder pair to compare, as repository paths without a trailing slash. */
export interface DriftPair {
  source: string;
  target: string;
}

/** One folder on the default branch: its git tree SHA (undefined when missing) and its files. */
export interface FolderTree {
  treeSha: string | undefined;
  /** Relative path (below the folder, no leading slash) -> blob SHA. */
  files: ReadonlyMap<string, string>;
}

/** The two folders of a pair. */
export interface DriftTrees {
  source: FolderTree;
  target: FolderTree;
}

/** The rules that decide what counts as drift. */
export interface DriftRules {
  /** `driftDetectionIgnoreFiles`: relative paths matching any are left out entirely. */
  ignoreFiles: readonly Re2Regex[];
  /** `driftDetectionIgnoreLineRegex`: lines matching any never count and are left out of diffs. */
  ignoreLines: readonly Re2Regex[];
  /** The component's `acknowledgedDrift`: matching differences are intended until they expire. */
  acknowledged: readonly AcknowledgedDrift[];
}

/** What `listDriftCandidates` needs and `computeDrift` adds to it. */
export interface DriftCandidatesInput {
  pair: DriftPair;
  trees: DriftTrees;
  rules: DriftRules;
  /** Compute unified diffs (default true); the drift map only needs to know whether files differ. */
  withDiffs?: boolean | undefined;
}

/** Everything `computeDrift` needs, fetched before the call. */
export interface DriftInput extends DriftCandidatesInput {
  /** Blob SHA -> text, for (at least) every blob `listDriftCandidates` asked for. */
  contents: ReadonlyMap<string, string>;
  /** Today as an ISO date (YYYY-MM-DD), to tell expired acknowledgements. */
  today: string;
}

/** A blob whose text `computeDrift` needs; `path` is one repository path holding it (for path-based reads). */
export interface DriftContentRequest {
  sha: string;
  path: string;
}

/** How a file differs between the two folders. */
export type DriftKind = 'only-in-source' | 'only-in-target' | 'changed';

/** The acknowledgement a difference matched, and whether it has expired. */
export interface MatchedAcknowledgement {
  pathText: string;
  reason: string;
  expires: string | undefined;
  expired: boolean;
}

/** One file that differs. */
export interface DriftDifference {
  /** Path relative to the folders. */
  path: string;
  kind: DriftKind;
  sourceSha: string | undefined;
  targetSha: string | undefined;
  /** Unified diff source -> target for `changed` text files (without ignored lines). */
  diff: string | undefined;
  /** Why there is no diff for a `changed` file. */
  diffUnavailable: 'binary' | 'content-missing' | 'too-large' | 'not-requested' | undefined;
  /** True when lines matching `driftDetectionIgnoreLineRegex` were left out of the comparison. */
  linesIgnored: boolean;
  acknowledgement: MatchedAcknowledgement | undefined;
}

/** The drift of one pair: differences that warn, intended ones, and what was ignored. */
export interface DriftReport {
  pair: DriftPair;
  /** True when nothing warns (intended differences may remain). */
  inSync: boolean;
  /** Which folder does not exist on the default branch, if any. */
  missingFolder: 'source' | 'target' | 'both' | undefined;
  onlyInSource: DriftDifference[];
  onlyInTarget: DriftDifference[];
  changed: DriftDifference[];
  /** Differences covered by an acknowledgement that has not expired. */
  intended: DriftDifference[];
  /** Relative paths left out by `driftDetectionIgnoreFiles`. */
  ignoredFiles: string[];
  /** Changed files whose only differences are in ignored lines. */
  equalBesideIgnoredLines: string[];
}

/** One entry of a `git ls-tree -r -t` listing (a GitHub recursive tree entry has the same fields). */
export interface TreeIndexEntry {
  sha: string;
  type: 'blob' | 'tree' | 'commit';
}

/** A whole repository tree at one commit: path (no trailing slash) -> entry, trees and blobs. */
export type TreeIndex = ReadonlyMap<string, TreeIndexEntry>;
