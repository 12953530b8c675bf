import type { GitHubRefusal } from '../core/errors/github-refusal.js';
import type { NewTreeEntry, TreeEntryInfo } from '../core/tree/tree-entry.js';

export type { GitHubRefusal, NewTreeEntry, TreeEntryInfo };

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
}

/** An issue or PR comment. */
export interface CommentInfo {
  id: number;
  nodeId: string;
  body: string;
  author: string;
}

/** A file changed by a PR or comparison; `previousPath` is set for renames. */
export interface ChangedFileInfo {
  path: string;
  previousPath?: string | undefined;
  status: string;
}

/** Commit status states GitHub accepts. */
export type CommitState = 'pending' | 'success' | 'failure' | 'error';

/** Merge methods of `PUT /pulls/{n}/merge`. */
export type MergeMethod = 'merge' | 'squash' | 'rebase';

/** Merge settings of a repository (`GET /repos`, or the `repository` of an event payload). */
export interface RepositorySettings {
  /** The merge methods the repository allows, in the order merge, squash, rebase. */
  mergeMethods: MergeMethod[];
  /** "Allow auto-merge" (off by default). */
  allowAutoMerge: boolean;
}

/** The repository as `GET /repos/{owner}/{repo}` describes it to the token's identity. */
export interface RepositoryInfo {
  defaultBranch: string;
  htmlUrl: string;
  settings: RepositorySettings;
  /** The token identity's role: `admin` | `maintain` | `write` | `triage` | `read`. */
  permission: string;
}

/** A merge call's answer: merged, or refused for a reason GitHub gave. Transient failures throw. */
export type MergeCallOutcome =
  { merged: true; sha: string } | { merged: false; refusal: GitHubRefusal; message: string };

/** Enabling GitHub's auto-merge: enabled, or refused for a reason GitHub gave. Transient failures throw. */
export type AutoMergeCallOutcome =
  { enabled: true } | { enabled: false; refusal: GitHubRefusal; message: string };

/** `GET …/actions/permissions/workflow`: what the workflow token may do (needs an admin token to read). */
export interface WorkflowTokenPermissions {
  defaultWorkflowPermissions: 'read' | 'write';
  canApprovePullRequestReviews: boolean;
}

/** What branch protection requires before a merge, as doctor reports it. */
export interface BranchProtectionInfo {
  requiredApprovingReviews: number;
  requiredStatusChecks: string[];
}

/** How a compared head relates to its base, as GitHub's compare API says. */
export type CommitRelation = 'ahead' | 'behind' | 'identical' | 'diverged';

/** Result of a compare-and-swap write on a ref. */
export type RefWriteResult = 'written' | 'exists' | 'conflict';

/** Everything the use-cases ask of GitHub, for one repository. Every method is one API call unless noted. */
export interface GitHubPort {
  readonly owner: string;
  readonly repo: string;
  /** Default branch, URL, merge settings and the identity's permission. */
  getRepository(): Promise<RepositoryInfo>;
  /** Commit SHA a branch points to, or undefined when the branch does not exist. */
  getBranchSha(branch: string): Promise<string | undefined>;
  /** Tree SHA and parents of a commit. */
  getCommit(sha: string): Promise<{ sha: string; treeSha: string; parents: string[] }>;
  /** One tree read; `recursive` flattens it. `truncated` is GitHub's flag. */
  getTree(
    treeSha: string,
    options: { recursive: boolean },
  ): Promise<{ entries: TreeEntryInfo[]; truncated: boolean }>;
  /** Text of a file at a ref, or undefined when it does not exist. */
  getFileText(ref: string, path: string): Promise<string | undefined>;
  createTree(baseTree: string, entries: readonly NewTreeEntry[]): Promise<string>;
  /** Creates a commit without author/committer, so GitHub signs it for bots. */
  createCommit(options: { message: string; tree: string; parents: string[] }): Promise<string>;
  /** `exists` when the branch is already there. */
  createBranch(branch: string, sha: string): Promise<RefWriteResult>;
  /** Fast-forward only unless `force`; `conflict` when GitHub refuses. */
  updateBranch(branch: string, sha: string, options: { force: boolean }): Promise<RefWriteResult>;
  /**
   * Points an existing branch at `to` only if it still points at `from` (a true compare-and-swap, GraphQL
   * `updateRefs` with `beforeOid`); `conflict` when someone moved it in between.
   */
  replaceBranch(branch: string, swap: { from: string; to: string }): Promise<RefWriteResult>;
  deleteBranch(branch: string): Promise<void>;
  /** Files of a PR, all pages; `truncated` when GitHub's 3,000-file cap was reached. */
  listPullRequestFiles(number: number): Promise<{ files: ChangedFileInfo[]; truncated: boolean }>;
  /**
   * Files between two commits; `truncated` when the 300-file cap was reached. `status` is how `head` relates
   * to `base` (`ahead`: base is an ancestor of head), when GitHub said.
   */
  compareCommits(
    base: string,
    head: string,
  ): Promise<{ files: ChangedFileInfo[]; truncated: boolean; status?: CommitRelation }>;
  getPullRequest(number: number): Promise<PullRequestInfo>;
  /** Open PRs, optionally filtered by head branch (same repo) and base; all pages. */
  listOpenPullRequests(filter: { head?: string; base?: string }): Promise<PullRequestInfo[]>;
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
  /** Merges with the head `sha` guard; a refusal (405, 409) is an outcome, other failures throw ExternalError. */
  mergePullRequest(
    number: number,
    options: { sha: string; method?: MergeMethod; commitTitle?: string },
  ): Promise<MergeCallOutcome>;
  approvePullRequest(number: number): Promise<void>;
  /** Sets labels and assignees of an issue/PR in one call; returns the assignees GitHub kept. */
  setLabelsAndAssignees(
    number: number,
    options: { labels: string[]; assignees: string[] },
  ): Promise<string[]>;
  addLabels(number: number, labels: string[]): Promise<void>;
  removeLabel(number: number, label: string): Promise<void>;
  listComments(number: number): Promise<CommentInfo[]>;
  createComment(number: number, body: string): Promise<CommentInfo>;
  updateComment(id: number, body: string): Promise<void>;
  deleteComment(id: number): Promise<void>;
  createCommitStatus(
    sha: string,
    status: { state: CommitState; context: string; description: string; targetUrl?: string },
  ): Promise<void>;
  /** Statuses of a ref, newest first. */
  listCommitStatuses(
    ref: string,
  ): Promise<{ context: string; state: CommitState; description: string; targetUrl: string | undefined }[]>;
  /** Starts a `workflow_dispatch` run; GitHub's 422 on inputs throws with refusal `dispatch-inputs-rejected`. */
  dispatchWorkflow(workflow: string, ref: string, inputs: Record<string, string>): Promise<void>;
  /**
   * The base permission GitHub reports (`permission`): `admin` | `write` | `read` | `none`, with maintain read
   * as write and triage as read, and a custom role as the base role it extends.
   */
  getPermission(login: string): Promise<string>;
  /** Login of the token's identity (GraphQL `viewer`), read once per port. */
  getViewerLogin(): Promise<string>;
  minimizeComment(nodeId: string): Promise<void>;
  /** GitHub's native auto-merge (GraphQL); a refusal ("clean status", "not allowed") is an outcome. */
  enableAutoMerge(pullRequestNodeId: string, method: MergeMethod): Promise<AutoMergeCallOutcome>;
  /** The Actions workflow-token settings; `forbidden` when the token may not read them (needs admin). */
  getWorkflowTokenPermissions(): Promise<WorkflowTokenPermissions | 'forbidden'>;
  /** Protection of a branch; `unprotected` on 404, `forbidden` when the token may not read it. */
  getBranchProtection(branch: string): Promise<BranchProtectionInfo | 'unprotected' | 'forbidden'>;
  /**
   * What the active rulesets require on a branch (`GET …/rules/branches/{branch}`): readable with metadata access,
   * so also by the workflow token, which may not read classic protection.
   */
  getBranchRules(branch: string): Promise<BranchProtectionInfo>;
  /** Names of the repository's labels (first 100). */
  listLabels(): Promise<string[]>;
  /** REST + GraphQL calls made through this port so far. */
  callCount(): number;
}
