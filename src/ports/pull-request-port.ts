import type { ChangedFileInfo } from './git-read-port.js';
import type { RepositoryScope } from './repository-scope.js';

/** A pull request as the use-cases need it. */
export interface PullRequestInfo {
  number: number;
  nodeId: string;
  url: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  merged: boolean;
  headRef: string;
  headSha: string;
  baseRef: string;
  baseSha: string;
  author: string;
  labels: string[];
  /** Logins assigned to the PR; absent when the source did not say (then nothing is known to be assigned). */
  assignees?: string[];
  mergeCommitSha: string | undefined;
  /** Who merged it (`merged_by`): read by `getPullRequest` only; absent when unmerged or not said (lists). */
  mergedBy?: string;
}

/** Reading, opening and editing pull requests. Every method is one call unless noted. */
export interface PullRequestPort extends RepositoryScope {
  getPullRequest(number: number): Promise<PullRequestInfo>;
  /** Open PRs, optionally filtered by head branch (same repo) and base; all pages. */
  listOpenPullRequests(filter: { head?: string; base?: string }): Promise<PullRequestInfo[]>;
  /** Files of a PR, all pages; `truncated` when GitHub's 3,000-file cap was reached. */
  listPullRequestFiles(number: number): Promise<{ files: ChangedFileInfo[]; truncated: boolean }>;
  /** Opens a PR; `undefined` when one already exists for this head and base (GitHub's 422). */
  createPullRequest(options: {
    title: string;
    body: string;
    head: string;
    base: string;
  }): Promise<PullRequestInfo | undefined>;
  updatePullRequest(
    number: number,
    changes: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<void>;
}
