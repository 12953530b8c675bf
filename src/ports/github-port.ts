import type { GitHubRefusal } from '../core/errors/github-refusal.js';
import type { NewTreeEntry, TreeEntryInfo } from '../core/tree/tree-entry.js';
import type { CommentInfo, CommentPort } from './comment-port.js';
import type { CommitState, CommitStatusInfo, CommitStatusPort } from './commit-status-port.js';
import type { ChangedFileInfo, CommitRelation, GitReadPort } from './git-read-port.js';
import type { GitWritePort, RefWriteResult } from './git-write-port.js';
import type { IdentityPort } from './identity-port.js';
import type { LabelPort } from './label-port.js';
import type { AutoMergeCallOutcome, MergeCallOutcome, MergeMethod, MergePort } from './merge-port.js';
import type { PullRequestInfo, PullRequestPort } from './pull-request-port.js';
import type {
  BranchProtectionInfo,
  RepositoryInfo,
  RepositoryPort,
  RepositorySettings,
  WorkflowTokenPermissions,
} from './repository-port.js';
import type { RepositoryScope } from './repository-scope.js';
import type { WorkflowDispatchPort } from './workflow-dispatch-port.js';

export type {
  AutoMergeCallOutcome,
  BranchProtectionInfo,
  ChangedFileInfo,
  CommentInfo,
  CommentPort,
  CommitRelation,
  CommitState,
  CommitStatusInfo,
  CommitStatusPort,
  GitHubRefusal,
  GitReadPort,
  GitWritePort,
  IdentityPort,
  LabelPort,
  MergeCallOutcome,
  MergeMethod,
  MergePort,
  NewTreeEntry,
  PullRequestInfo,
  PullRequestPort,
  RefWriteResult,
  RepositoryInfo,
  RepositoryPort,
  RepositoryScope,
  RepositorySettings,
  TreeEntryInfo,
  WorkflowDispatchPort,
  WorkflowTokenPermissions,
};

/**
 * Everything GitHub offers for one repository: every role port, as the adapter builds it and the runners hold
 * it. Use-cases name the roles they use instead (see CONTRIBUTING.md, "Role ports").
 */
export interface GitHubPort
  extends
    GitReadPort,
    GitWritePort,
    PullRequestPort,
    MergePort,
    LabelPort,
    CommentPort,
    CommitStatusPort,
    RepositoryPort,
    WorkflowDispatchPort,
    IdentityPort {
  /** REST + GraphQL calls made through this port so far. */
  callCount(): number;
}
