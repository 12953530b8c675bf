import type { CommentPort } from '../../ports/comment-port.js';
import type { CommitStatusPort } from '../../ports/commit-status-port.js';
import type { GitReadPort } from '../../ports/git-read-port.js';
import type { IdentityPort } from '../../ports/identity-port.js';
import type { LocalGitPort } from '../../ports/local-git-port.js';
import type { Logger } from '../../ports/logger.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';
import type { PullRequestPort } from '../../ports/pull-request-port.js';

/** What a PR check run asks of GitHub: it reads code and PRs, comments and sets statuses; it never writes code. */
export interface PrChecksGitHub
  extends GitReadPort, PullRequestPort, CommentPort, CommitStatusPort, IdentityPort {}

/** The ports a PR check run talks through. */
export interface PrChecksDeps {
  github: PrChecksGitHub;
  /** Reads trees and files: the local checkout when there is one, else the GitHub API. */
  snapshot: RepoSnapshotPort;
  localGit: LocalGitPort | undefined;
  logger: Logger;
}
