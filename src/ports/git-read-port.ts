import type { TreeEntryInfo } from '../core/tree/tree-entry.js';
import type { RepositoryScope } from './repository-scope.js';

/** A file changed by a PR or comparison; `previousPath` is set for renames. */
export interface ChangedFileInfo {
  path: string;
  previousPath?: string | undefined;
  status: string;
}

/** How a compared head relates to its base, as GitHub's compare API says. */
export type CommitRelation = 'ahead' | 'behind' | 'identical' | 'diverged';

/** Reads of the repository's refs, commits, trees and files over GitHub's API. Every method is one call. */
export interface GitReadPort extends RepositoryScope {
  /** Commit SHA a branch points to, or undefined when the branch does not exist. */
  getBranchSha(branch: string): Promise<string | undefined>;
  /** Tree SHA and parents of a commit. */
  getCommit(sha: string): Promise<{ sha: string; treeSha: string; parents: string[] }>;
  /** One tree read; `recursive` flattens it. `truncated` is GitHub's flag. */
  getTree(
    treeSha: string,
    options: { recursive: boolean },
  ): Promise<{ entries: TreeEntryInfo[]; truncated: boolean }>;
  /** Text of a file at a ref, or undefined when it does not exist. */
  getFileText(ref: string, path: string): Promise<string | undefined>;
  /**
   * Files between two commits; `truncated` when the 300-file cap was reached. `status` is how `head` relates
   * to `base` (`ahead`: base is an ancestor of head), when GitHub said.
   */
  compareCommits(
    base: string,
    head: string,
  ): Promise<{ files: ChangedFileInfo[]; truncated: boolean; status?: CommitRelation }>;
}
