import type { ChangedFileInfo } from './github-port.js';

/** The workflow's local git checkout, used to save API calls and to see past GitHub's file caps. */
export interface LocalGitPort {
  readonly directory: string;
  /** True when the commit object is present locally. */
  hasCommit(sha: string): Promise<boolean>;
  /** Fetches refs or SHAs from `origin`; false when the remote refused. */
  fetch(refspecs: readonly string[]): Promise<boolean>;
  /** Commit a remote branch points to now (`git ls-remote`), or undefined. */
  remoteBranchSha(branch: string): Promise<string | undefined>;
  mergeBase(a: string, b: string): Promise<string | undefined>;
  /** Root tree SHA of a local commit, or undefined when the commit is not here. */
  treeOf(commit: string): Promise<string | undefined>;
  /** Changed files between two commits with rename detection (renames report both paths). */
  diff(base: string, head: string): Promise<ChangedFileInfo[]>;
}
