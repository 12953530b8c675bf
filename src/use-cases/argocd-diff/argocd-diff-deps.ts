import type { ArgoCdPort } from '../../ports/argocd-port.js';
import type { CommentPort } from '../../ports/comment-port.js';
import type { CommitStatusPort } from '../../ports/commit-status-port.js';
import type { GitReadPort } from '../../ports/git-read-port.js';
import type { IdentityPort } from '../../ports/identity-port.js';
import type { LabelPort } from '../../ports/label-port.js';
import type { LocalGitPort } from '../../ports/local-git-port.js';
import type { Logger } from '../../ports/logger.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';
import type { MergePort } from '../../ports/merge-port.js';
import type { PullRequestPort } from '../../ports/pull-request-port.js';
import type { RepositoryPort } from '../../ports/repository-port.js';

/** What an Argo CD diff run asks of GitHub: it reads code and PRs; comments, statuses, labels and merges PRs. */
export interface ArgoCdDiffGitHub
  extends
    GitReadPort,
    PullRequestPort,
    CommentPort,
    CommitStatusPort,
    LabelPort,
    MergePort,
    RepositoryPort,
    IdentityPort {}

/** The ports an Argo CD diff run talks through. */
export interface ArgoCdDiffDeps {
  github: ArgoCdDiffGitHub;
  argocd: ArgoCdPort;
  /** Reads trees and files: the local checkout when there is one, else the GitHub API. */
  snapshot: RepoSnapshotPort;
  localGit: LocalGitPort | undefined;
  logger: Logger;
  sleep: (ms: number) => Promise<void>;
}
