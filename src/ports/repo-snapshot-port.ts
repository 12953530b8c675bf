import type { TreeEntryInfo } from './github-port.js';

/**
 * Reads repository content at a commit: from the local checkout when the workflow has one (no API calls),
 * else from GitHub (one recursive tree read per commit, cached).
 */
export interface RepoSnapshotPort {
  /** `local` (git checkout) or `api` (GitHub REST). */
  readonly source: 'local' | 'api';
  /** Every blob and tree of a commit, keyed by path (no trailing slash). */
  readTree(commit: string): Promise<ReadonlyMap<string, TreeEntryInfo>>;
  /** Text of a file at a commit, or undefined when there is none. */
  readFile(commit: string, path: string): Promise<string | undefined>;
}
