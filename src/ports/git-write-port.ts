import type { NewTreeEntry } from '../core/tree/tree-entry.js';
import type { RepositoryScope } from './repository-scope.js';

/** Result of a compare-and-swap write on a ref. */
export type RefWriteResult = 'written' | 'exists' | 'conflict';

/** Writes of trees, commits and branches over GitHub's Git Data API. Every method is one call. */
export interface GitWritePort extends RepositoryScope {
  /** A tree on `baseTree` with `entries` replaced, added or (`sha: null`) deleted; returns its SHA. */
  createTree(baseTree: string, entries: readonly NewTreeEntry[]): Promise<string>;
  /** Creates a commit without author/committer, so GitHub signs it for bots. */
  createCommit(options: { message: string; tree: string; parents: string[] }): Promise<string>;
  /** `exists` when the branch is already there. */
  createBranch(branch: string, sha: string): Promise<RefWriteResult>;
  /**
   * Points an existing branch at `to` only if it still points at `from` (a true compare-and-swap, GraphQL
   * `updateRefs` with `beforeOid`); `conflict` when someone moved it in between.
   */
  replaceBranch(branch: string, swap: { from: string; to: string }): Promise<RefWriteResult>;
  /** Deletes a branch. */
  deleteBranch(branch: string): Promise<void>;
}
