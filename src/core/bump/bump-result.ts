/** One file the bump changes, with a unified diff for logs and the job summary. */
export interface BumpedFile {
  path: string;
  created: boolean;
  /** Undefined when the diff would be too large to show. */
  diff: string | undefined;
}

/** What a bump did. */
export interface BumpResult {
  /**
   * `opened` a PR; `updated` an existing bump PR (re-run or coalesced); `unchanged`: the PR already had this
   * content; `no-change`: the default branch already has it, no PR; `dry-run`: nothing written.
   */
  result: 'opened' | 'updated' | 'unchanged' | 'no-change' | 'dry-run';
  /** True when the bump differs from the default branch (a PR carries it). */
  changed: boolean;
  pullRequest: { number: number; url: string } | undefined;
  branch: string | undefined;
  defaultBranch: string;
  merge: 'merged' | 'auto-merge-enabled' | 'none';
  /** Set when auto-merge was asked for and failed; the PR stays open. */
  mergeError: string | undefined;
  files: BumpedFile[];
  /** Triggering SHAs whose bumps this PR absorbed. */
  superseded: string[];
  warnings: string[];
}
