import type {
  CommentInfo,
  CommitState,
  GitHubPort,
  PullRequestInfo,
} from '../../../src/ports/github-port.js';

/** What the in-memory GitHub holds; tests read it to assert outcomes. */
export interface FakeGitHubState {
  comments: CommentInfo[];
  statuses: { sha: string; state: CommitState; context: string; description: string; targetUrl?: string }[];
  permissions: Record<string, string>;
  viewer: string;
  pulls: Map<number, PullRequestInfo>;
  /** Fails the next createCommitStatus calls with this message, when set. */
  failStatuses?: string;
}

/** An in-memory GitHubPort for use-case tests: comments, statuses, permissions, PRs; everything else throws. */
export function createFakeGitHub(initial: Partial<FakeGitHubState> = {}): {
  github: GitHubPort;
  state: FakeGitHubState;
} {
  const state: FakeGitHubState = {
    comments: [],
    statuses: [],
    permissions: {},
    viewer: 'telefonistka[bot]',
    pulls: new Map(),
    ...initial,
  };
  let calls = 0;
  let nextId = 100;
  const count = <T>(value: T): Promise<T> => {
    calls++;
    return Promise.resolve(value);
  };
  const notFaked = (name: string) => () => Promise.reject(new Error(`${name} is not faked`));
  const github: GitHubPort = {
    owner: 'acme',
    repo: 'iac',
    callCount: () => calls,
    listComments: (number) =>
      count(state.comments.filter((c) => c.nodeId === `PR${number}`).map((c) => ({ ...c }))),
    createComment: (number, body) => {
      const comment = { id: nextId++, nodeId: `PR${number}`, body, author: state.viewer };
      state.comments.push(comment);
      return count({ ...comment });
    },
    updateComment: (id, body) => {
      const comment = state.comments.find((c) => c.id === id);
      if (comment === undefined) return Promise.reject(new Error(`no comment ${id}`));
      comment.body = body;
      return count(undefined);
    },
    deleteComment: (id) => {
      state.comments = state.comments.filter((c) => c.id !== id);
      return count(undefined);
    },
    createCommitStatus: (sha, status) => {
      if (state.failStatuses !== undefined) return Promise.reject(new Error(state.failStatuses));
      state.statuses.unshift({ sha, ...status });
      return count(undefined);
    },
    listCommitStatuses: (ref) =>
      count(
        state.statuses
          .filter((s) => s.sha === ref)
          .map(({ context, state: s, description, targetUrl }) => ({
            context,
            state: s,
            description,
            targetUrl,
          })),
      ),
    getPermission: (login) => count(state.permissions[login] ?? 'none'),
    getViewerLogin: () => count(state.viewer),
    getPullRequest: (number) => {
      const pull = state.pulls.get(number);
      return pull === undefined ? Promise.reject(new Error(`no PR ${number}`)) : count(pull);
    },
    getRepository: notFaked('getRepository'),
    getBranchSha: notFaked('getBranchSha'),
    getCommit: notFaked('getCommit'),
    getTree: notFaked('getTree'),
    getFileText: notFaked('getFileText'),
    createTree: notFaked('createTree'),
    createCommit: notFaked('createCommit'),
    createBranch: notFaked('createBranch'),
    updateBranch: notFaked('updateBranch'),
    replaceBranch: notFaked('replaceBranch'),
    deleteBranch: notFaked('deleteBranch'),
    listPullRequestFiles: notFaked('listPullRequestFiles'),
    compareCommits: notFaked('compareCommits'),
    listOpenPullRequests: notFaked('listOpenPullRequests'),
    createPullRequest: notFaked('createPullRequest'),
    updatePullRequest: notFaked('updatePullRequest'),
    mergePullRequest: notFaked('mergePullRequest'),
    approvePullRequest: notFaked('approvePullRequest'),
    setLabelsAndAssignees: notFaked('setLabelsAndAssignees'),
    addLabels: notFaked('addLabels'),
    removeLabel: notFaked('removeLabel'),
    dispatchWorkflow: notFaked('dispatchWorkflow'),
    minimizeComment: notFaked('minimizeComment'),
    enableAutoMerge: notFaked('enableAutoMerge'),
    getWorkflowTokenPermissions: notFaked('getWorkflowTokenPermissions'),
    getBranchProtection: notFaked('getBranchProtection'),
    getBranchRules: notFaked('getBranchRules'),
    listLabels: notFaked('listLabels'),
  };
  return { github, state };
}
