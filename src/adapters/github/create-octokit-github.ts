import { ExternalError } from '../../core/errors/external-error.js';
import type {
  AutoMergeCallOutcome,
  BranchProtectionInfo,
  ChangedFileInfo,
  CommentInfo,
  CommitState,
  GitHubPort,
  MergeCallOutcome,
  PullRequestInfo,
  RefWriteResult,
  TreeEntryInfo,
  WorkflowTokenPermissions,
} from '../../ports/github-port.js';
import { classifyGitHubRefusal, type GitHubFieldError } from './classify-github-refusal.js';
import type { Octokit } from './create-octokit.js';
import { createCountedOctokit } from './create-counted-octokit.js';
import type { RepositoryClientOptions } from './repository-client-options.js';
import { repositorySettingsOf } from './repository-settings-of.js';
import { errorMessage } from '../../core/errors/error-message.js';

/** Options of the GitHub adapter. */
export interface OctokitGitHubOptions extends RepositoryClientOptions {
  /** GraphQL node id of the repository (the event payload has it); read once when absent. */
  repositoryNodeId?: string;
}

const PULL_FILES_CAP = 3000;
const COMPARE_FILES_CAP = 300;

/** The GitHubPort over Octokit (REST + GraphQL), counting every request it sends. */
export function createOctokitGitHub(options: OctokitGitHubOptions): GitHubPort {
  const { octokit, repo, callCount } = createCountedOctokit(options);
  const call = <T>(operation: string, fn: () => Promise<T>): Promise<T> => guard(operation, fn);
  let repositoryNodeId = options.repositoryNodeId;
  let viewerLogin: Promise<string> | undefined;
  const repositoryId = async (): Promise<string> => {
    if (repositoryNodeId === undefined) {
      const data = await octokit.graphql<{ repository: { id: string } }>(
        'query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { id } }',
        { owner: options.owner, name: options.repo },
      );
      repositoryNodeId = data.repository.id;
    }
    return repositoryNodeId;
  };
  return {
    owner: options.owner,
    repo: options.repo,
    callCount,
    getRepository: () =>
      call('get repository', async () => {
        const { data } = await octokit.rest.repos.get(repo);
        return {
          defaultBranch: data.default_branch,
          htmlUrl: data.html_url,
          settings: repositorySettingsOf(data) ?? {
            mergeMethods: ['merge', 'squash', 'rebase'],
            allowAutoMerge: false,
          },
          permission: roleOf(data.permissions),
        };
      }),
    getBranchSha: (branch) =>
      call(`get branch ${branch}`, async () => {
        try {
          const { data } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
          return data.object.sha;
        } catch (error) {
          if (statusOf(error) === 404) return undefined;
          throw error;
        }
      }),
    getCommit: (sha) =>
      call(`get commit ${sha}`, async () => {
        const { data } = await octokit.rest.git.getCommit({ ...repo, commit_sha: sha });
        return { sha: data.sha, treeSha: data.tree.sha, parents: data.parents.map((p) => p.sha) };
      }),
    getTree: (treeSha, { recursive }) =>
      call(`get tree ${treeSha}`, async () => {
        const { data } = await octokit.rest.git.getTree({
          ...repo,
          tree_sha: treeSha,
          ...(recursive ? { recursive: '1' } : {}),
        });
        const entries: TreeEntryInfo[] = data.tree.map((entry) => ({
          path: entry.path ?? '',
          mode: entry.mode ?? '',
          type: (entry.type ?? 'blob') as TreeEntryInfo['type'],
          sha: entry.sha ?? '',
        }));
        return { entries, truncated: data.truncated };
      }),
    getFileText: (ref, path) =>
      call(`read ${path}@${ref}`, async () => {
        try {
          const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref });
          if (Array.isArray(data) || data.type !== 'file') return undefined;
          return Buffer.from(data.content, 'base64').toString('utf8');
        } catch (error) {
          if (statusOf(error) === 404) return undefined;
          throw error;
        }
      }),
    createTree: (baseTree, entries) =>
      call('create tree', async () => {
        const { data } = await octokit.rest.git.createTree({
          ...repo,
          base_tree: baseTree,
          tree: [...entries],
        });
        return data.sha;
      }),
    createCommit: ({ message, tree, parents }) =>
      call('create commit', async () => {
        const { data } = await octokit.rest.git.createCommit({ ...repo, message, tree, parents });
        return data.sha;
      }),
    createBranch: (branch, sha) =>
      call(`create branch ${branch}`, async (): Promise<RefWriteResult> => {
        try {
          await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
          return 'written';
        } catch (error) {
          if (statusOf(error) === 422 && /already exists/i.test(errorMessage(error))) return 'exists';
          throw error;
        }
      }),
    replaceBranch: (branch, { from, to }) =>
      call(`replace branch ${branch}`, async (): Promise<RefWriteResult> => {
        try {
          await octokit.graphql(
            `mutation($repositoryId: ID!, $name: GitRefname!, $before: GitObjectID!, $after: GitObjectID!) {
              updateRefs(input: { repositoryId: $repositoryId, refUpdates: [
                { name: $name, beforeOid: $before, afterOid: $after, force: true }
              ] }) { clientMutationId }
            }`,
            { repositoryId: await repositoryId(), name: `refs/heads/${branch}`, before: from, after: to },
          );
          return 'written';
        } catch (error) {
          if (isGraphqlRefConflict(error)) return 'conflict';
          throw error;
        }
      }),
    deleteBranch: (branch) =>
      call(`delete branch ${branch}`, async () => {
        await octokit.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` });
      }),
    listPullRequestFiles: (number) =>
      call(`list files of #${number}`, async () => {
        const data = await octokit.paginate(octokit.rest.pulls.listFiles, {
          ...repo,
          pull_number: number,
          per_page: 100,
        });
        const files = data.map((file) => toChangedFile(file.filename, file.status, file.previous_filename));
        return { files, truncated: files.length >= PULL_FILES_CAP };
      }),
    compareCommits: (base, head) =>
      call(`compare ${base}...${head}`, async () => {
        const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
          ...repo,
          basehead: `${base}...${head}`,
        });
        const files = (data.files ?? []).map((file) =>
          toChangedFile(file.filename, file.status, file.previous_filename),
        );
        return { files, truncated: files.length >= COMPARE_FILES_CAP, status: data.status };
      }),
    getPullRequest: (number) =>
      call(`get #${number}`, async () => {
        const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: number });
        return toPullRequest(data);
      }),
    listOpenPullRequests: (filter) =>
      call('list open pull requests', async () => {
        const data = await octokit.paginate(octokit.rest.pulls.list, {
          ...repo,
          state: 'open',
          per_page: 100,
          ...(filter.head === undefined ? {} : { head: `${options.owner}:${filter.head}` }),
          ...(filter.base === undefined ? {} : { base: filter.base }),
        });
        return data.map(toPullRequest);
      }),
    createPullRequest: ({ title, body, head, base }) =>
      call(`open pull request from ${head}`, async () => {
        try {
          const { data } = await octokit.rest.pulls.create({ ...repo, title, body, head, base });
          return toPullRequest(data);
        } catch (error) {
          if (statusOf(error) === 422 && /already exists/i.test(errorMessage(error))) return undefined;
          throw error;
        }
      }),
    updatePullRequest: (number, changes) =>
      call(`update #${number}`, async () => {
        await octokit.rest.pulls.update({ ...repo, pull_number: number, ...changes });
      }),
    mergePullRequest: (number, { sha, method, commitTitle }) =>
      call(`merge #${number}`, async (): Promise<MergeCallOutcome> => {
        try {
          const { data } = await octokit.rest.pulls.merge({
            ...repo,
            pull_number: number,
            sha,
            ...(method === undefined ? {} : { merge_method: method }),
            ...(commitTitle === undefined ? {} : { commit_title: commitTitle }),
          });
          return { merged: true, sha: data.sha };
        } catch (error) {
          const refusal = refusalOf(error);
          if (refusal === undefined) throw error;
          return { merged: false, refusal, message: errorMessage(error) };
        }
      }),
    approvePullRequest: (number) =>
      call(`approve #${number}`, async () => {
        await octokit.rest.pulls.createReview({ ...repo, pull_number: number, event: 'APPROVE' });
      }),
    setLabelsAndAssignees: (number, { labels, assignees }) =>
      call(`label and assign #${number}`, async () => {
        const { data } = await octokit.rest.issues.update({
          ...repo,
          issue_number: number,
          labels,
          assignees,
        });
        return (data.assignees ?? []).map((user) => user.login);
      }),
    addLabels: (number, labels) =>
      call(`label #${number}`, async () => {
        await octokit.rest.issues.addLabels({ ...repo, issue_number: number, labels });
      }),
    removeLabel: (number, label) =>
      call(`unlabel #${number}`, async () => {
        try {
          await octokit.rest.issues.removeLabel({ ...repo, issue_number: number, name: label });
        } catch (error) {
          if (statusOf(error) !== 404) throw error;
        }
      }),
    listComments: (number) =>
      call(`list comments of #${number}`, async () => {
        const data = await octokit.paginate(octokit.rest.issues.listComments, {
          ...repo,
          issue_number: number,
          per_page: 100,
        });
        return data.map(toComment);
      }),
    createComment: (number, body) =>
      call(`comment on #${number}`, async () => {
        const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: number, body });
        return toComment(data);
      }),
    updateComment: (id, body) =>
      call(`update comment ${id}`, async () => {
        await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body });
      }),
    deleteComment: (id) =>
      call(`delete comment ${id}`, async () => {
        await octokit.rest.issues.deleteComment({ ...repo, comment_id: id });
      }),
    createCommitStatus: (sha, status) =>
      call(`set status ${status.context}`, async () => {
        await octokit.rest.repos.createCommitStatus({
          ...repo,
          sha,
          state: status.state,
          context: status.context,
          description: status.description,
          ...(status.targetUrl === undefined ? {} : { target_url: status.targetUrl }),
        });
      }),
    listCommitStatuses: (ref) =>
      call(`list statuses of ${ref}`, async () => {
        const { data } = await octokit.rest.repos.listCommitStatusesForRef({ ...repo, ref, per_page: 100 });
        return data.map((status) => ({
          context: status.context,
          state: status.state as CommitState,
          description: status.description ?? '',
          targetUrl: status.target_url ?? undefined,
        }));
      }),
    dispatchWorkflow: (workflow, ref, inputs) =>
      call(`dispatch ${workflow}`, async () => {
        await octokit.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: workflow, ref, inputs });
      }),
    getPermission: (login) =>
      call(`permission of ${login}`, async () => {
        try {
          const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
            ...repo,
            username: login,
          });
          // `permission` is the base level (admin|write|read|none; maintain reads as write, triage as read);
          // `role_name` may be a custom role's name, which says nothing about write access by itself.
          return data.permission;
        } catch (error) {
          if (statusOf(error) === 404) return 'none';
          throw error;
        }
      }),
    getViewerLogin: () => {
      // A token's identity does not change during a run: one call, however many comments and PRs are judged.
      viewerLogin ??= call('read viewer', async () => {
        const data = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
        return data.viewer.login;
      }).catch((error: unknown) => {
        viewerLogin = undefined;
        throw error;
      });
      return viewerLogin;
    },
    enableAutoMerge: (pullRequestNodeId, method) =>
      call('enable auto-merge', async (): Promise<AutoMergeCallOutcome> => {
        try {
          await octokit.graphql(
            `mutation($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
              enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) { clientMutationId }
            }`,
            // "method" is reserved by @octokit/graphql as a variable name.
            { id: pullRequestNodeId, mergeMethod: method.toUpperCase() },
          );
          return { enabled: true };
        } catch (error) {
          const refusal = refusalOf(error);
          if (refusal === undefined) throw error;
          return { enabled: false, refusal, message: errorMessage(error) };
        }
      }),
    getWorkflowTokenPermissions: () =>
      call(
        'read the Actions workflow permissions',
        async (): Promise<WorkflowTokenPermissions | 'forbidden'> => {
          try {
            const { data } = await octokit.request(
              'GET /repos/{owner}/{repo}/actions/permissions/workflow',
              repo,
            );
            return {
              defaultWorkflowPermissions: data.default_workflow_permissions,
              canApprovePullRequestReviews: data.can_approve_pull_request_reviews,
            };
          } catch (error) {
            if (statusOf(error) === 403 || statusOf(error) === 404) return 'forbidden';
            throw error;
          }
        },
      ),
    getBranchProtection: (branch) =>
      call(
        `read the protection of ${branch}`,
        async (): Promise<BranchProtectionInfo | 'unprotected' | 'forbidden'> => {
          try {
            const { data } = await octokit.rest.repos.getBranchProtection({ ...repo, branch });
            return {
              requiredApprovingReviews:
                data.required_pull_request_reviews?.required_approving_review_count ??
                (data.required_pull_request_reviews === undefined ? 0 : 1),
              requiredStatusChecks: data.required_status_checks?.contexts ?? [],
            };
          } catch (error) {
            if (statusOf(error) === 404) return 'unprotected';
            if (statusOf(error) === 403) return 'forbidden';
            throw error;
          }
        },
      ),
    getBranchRules: (branch) =>
      call(`read the rulesets of ${branch}`, async (): Promise<BranchProtectionInfo> => {
        const { data } = await octokit.rest.repos.getBranchRules({ ...repo, branch, per_page: 100 });
        let requiredApprovingReviews = 0;
        const requiredStatusChecks = new Set<string>();
        for (const rule of data) {
          if (rule.type === 'pull_request') {
            requiredApprovingReviews = Math.max(
              requiredApprovingReviews,
              rule.parameters?.required_approving_review_count ?? 0,
            );
          }
          if (rule.type === 'required_status_checks') {
            for (const check of rule.parameters?.required_status_checks ?? [])
              requiredStatusChecks.add(check.context);
          }
        }
        return { requiredApprovingReviews, requiredStatusChecks: [...requiredStatusChecks].sort() };
      }),
    listLabels: () =>
      call('list labels', async () => {
        const { data } = await octokit.rest.issues.listLabelsForRepo({ ...repo, per_page: 100 });
        return data.map((label) => label.name);
      }),
  };
}

/** Exposes the raw client for the rare caller that needs an endpoint the port lacks (tests, scripts). */
export type { Octokit };

async function guard<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof ExternalError) throw error;
    const refusal = refusalOf(error);
    throw new ExternalError(errorMessage(error), {
      service: 'GitHub',
      operation,
      status: statusOf(error),
      cause: error,
      ...(refusal === undefined ? {} : { refusal }),
    });
  }
}

/** GraphQL reports a failed `beforeOid` check as an error, not an HTTP status. */
function isGraphqlRefConflict(error: unknown): boolean {
  return (
    /before|expected|stale|does not match|conflict/i.test(errorMessage(error)) && statusOf(error) !== 401
  );
}

function refusalOf(error: unknown) {
  return classifyGitHubRefusal(statusOf(error), errorMessage(error), fieldErrorsOf(error));
}

/** The `errors` list of a REST 422 answer (Octokit's RequestError keeps the body in `response.data`). */
function fieldErrorsOf(error: unknown): GitHubFieldError[] {
  if (typeof error !== 'object' || error === null || !('response' in error)) return [];
  const data = (error.response as { data?: unknown } | undefined)?.data;
  if (typeof data !== 'object' || data === null || !('errors' in data) || !Array.isArray(data.errors))
    return [];
  return data.errors.filter(
    (entry): entry is GitHubFieldError => typeof entry === 'object' && entry !== null,
  );
}

function roleOf(permissions: Partial<Record<string, boolean>> | undefined): string {
  if (permissions === undefined) return 'read';
  const order = [
    ['admin', 'admin'],
    ['maintain', 'maintain'],
    ['push', 'write'],
    ['triage', 'triage'],
  ] as const;
  return order.find(([key]) => permissions[key] === true)?.[1] ?? 'read';
}

function statusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
    return error.status;
  }
  return undefined;
}

function toChangedFile(filename: string, status: string, previous: string | undefined): ChangedFileInfo {
  return { path: filename, status, ...(previous === undefined ? {} : { previousPath: previous }) };
}

interface RawPull {
  number: number;
  node_id: string;
  html_url: string;
  title: string;
  body: string | null;
  state: string;
  merged_at: string | null;
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  user: { login: string } | null;
  labels: { name?: string }[];
  assignees?: { login: string }[] | null;
  merge_commit_sha: string | null;
}

function toPullRequest(data: RawPull): PullRequestInfo {
  return {
    number: data.number,
    nodeId: data.node_id,
    url: data.html_url,
    title: data.title,
    body: data.body ?? '',
    state: data.state === 'closed' ? 'closed' : 'open',
    merged: data.merged_at !== null,
    headRef: data.head.ref,
    headSha: data.head.sha,
    baseRef: data.base.ref,
    baseSha: data.base.sha,
    author: data.user?.login ?? '',
    labels: data.labels.map((label) => label.name ?? '').filter((name) => name !== ''),
    assignees: (data.assignees ?? []).map((user) => user.login),
    mergeCommitSha: data.merge_commit_sha ?? undefined,
  };
}

function toComment(data: {
  id: number;
  node_id: string;
  body?: string;
  user: { login: string } | null;
}): CommentInfo {
  return { id: data.id, nodeId: data.node_id, body: data.body ?? '', author: data.user?.login ?? '' };
}
