// The one typed in-memory GitHub for use-case tests: every role port over one repository model (git objects,
// pull requests, comments, statuses, labels, settings, identities), GitHub's caps and refusals, a call log
// and injectable faults. Tests seed it, run a use-case, and assert on its state.
import { ExternalError } from '../../../src/core/errors/external-error.js';
import type { CommentInfo } from '../../../src/ports/comment-port.js';
import type { CommitStatusInfo } from '../../../src/ports/commit-status-port.js';
import type { ChangedFileInfo } from '../../../src/ports/git-read-port.js';
import type { GitHubPort } from '../../../src/ports/github-port.js';
import type { AutoMergeCallOutcome, MergeCallOutcome, MergeMethod } from '../../../src/ports/merge-port.js';
import type { PullRequestInfo } from '../../../src/ports/pull-request-port.js';
import type {
  BranchProtectionInfo,
  RepositorySettings,
  WorkflowTokenPermissions,
} from '../../../src/ports/repository-port.js';
import { createFakeGitModel, type FakeFile } from './fake-git-model.js';

/** A pull request as the fake holds it; `info` turns it into what the port answers. */
export interface FakePull {
  number: number;
  title: string;
  body: string;
  head: string;
  base: string;
  state: 'open' | 'closed';
  merged: boolean;
  author: string;
  labels: string[];
  assignees: string[];
  /** The method GitHub's auto-merge will use, once enabled. */
  autoMerge: MergeMethod | undefined;
  /** Head commit when the PR was last seen with its branch (kept when the branch is deleted). */
  headSha: string;
  mergeCommitSha: string | undefined;
  /** Who merged it (`merged_by`). */
  mergedBy: string | undefined;
  /** Logins that approved it. */
  approvals: string[];
}

/** A comment and the issue or PR it is on. */
export interface FakeComment extends CommentInfo {
  issueNumber: number;
}

/** A commit status and the commit it is on. */
export interface FakeStatus extends CommitStatusInfo {
  sha: string;
}

/** GitHub's listing caps, lowered by tests that exercise truncation. */
export interface FakeCaps {
  /** `GET /compare` lists at most this many files. */
  compareFiles: number;
  /** `GET /pulls/{n}/files` lists at most this many files. */
  pullFiles: number;
  /** A recursive `GET /git/trees` holds at most this many entries. */
  treeEntries: number;
}

/** What the fake repository holds besides git objects; tests assert on it or change it as others would. */
export interface FakeGitHubState {
  /** Login of the token's identity. */
  viewer: string;
  /** Repository roles by login (`admin`, `maintain`, `write`, `triage`, `read`); absent is no access. */
  permissions: Record<string, string>;
  settings: RepositorySettings;
  /** Branch protection by branch; `protect` sets it. */
  protections: Map<string, BranchProtectionInfo>;
  /** What rulesets require per branch (read by `getBranchRules`; merges here enforce classic protection only). */
  rulesets: Map<string, BranchProtectionInfo>;
  /** Undefined: the token may not read them (`forbidden`). */
  workflowTokenPermissions: WorkflowTokenPermissions | undefined;
  /** The repository's labels. */
  labels: string[];
  pulls: FakePull[];
  comments: FakeComment[];
  /** Newest first, as GitHub lists them. */
  statuses: FakeStatus[];
  dispatches: { workflow: string; ref: string; inputs: Record<string, string> }[];
}

/** How the fake starts. */
export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  /** Files of the default branch's first commit. */
  files?: Record<string, string>;
  /** Login of the token's identity; `getViewerLogin` answers it. */
  viewer?: string;
  /** Repository roles by login (`admin`, `maintain`, `write`, `triage`, `read`). */
  permissions?: Record<string, string>;
  settings?: Partial<RepositorySettings>;
  caps?: Partial<FakeCaps>;
}

/** The fake: its port, its state for assertions, and seeding and fault helpers. */
export type FakeGitHub = ReturnType<typeof createFakeGitHub>;

/** An in-memory GitHub implementing every role port of `GitHubPort`, for in-process use-case tests. */
export function createFakeGitHub(options: FakeGitHubOptions = {}) {
  const owner = options.owner ?? 'acme';
  const repo = options.repo ?? 'iac';
  const defaultBranch = options.defaultBranch ?? 'main';
  const caps: FakeCaps = { compareFiles: 300, pullFiles: 3000, treeEntries: 100_000, ...options.caps };
  const git = createFakeGitModel();
  const state: FakeGitHubState = {
    viewer: options.viewer ?? 'telefonistka[bot]',
    permissions: { ...options.permissions },
    settings: { mergeMethods: ['merge', 'squash', 'rebase'], allowAutoMerge: false, ...options.settings },
    protections: new Map(),
    rulesets: new Map(),
    workflowTokenPermissions: undefined,
    labels: [],
    pulls: [],
    comments: [],
    statuses: [],
    dispatches: [],
  };
  /** Every call in order: port methods and the calls of companion fakes that `record` them. */
  const calls: string[] = [];
  let portCalls = 0;
  let nextCommentId = 1;
  const faults: { method: string; fault: Error | (() => void); times: number }[] = [];

  /** Logs a call and fires the faults set on it; companion fakes (the bump reader) call it too. */
  const record = (method: string): void => {
    calls.push(method);
    for (const entry of faults.filter((f) => f.method === method)) {
      entry.times--;
      if (entry.times <= 0) faults.splice(faults.indexOf(entry), 1);
      if (entry.fault instanceof Error) throw entry.fault;
      entry.fault();
    }
  };
  const call = async <T>(method: keyof GitHubPort, fn: () => T): Promise<T> => {
    portCalls++;
    record(method);
    return fn();
  };
  const notFound = (what: string, operation: string) =>
    new ExternalError(`Not Found: ${what}`, {
      service: 'GitHub',
      operation,
      status: 404,
      refusal: 'not-found',
    });

  const commit = (seed: {
    branch?: string;
    files: Record<string, string | null>;
    parents?: string[];
    sha?: string;
    message?: string;
  }): string => {
    const parents =
      seed.parents ?? [git.resolve(seed.branch ?? defaultBranch)].filter((p) => p !== undefined);
    const files = new Map<string, FakeFile>(parents[0] === undefined ? [] : git.filesAt(parents[0]));
    for (const [path, text] of Object.entries(seed.files)) {
      if (text === null) files.delete(path);
      else files.set(path, { text, mode: files.get(path)?.mode ?? '100644' });
    }
    const sha = git.storeCommit({
      treeSha: git.storeTree(files),
      parents,
      message: seed.message ?? 'commit',
      ...(seed.sha === undefined ? {} : { sha: seed.sha }),
    });
    if (seed.branch !== undefined) git.branches.set(seed.branch, sha);
    return sha;
  };
  commit({ branch: defaultBranch, files: options.files ?? {}, message: 'initial' });

  const pullByNumber = (number: number, operation: string): FakePull => {
    const pull = state.pulls.find((p) => p.number === number);
    if (pull === undefined) throw notFound(`pull request #${number}`, operation);
    return pull;
  };
  const headOf = (pull: FakePull): string => {
    if (pull.state === 'open') pull.headSha = git.branches.get(pull.head) ?? pull.headSha;
    return pull.headSha;
  };
  const info = (pull: FakePull): PullRequestInfo => ({
    number: pull.number,
    nodeId: `PR_${pull.number}`,
    url: `https://github.test/${owner}/${repo}/pull/${pull.number}`,
    title: pull.title,
    body: pull.body,
    state: pull.state,
    merged: pull.merged,
    headRef: pull.head,
    headSha: headOf(pull),
    baseRef: pull.base,
    baseSha: git.branches.get(pull.base) ?? '',
    author: pull.author,
    labels: [...pull.labels],
    assignees: [...pull.assignees],
    mergeCommitSha: pull.mergeCommitSha,
    ...(pull.mergedBy === undefined ? {} : { mergedBy: pull.mergedBy }),
  });
  const roleOf = (login: string): string => state.permissions[login] ?? 'none';
  const baseRole = (role: string): string =>
    role === 'maintain'
      ? 'write'
      : role === 'triage'
        ? 'read'
        : ['admin', 'write', 'read'].includes(role)
          ? role
          : 'none';
  const assignable = (login: string) =>
    !login.endsWith('[bot]') && ['admin', 'write'].includes(baseRole(roleOf(login)));
  const unmetRequirement = (pull: FakePull): 'checks-required' | 'review-required' | undefined => {
    const protection = state.protections.get(pull.base);
    if (protection === undefined) return undefined;
    const head = headOf(pull);
    const passing = (context: string) =>
      state.statuses.find((s) => s.sha === head && s.context === context)?.state === 'success';
    if (!protection.requiredStatusChecks.every(passing)) return 'checks-required';
    if (pull.approvals.length < protection.requiredApprovingReviews) return 'review-required';
    return undefined;
  };
  const merge = (pull: FakePull, method: MergeMethod, title: string, by = state.viewer): string => {
    const base = git.branches.get(pull.base) ?? '';
    const head = headOf(pull);
    const since = git.mergeBase(base, head);
    const changes = git.diff(since === undefined ? new Map() : git.filesAt(since), git.filesAt(head));
    const files = Object.fromEntries(
      changes.flatMap((change) => [
        ...(change.previousPath === undefined ? [] : [[change.previousPath, null] as const]),
        [
          change.path,
          change.status === 'removed' ? null : (git.filesAt(head).get(change.path)?.text ?? null),
        ] as const,
      ]),
    );
    const sha = commit({
      branch: pull.base,
      files,
      parents: method === 'merge' ? [base, head] : [base],
      message: title,
    });
    Object.assign(pull, {
      state: 'closed',
      merged: true,
      mergeCommitSha: sha,
      mergedBy: by,
      autoMerge: undefined,
    });
    return sha;
  };
  const refuse = (refusal: 'merge-method-not-allowed', method: MergeMethod) => ({
    refusal,
    message: `${method === 'merge' ? 'Merge commits' : method === 'squash' ? 'Squash merges' : 'Rebase merges'} are not allowed on this repository.`,
  });

  const github: GitHubPort = {
    owner,
    repo,
    callCount: () => portCalls,
    // GitReadPort
    getBranchSha: (branch) => call('getBranchSha', () => git.branches.get(branch)),
    getCommit: (sha) =>
      call('getCommit', () => {
        if (!git.hasCommit(sha)) throw notFound(`commit ${sha}`, `get commit ${sha}`);
        const found = git.commitOf(sha);
        return { sha, treeSha: found.treeSha, parents: [...found.parents] };
      }),
    getTree: (treeSha, { recursive }) =>
      call('getTree', () => {
        const entries = git.treeEntries(treeSha, recursive);
        const truncated = entries.length > caps.treeEntries;
        return { entries: truncated ? entries.slice(0, caps.treeEntries) : entries, truncated };
      }),
    getFileText: (ref, path) =>
      call('getFileText', () =>
        git.resolve(ref) === undefined ? undefined : git.filesAt(ref).get(path)?.text,
      ),
    compareCommits: (base, head) =>
      call('compareCommits', () => {
        const [from, to] = [git.resolve(base), git.resolve(head)];
        if (from === undefined || to === undefined) throw notFound(`${base}...${head}`, 'compare');
        const since = git.mergeBase(from, to);
        const files = git.diff(since === undefined ? new Map() : git.filesAt(since), git.filesAt(to));
        const status =
          from === to
            ? 'identical'
            : git.isAncestor(from, to)
              ? 'ahead'
              : git.isAncestor(to, from)
                ? 'behind'
                : 'diverged';
        return {
          files: files.slice(0, caps.compareFiles),
          truncated: files.length >= caps.compareFiles,
          status,
        };
      }),
    // GitWritePort
    createTree: (baseTree, entries) => call('createTree', () => git.applyEntries(baseTree, entries)),
    createCommit: ({ message, tree, parents }) =>
      call('createCommit', () => git.storeCommit({ treeSha: tree, parents, message })),
    createBranch: (branch, sha) =>
      call('createBranch', () => {
        if (git.branches.has(branch)) return 'exists' as const;
        git.branches.set(branch, sha);
        return 'written' as const;
      }),
    replaceBranch: (branch, { from, to }) =>
      call('replaceBranch', () => {
        if (git.branches.get(branch) !== from) return 'conflict' as const;
        git.branches.set(branch, to);
        return 'written' as const;
      }),
    deleteBranch: (branch) =>
      call('deleteBranch', () => {
        if (!git.branches.delete(branch)) throw notFound(`branch ${branch}`, `delete branch ${branch}`);
      }),
    // PullRequestPort
    getPullRequest: (number) => call('getPullRequest', () => info(pullByNumber(number, `get #${number}`))),
    listOpenPullRequests: ({ head, base }) =>
      call('listOpenPullRequests', () =>
        state.pulls
          .filter(
            (p) =>
              p.state === 'open' &&
              (head === undefined || p.head === head) &&
              (base === undefined || p.base === base),
          )
          .reverse()
          .map(info),
      ),
    listPullRequestFiles: (number) =>
      call('listPullRequestFiles', () => {
        const pull = pullByNumber(number, `list files of #${number}`);
        const head = headOf(pull);
        const since = git.mergeBase(git.branches.get(pull.base) ?? '', head);
        const files = git.diff(since === undefined ? new Map() : git.filesAt(since), git.filesAt(head));
        return { files: files.slice(0, caps.pullFiles), truncated: files.length >= caps.pullFiles };
      }),
    createPullRequest: ({ title, body, head, base }) =>
      call('createPullRequest', () => {
        if (state.pulls.some((p) => p.state === 'open' && p.head === head && p.base === base))
          return undefined;
        return info(openPull({ title, body, head, base, author: state.viewer }));
      }),
    updatePullRequest: (number, changes) =>
      call('updatePullRequest', () => {
        const pull = pullByNumber(number, `update #${number}`);
        if (changes.title !== undefined) pull.title = changes.title;
        if (changes.body !== undefined) pull.body = changes.body;
        if (changes.state !== undefined && !pull.merged) pull.state = changes.state;
      }),
    // MergePort
    mergePullRequest: (number, { sha, method = 'merge', commitTitle }) =>
      call('mergePullRequest', (): MergeCallOutcome => {
        const pull = pullByNumber(number, `merge #${number}`);
        if (pull.state === 'closed')
          return { merged: false, refusal: 'not-mergeable', message: 'Pull Request is not mergeable' };
        if (!state.settings.mergeMethods.includes(method))
          return { merged: false, ...refuse('merge-method-not-allowed', method) };
        if (headOf(pull) !== sha)
          return {
            merged: false,
            refusal: 'head-modified',
            message: 'Head branch was modified. Review and try the merge again.',
          };
        const unmet = unmetRequirement(pull);
        if (unmet === 'checks-required')
          return { merged: false, refusal: unmet, message: 'Required status check is expected.' };
        if (unmet === 'review-required')
          return {
            merged: false,
            refusal: unmet,
            message: 'At least 1 approving review is required by reviewers with write access.',
          };
        return { merged: true, sha: merge(pull, method, commitTitle ?? `Merge pull request #${number}`) };
      }),
    approvePullRequest: (number) =>
      call('approvePullRequest', () => {
        const pull = pullByNumber(number, `approve #${number}`);
        if (pull.author === state.viewer)
          throw new ExternalError('Unprocessable Entity: Can not approve your own pull request', {
            service: 'GitHub',
            operation: `approve #${number}`,
            status: 422,
          });
        pull.approvals.push(state.viewer);
      }),
    enableAutoMerge: (nodeId, method) =>
      call('enableAutoMerge', (): AutoMergeCallOutcome => {
        const pull = pullByNumber(Number(nodeId.replace(/^PR_/, '')), 'enable auto-merge');
        // In the emulator's (and GitHub's) order of checks; see test/support/github-emulator/README.md.
        if (!state.settings.allowAutoMerge)
          return {
            enabled: false,
            refusal: 'auto-merge-not-allowed',
            message: 'Auto merge is not allowed for this repository',
          };
        if (!state.settings.mergeMethods.includes(method))
          return { enabled: false, ...refuse('merge-method-not-allowed', method) };
        if (!state.protections.has(pull.base))
          return {
            enabled: false,
            refusal: 'protected-branch-rules-not-configured',
            message: 'Protected branch rules not configured for this branch',
          };
        if (unmetRequirement(pull) === undefined)
          return { enabled: false, refusal: 'clean-status', message: 'Pull request is in clean status' };
        pull.autoMerge = method;
        return { enabled: true };
      }),
    // LabelPort
    setLabelsAndAssignees: (number, { labels, assignees }) =>
      call('setLabelsAndAssignees', () => {
        const pull = pullByNumber(number, `label and assign #${number}`);
        // GitHub refuses the whole update when one login cannot be assigned (bots, users without push access).
        const invalid = assignees.find((login) => !assignable(login));
        if (invalid !== undefined)
          throw new ExternalError(
            `Validation Failed: {"value":"${invalid}","resource":"Issue","field":"assignees","code":"invalid"}`,
            {
              service: 'GitHub',
              operation: `label and assign #${number}`,
              status: 422,
              refusal: 'unassignable',
            },
          );
        pull.labels = [...new Set(labels)];
        pull.assignees = [...new Set(assignees)];
        for (const label of labels) if (!state.labels.includes(label)) state.labels.push(label);
        return [...pull.assignees];
      }),
    addLabels: (number, labels) =>
      call('addLabels', () => {
        const pull = pullByNumber(number, `label #${number}`);
        for (const label of labels) {
          if (!pull.labels.includes(label)) pull.labels.push(label);
          if (!state.labels.includes(label)) state.labels.push(label);
        }
      }),
    removeLabel: (number, label) =>
      call('removeLabel', () => {
        const pull = pullByNumber(number, `unlabel #${number}`);
        pull.labels = pull.labels.filter((l) => l !== label);
      }),
    listLabels: () => call('listLabels', () => state.labels.slice(0, 100)),
    // CommentPort
    listComments: (number) =>
      call('listComments', () =>
        state.comments
          .filter((c) => c.issueNumber === number)
          .map(({ id, nodeId, body, author }) => ({ id, nodeId, body, author })),
      ),
    createComment: (number, body) =>
      call('createComment', () => {
        const comment = addComment(number, body, state.viewer);
        return { id: comment.id, nodeId: comment.nodeId, body, author: comment.author };
      }),
    updateComment: (id, body) =>
      call('updateComment', () => {
        const comment = state.comments.find((c) => c.id === id);
        if (comment === undefined) throw notFound(`comment ${id}`, `update comment ${id}`);
        comment.body = body;
      }),
    deleteComment: (id) =>
      call('deleteComment', () => {
        const index = state.comments.findIndex((c) => c.id === id);
        if (index < 0) throw notFound(`comment ${id}`, `delete comment ${id}`);
        state.comments.splice(index, 1);
      }),
    // CommitStatusPort
    createCommitStatus: (sha, status) =>
      call('createCommitStatus', () => {
        state.statuses.unshift({ sha, ...status, targetUrl: status.targetUrl });
      }),
    listCommitStatuses: (ref) =>
      call('listCommitStatuses', () => {
        const sha = git.resolve(ref) ?? ref;
        return state.statuses
          .filter((s) => s.sha === sha)
          .map(({ context, state: s, description, targetUrl }) => ({
            context,
            state: s,
            description,
            targetUrl,
          }));
      }),
    // RepositoryPort
    getRepository: () =>
      call('getRepository', () => ({
        defaultBranch,
        htmlUrl: `https://github.test/${owner}/${repo}`,
        settings: { ...state.settings, mergeMethods: [...state.settings.mergeMethods] },
        permission: roleOf(state.viewer) === 'none' ? 'read' : roleOf(state.viewer),
      })),
    getWorkflowTokenPermissions: () =>
      call('getWorkflowTokenPermissions', () =>
        state.workflowTokenPermissions === undefined
          ? ('forbidden' as const)
          : { ...state.workflowTokenPermissions },
      ),
    getBranchRules: (branch) =>
      call('getBranchRules', () => {
        const rules = state.rulesets.get(branch);
        return rules === undefined
          ? { requiredApprovingReviews: 0, requiredStatusChecks: [] }
          : { ...rules, requiredStatusChecks: [...rules.requiredStatusChecks] };
      }),
    getBranchProtection: (branch) =>
      call('getBranchProtection', () => {
        const protection = state.protections.get(branch);
        return protection === undefined ? ('unprotected' as const) : { ...protection };
      }),
    // WorkflowDispatchPort
    dispatchWorkflow: (workflow, ref, inputs) =>
      call('dispatchWorkflow', () => {
        state.dispatches.push({ workflow, ref, inputs: { ...inputs } });
      }),
    // IdentityPort
    getViewerLogin: () => call('getViewerLogin', () => state.viewer),
    getPermission: (login) => call('getPermission', () => baseRole(roleOf(login))),
  };

  function addComment(issueNumber: number, body: string, author: string): FakeComment {
    const id = nextCommentId++;
    const comment = { id, nodeId: `IC_${id}`, body, author, issueNumber };
    state.comments.push(comment);
    return comment;
  }

  function openPull(seed: {
    number?: number;
    title: string;
    body: string;
    head: string;
    base: string;
    author: string;
    labels?: string[];
    assignees?: string[];
  }): FakePull {
    const pull: FakePull = {
      // Issues and PRs share numbers, so a test may leave gaps.
      number: seed.number ?? Math.max(0, ...state.pulls.map((p) => p.number)) + 1,
      title: seed.title,
      body: seed.body,
      head: seed.head,
      base: seed.base,
      state: 'open',
      merged: false,
      author: seed.author,
      labels: [...(seed.labels ?? [])],
      assignees: [...(seed.assignees ?? [])],
      autoMerge: undefined,
      headSha: git.branches.get(seed.head) ?? '',
      mergeCommitSha: undefined,
      mergedBy: undefined,
      approvals: [],
    };
    state.pulls.push(pull);
    return pull;
  }

  return {
    github,
    /** What the repository holds: assert on it, or change it as someone else would. */
    state,
    calls,
    defaultBranch,
    branches: git.branches,
    record,
    /** Commits `files` (null deletes) on a branch (created when missing) or on `parents`; returns the SHA. */
    commit,
    /** Every file of a branch or commit, with its mode. */
    filesAt: (ref: string) => git.filesAt(ref),
    /** Text of a file at a branch or commit, undefined when absent. */
    read: (ref: string, path: string): string | undefined => git.filesAt(ref).get(path)?.text,
    /** The commit a branch (or SHA) points to. */
    commitOf: (ref: string) => git.commitOf(git.resolve(ref) ?? ref),
    /**
     * Opens a PR as someone else would: its head branch is created from the base tip with `files` (null deletes),
     * its head commit named `headSha` when given.
     */
    openPullRequest: (seed: {
      number?: number;
      head: string;
      base?: string;
      title?: string;
      body?: string;
      author?: string;
      labels?: string[];
      assignees?: string[];
      files?: Record<string, string | null>;
      /** The diff the PR shows: the base gets the old side committed first, the head the new side. */
      changes?: readonly ChangedFileInfo[];
      headSha?: string;
    }): FakePull => {
      const base = seed.base ?? defaultBranch;
      if (seed.changes !== undefined) {
        const sides = sidesOf(seed.changes);
        commit({ branch: base, files: sides.before, message: 'before the PR' });
        seed = { ...seed, files: { ...sides.after, ...seed.files } };
      }
      if (!git.branches.has(seed.head) || seed.files !== undefined) {
        commit({
          branch: seed.head,
          files: seed.files ?? {},
          parents: [git.resolve(git.branches.has(seed.head) ? seed.head : base) ?? ''],
          message: seed.title ?? 'change',
          ...(seed.headSha === undefined ? {} : { sha: seed.headSha }),
        });
      }
      return openPull({
        ...(seed.number === undefined ? {} : { number: seed.number }),
        title: seed.title ?? 'Change',
        body: seed.body ?? '',
        head: seed.head,
        base,
        author: seed.author ?? 'alice',
        ...(seed.labels === undefined ? {} : { labels: seed.labels }),
        ...(seed.assignees === undefined ? {} : { assignees: seed.assignees }),
      });
    },
    /**
     * Two commits whose diff is `changes`, as a push brings them: the old side on the default branch, then the
     * new side on top (the branch ends there). `before` and `after` name their SHAs, as a push payload does.
     */
    pushChanges: (changes: readonly ChangedFileInfo[], shas: { before?: string; after?: string } = {}) => {
      const sides = sidesOf(changes);
      const before = commit({
        branch: defaultBranch,
        files: sides.before,
        message: 'before',
        ...(shas.before === undefined ? {} : { sha: shas.before }),
      });
      const after = commit({
        branch: defaultBranch,
        files: sides.after,
        message: 'after',
        ...(shas.after === undefined ? {} : { sha: shas.after }),
      });
      return { before, after };
    },
    /** A comment written by `author` (a reader, another bot) without going through the port. */
    addComment,
    /** The port's answer for a PR, as `getPullRequest` would give it (no call counted). */
    pullRequestInfo: (number: number) => info(pullByNumber(number, 'read')),
    /** Merges an open PR as `login` would by hand (no call counted, no protection checked); returns the merge SHA. */
    mergeAs: (number: number, login: string, method: MergeMethod = 'merge'): string => {
      const pull = pullByNumber(number, `merge #${number}`);
      if (pull.state !== 'open') throw new Error(`#${number} is not open`);
      return merge(pull, method, `Merge pull request #${number}`, login);
    },
    /** Protects a branch: its PRs merge only with these checks green and this many approvals. */
    protect: (branch: string, protection: BranchProtectionInfo) => state.protections.set(branch, protection),
    /** The next `times` calls (default 1) of `method` throw `error`; `Infinity` makes it lasting. */
    failOn: (method: string, error: Error, times = 1) => {
      faults.push({ method, fault: error, times });
    },
    /** Runs `action` just before the next call of `method`: another writer racing the run. */
    beforeNext: (method: string, action: () => void) => {
      faults.push({ method, fault: action, times: 1 });
    },
  };
}

/** Base and head contents whose diff is `changes`: each file's text names its path and side. */
function sidesOf(changes: readonly ChangedFileInfo[]) {
  const before: Record<string, string | null> = {};
  const after: Record<string, string | null> = {};
  for (const change of changes) {
    if (change.status === 'renamed' && change.previousPath !== undefined) {
      before[change.previousPath] = `${change.previousPath}\n`;
      after[change.previousPath] = null;
      after[change.path] = `${change.previousPath}\n`;
    } else if (change.status === 'added') {
      after[change.path] = `${change.path} added\n`;
    } else if (change.status === 'removed') {
      before[change.path] = `${change.path}\n`;
      after[change.path] = null;
    } else {
      before[change.path] = `${change.path}\n`;
      after[change.path] = `${change.path} changed\n`;
    }
  }
  return { before, after };
}
