import type { BumpPullRequest } from '../core/bump/choose-bump-target.js';
import type { RepositorySettings } from './github-port.js';
import type { FileAtCommit } from '../core/bump/file-at-commit.js';

/** Everything a bump needs to know about the target repository before it writes, read in one go. */
export interface BumpTargetSnapshot {
  defaultBranch: string;
  /** Head commit of the default branch and its tree: the bump commit's parent and base tree. */
  baseOid: string;
  baseTreeOid: string;
  /** The requested files at `baseOid`. */
  files: Map<string, FileAtCommit>;
  /** Head of the requested bump branch when it exists. */
  branchOid: string | undefined;
  /** Every open PR of the repository (heads, bodies, authors, labels, assignees), newest first. */
  openPullRequests: BumpPullRequest[];
  /** Merge settings, read in the same query; undefined when the token may not see them. */
  settings?: RepositorySettings | undefined;
  /** Login of the token's identity (GraphQL `viewer`): the author of the PRs this tool opens. */
  viewerLogin: string;
}

/** Reads the target repository for a bump (GraphQL in production: no REST calls). */
export interface BumpReaderPort {
  readTarget(request: { branch: string; paths: readonly string[] }): Promise<BumpTargetSnapshot>;
  readFiles(commit: string, paths: readonly string[]): Promise<Map<string, FileAtCommit>>;
  /** The open PRs alone, newest first (one query per 100). */
  listOpenPullRequests(): Promise<BumpPullRequest[]>;
}
