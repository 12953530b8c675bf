/** Paths a push added, modified and removed, as in the commit objects of a GitHub push payload. */
export interface FileChanges {
  added: string[];
  modified: string[];
  removed: string[];
}

/** A changed file as git or the compare API reports it; renames carry the old path. */
export interface ChangedPath {
  path: string;
  previousPath?: string | undefined;
  status: string;
}

/** The parts of a `push` event payload the fan-out reads. */
export interface PushEvent {
  ref: string;
  before: string;
  after: string;
  /** A new branch: `before` is the all-zero SHA. */
  created: boolean;
  deleted: boolean;
  forced: boolean;
  defaultBranch: string;
  /** `commits[].id` in payload order. */
  commitIds: string[];
  /** `head_commit.id`, the commit `after` points to; undefined when GitHub sent none. */
  headCommitId: string | undefined;
}

/**
 * Which files the forwarded payload lists, per commit id. `unknown` means the lists are sent empty, which
 * Argo CD reads as "refresh every application of this repository" (safe when the change set is incomplete).
 */
export type PushAttribution =
  { kind: 'files'; byCommit: ReadonlyMap<string, FileChanges> } | { kind: 'unknown'; reason: string };

/** Where the change set came from. */
export type ChangeSource = 'local' | 'api-compare' | 'api-trees';
