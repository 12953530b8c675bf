import type { FlatTree } from '../../core/tree/build-sync-entries.js';
import type { GitHubPort, PullRequestInfo } from '../../ports/github-port.js';
import type { LocalGitPort } from '../../ports/local-git-port.js';
import type { Logger } from '../../ports/logger.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';

/** The ports a promotion run talks through. */
export interface PromoteDeps {
  github: GitHubPort;
  /** Second identity for `autoApprovePromotionPrs` (a PR cannot be approved by its author). */
  approver: GitHubPort | undefined;
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
