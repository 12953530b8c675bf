import type { FlatTree } from '../../core/tree/build-sync-entries.js';
import type { CommentPort } from '../../ports/comment-port.js';
import type { GitReadPort } from '../../ports/git-read-port.js';
import type { GitWritePort } from '../../ports/git-write-port.js';
import type { IdentityPort } from '../../ports/identity-port.js';
import type { LabelPort } from '../../ports/label-port.js';
import type { LocalGitPort } from '../../ports/local-git-port.js';
import type { Logger } from '../../ports/logger.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';
import type { MergePort } from '../../ports/merge-port.js';
import type { PullRequestInfo, PullRequestPort } from '../../ports/pull-request-port.js';
import type { RepositoryPort } from '../../ports/repository-port.js';
import type { WorkflowDispatchPort } from '../../ports/workflow-dispatch-port.js';

/** What a promotion asks of GitHub: everything but commit statuses. */
export interface PromoteGitHub
  extends
    GitReadPort,
    GitWritePort,
    PullRequestPort,
    MergePort,
    LabelPort,
    CommentPort,
    RepositoryPort,
    WorkflowDispatchPort,
    IdentityPort {}

/** The ports a promotion run talks through. */
export interface PromoteDeps {
  github: PromoteGitHub;
  /** Second identity for `autoApprovePromotionPrs` (a PR cannot be approved by its author). */
  approver: MergePort | undefined;
  snapshot: RepoSnapshotPort;
  localGit: LocalGitPort | undefined;
  logger: Logger;
  sleep: (ms: number) => Promise<void>;
}

/** What every promotion PR of one run is built on, read once per run. */
export interface PromotionContext extends PromoteDeps {
  defaultBranch: string;
  /** Commit whose content this run promotes (the merge commit, or the default-branch head when manual). */
  sourceCommit: string;
  /** Default-branch head the promotion commits are based on, and its tree. */
  baseHead: string;
  baseTreeSha: string;
  baseTree: FlatTree;
  /** Tree of the merged commit: the content that is promoted. */
  sourceTree: FlatTree;
  /** Open PRs whose head branch starts with `promotions/` and that this action opened, read once. */
  openPromotionPrs: PullRequestInfo[];
  /** Logins besides the token's own that open promotion PRs (`promotionPrAuthors`). */
  promotionPrAuthors: readonly string[];
}
