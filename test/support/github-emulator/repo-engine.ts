// The behaviour shared by the REST routes, GraphQL and the test helpers: creating repositories, moving
// branches (with push/synchronize events), pull request mergeability, merging, statuses and auto-merge.
import { join } from 'node:path';
import type { FileSource, GitPerson, TreeChange } from './git-store.js';
import { headRepositoryOf } from './fork-pulls.js';
import { createGitRepo, ZERO_SHA } from './git-store.js';
import { issueCommentPayload, pullRequestPayload, pushPayload, type PushedCommit } from './events.js';
import { HttpError, notFound, validationFailed } from './http-error.js';
import { mergeStateOf, protectionBlocker, protectionOf, rulesetsOn } from './merge-requirements.js';
import { disallowedMergeMessage, presets, type PresetDefinition } from './repo-settings.js';
import type { CommitVerification, PullFigures } from './representations.js';
import { commentJson, issueJson, labelJson, pullJson } from './representations.js';
import type {
  AutoMergeRecord,
  CommentRecord,
  EmulatorEvent,
  EmulatorState,
  LabelRecord,
  PullRecord,
  RepoRecord,
  StatusRecord,
} from './state.js';
import { makeNodeId, repoKey } from './state.js';

type Json = Record<string, unknown>;

const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const MAX_PUSH_COMMITS = 2048;
const GITHUB_COMMITTER = { name: 'GitHub', email: 'noreply@github.com' };

/** Options of `createRepo`. */
export interface CreateRepoOptions {
  readonly owner: string;
  readonly name: string;
  readonly defaultBranch?: string;
  readonly files?: Readonly<Record<string, string | Buffer>>;
  readonly fromDir?: string;
  readonly private?: boolean;
}

/** What a merge needs to know. */
export interface MergeRequest {
  readonly method: 'merge' | 'squash' | 'rebase';
  readonly sha?: string;
  readonly commitTitle?: string;
  readonly commitMessage?: string;
  readonly user: string;
}

/** The engine of one emulator. */
export interface RepoEngine {
  readonly serialize: <T>(work: () => Promise<T>) => Promise<T>;
  readonly findRepo: (owner: string, name: string) => RepoRecord;
  readonly createRepo: (options: CreateRepoOptions) => Promise<RepoRecord>;
  readonly emit: (event: EmulatorEvent) => void;
  readonly person: (login: string) => GitPerson;
  readonly verification: (repo: RepoRecord, sha: string) => CommitVerification;
  readonly markVerified: (repo: RepoRecord, sha: string) => void;
  readonly moveBranch: (
    repo: RepoRecord,
    branch: string,
    sha: string,
    options: { expected?: string; pusher: string },
  ) => Promise<boolean>;
  readonly deleteBranch: (repo: RepoRecord, branch: string, pusher: string) => Promise<boolean>;
  readonly commitFiles: (
    repo: RepoRecord,
    options: {
      branch: string;
      files: ReadonlyMap<string, FileSource | null>;
      message: string;
      author: string;
    },
  ) => Promise<string>;
  readonly resolveCommit: (repo: RepoRecord, revision: string) => Promise<string | undefined>;
  readonly findPull: (repo: RepoRecord, number: number) => PullRecord;
  readonly refreshPull: (repo: RepoRecord, pull: PullRecord) => Promise<void>;
  readonly pullFigures: (repo: RepoRecord, pull: PullRecord) => Promise<PullFigures>;
  /** `lazyMergeability`: a client's read, which may see `mergeable: null` (see `mergeabilityDelay`). */
  readonly pullJson: (
    repo: RepoRecord,
    pull: PullRecord,
    options?: { lazyMergeability?: boolean },
  ) => Promise<Json>;
  readonly pullFiles: (repo: RepoRecord, pull: PullRecord) => Promise<readonly TreeChange[]>;
  readonly createPull: (
    repo: RepoRecord,
    options: {
      head: string;
      base: string;
      title: string;
      body: string | null;
      user: string;
      draft?: boolean;
    },
  ) => Promise<PullRecord>;
  readonly emitPullEvent: (
    repo: RepoRecord,
    pull: PullRecord,
    action: string,
    sender: string,
    extra?: Json,
  ) => Promise<void>;
  readonly mergePull: (repo: RepoRecord, pull: PullRecord, request: MergeRequest) => Promise<string>;
  readonly ensureLabel: (repo: RepoRecord, name: string) => LabelRecord;
  /** Adds labels (created on first use) and emits `labeled` per new label; returns the added names. */
  readonly addLabels: (
    repo: RepoRecord,
    pull: PullRecord,
    names: readonly string[],
    sender: string,
  ) => Promise<string[]>;
  readonly addComment: (
    repo: RepoRecord,
    pull: PullRecord,
    body: string,
    user: string,
  ) => Promise<CommentRecord>;
  readonly addStatus: (
    repo: RepoRecord,
    sha: string,
    status: Pick<StatusRecord, 'state' | 'context' | 'description' | 'targetUrl' | 'creator'>,
  ) => Promise<StatusRecord>;
  readonly latestStatuses: (repo: RepoRecord, sha: string) => StatusRecord[];
  readonly combinedState: (repo: RepoRecord, sha: string) => 'failure' | 'pending' | 'success';
  readonly requiredChecksPassing: (repo: RepoRecord, sha: string) => boolean;
  readonly enableAutoMerge: (repo: RepoRecord, pull: PullRecord, autoMerge: AutoMergeRecord) => Promise<void>;
  readonly evaluateAutoMerge: (repo: RepoRecord) => Promise<void>;
  readonly isAssignable: (repo: RepoRecord, login: string) => boolean;
}

/** Creates the engine over `state`, keeping bare repositories under `gitRoot`. */
export function createRepoEngine(
  state: EmulatorState,
  gitRoot: string,
  options: { mergeabilityDelay?: number; preset?: PresetDefinition } = {},
): RepoEngine {
  const preset = options.preset ?? presets.permissive;
  const mergeabilityReads = new Map<string, number>();
  let queue: Promise<unknown> = Promise.resolve();
  const serialize = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work, work);
    queue = result.catch(() => undefined);
    return result;
  };
  const verified = new Map<string, Set<string>>();
  const mergeability = new Map<string, boolean>();

  const findRepo = (owner: string, name: string): RepoRecord => {
    const repo = state.repos.get(repoKey(owner, name));
    if (!repo) throw notFound();
    return repo;
  };

  const person = (login: string): GitPerson => {
    const identity = state.identities.byLogin(login);
    return {
      name: identity?.name ?? login,
      email: identity?.email ?? `${login}@users.noreply.github.com`,
      date: state.now(),
    };
  };

  const emit = (event: EmulatorEvent) => {
    state.events.push(event);
  };

  const verifiedSet = (repo: RepoRecord) => {
    let set = verified.get(repo.nodeId);
    if (!set) verified.set(repo.nodeId, (set = new Set()));
    return set;
  };

  const pushedCommits = async (repo: RepoRecord, before: string, after: string): Promise<PushedCommit[]> => {
    if (after === ZERO_SHA) return [];
    let exclusions: string[];
    if (before === ZERO_SHA) {
      const refs = await repo.git.listRefs('refs/heads/');
      exclusions = refs.filter((ref) => ref.sha !== after).map((ref) => `^${ref.sha}`);
    } else {
      exclusions = [`^${before}`];
    }
    const shas = (await repo.git.revList([after, ...exclusions])).slice(-MAX_PUSH_COMMITS);
    const commits: PushedCommit[] = [];
    for (const sha of shas) {
      const commit = await repo.git.readCommit(sha);
      const parentTree = commit.parents[0] ? (await repo.git.readCommit(commit.parents[0])).tree : EMPTY_TREE;
      commits.push({ commit, changes: await repo.git.diffTrees(parentTree, commit.tree) });
    }
    return commits;
  };

  const findPull = (repo: RepoRecord, number: number): PullRecord => {
    const pull = repo.pulls.get(number);
    if (!pull) throw notFound();
    return pull;
  };

  const refreshPull = async (repo: RepoRecord, pull: PullRecord) => {
    if (pull.state !== 'open') return;
    pull.headSha = (await repo.git.resolveRef(`refs/heads/${pull.head}`)) ?? pull.headSha;
    pull.baseSha = (await repo.git.resolveRef(`refs/heads/${pull.base}`)) ?? pull.baseSha;
  };

  const isMergeable = async (repo: RepoRecord, baseSha: string, headSha: string) => {
    const key = `${repo.nodeId} ${baseSha} ${headSha}`;
    let clean = mergeability.get(key);
    if (clean === undefined) {
      clean = (await repo.git.mergeTrees(baseSha, headSha)).clean;
      mergeability.set(key, clean);
    }
    return clean;
  };

  const latestStatuses = (repo: RepoRecord, sha: string): StatusRecord[] => {
    const latest = new Map<string, StatusRecord>();
    for (const status of repo.statuses.get(sha) ?? []) latest.set(status.context, status);
    return [...latest.values()];
  };

  const requiredChecksPassing = (repo: RepoRecord, sha: string) => {
    const latest = latestStatuses(repo, sha);
    return repo.requiredStatusChecks.every((context) =>
      latest.some((status) => status.context === context && status.state === 'success'),
    );
  };

  const requirementInput = (repo: RepoRecord, pull: PullRecord) => ({
    repo,
    pull,
    latest: latestStatuses(repo, pull.headSha),
    identities: state.identities,
  });

  const pullFiles = async (repo: RepoRecord, pull: PullRecord) => {
    await refreshPull(repo, pull);
    const base = (await repo.git.mergeBase(pull.baseSha, pull.headSha)) ?? pull.baseSha;
    const [from, to] = await Promise.all([repo.git.readCommit(base), repo.git.readCommit(pull.headSha)]);
    return repo.git.diffTrees(from.tree, to.tree);
  };

  const pullFigures = async (repo: RepoRecord, pull: PullRecord): Promise<PullFigures> => {
    await refreshPull(repo, pull);
    const files = await pullFiles(repo, pull);
    const commits = (await repo.git.revList([pull.headSha, `^${pull.baseSha}`])).length;
    const totals = {
      commits,
      additions: files.reduce((sum, file) => sum + file.additions, 0),
      deletions: files.reduce((sum, file) => sum + file.deletions, 0),
      changedFiles: files.length,
    };
    if (pull.state !== 'open') return { ...totals, mergeable: null, mergeableState: 'unknown' };
    const clean = await isMergeable(repo, pull.baseSha, pull.headSha);
    const mergeableState = !clean ? 'dirty' : mergeStateOf(requirementInput(repo, pull));
    return { ...totals, mergeable: clean, mergeableState };
  };

  // GitHub computes mergeability in the background: the first reads after the head or base moved
  // answer `mergeable: null` ("resubmit the request"); `mergeabilityDelay` sets how many.
  const renderPull: RepoEngine['pullJson'] = async (repo, pull, renderOptions = {}) => {
    const figures = await pullFigures(repo, pull);
    if (!renderOptions.lazyMergeability || pull.state !== 'open') return pullJson(state, repo, pull, figures);
    const key = `${pull.nodeId} ${pull.baseSha} ${pull.headSha}`;
    const reads = mergeabilityReads.get(key) ?? 0;
    mergeabilityReads.set(key, reads + 1);
    const pending = reads < (options.mergeabilityDelay ?? 0);
    return pullJson(
      state,
      repo,
      pull,
      pending ? { ...figures, mergeable: null, mergeableState: 'unknown' } : figures,
    );
  };

  const emitPullEvent: RepoEngine['emitPullEvent'] = async (repo, pull, action, sender, extra) => {
    const payload = pullRequestPayload(state, repo, {
      action,
      number: pull.number,
      pullRequest: await renderPull(repo, pull),
      sender,
      ...(extra ? { extra } : {}),
    });
    emit({ name: 'pull_request', payload });
  };

  const moveBranch: RepoEngine['moveBranch'] = async (repo, branch, sha, options) => {
    const ref = `refs/heads/${branch}`;
    const before = (await repo.git.resolveRef(ref)) ?? ZERO_SHA;
    if (options.expected !== undefined && before !== options.expected) return false;
    if (!(await repo.git.updateRef(ref, sha, before))) return false;
    repo.pushedAt = state.now();
    const forced = before !== ZERO_SHA && !(await repo.git.isAncestor(before, sha));
    const commits = await pushedCommits(repo, before, sha);
    emit({
      name: 'push',
      payload: pushPayload(state, repo, {
        branch,
        before,
        after: sha,
        forced,
        commits,
        pusher: options.pusher,
      }),
    });
    for (const pull of repo.pulls.values()) {
      if (pull.state !== 'open' || pull.head !== branch) continue;
      pull.headSha = sha;
      pull.updatedAt = state.now();
      if (pull.autoMerge && !state.identities.byLogin(options.pusher)) pull.autoMerge = null;
      await emitPullEvent(repo, pull, 'synchronize', options.pusher, { before, after: sha });
    }
    return true;
  };

  const closePull = async (repo: RepoRecord, pull: PullRecord, sender: string) => {
    await refreshPull(repo, pull);
    pull.state = 'closed';
    pull.closedAt = state.now();
    pull.updatedAt = pull.closedAt;
    pull.autoMerge = null;
    await emitPullEvent(repo, pull, 'closed', sender);
  };

  const deleteBranch: RepoEngine['deleteBranch'] = async (repo, branch, pusher) => {
    const ref = `refs/heads/${branch}`;
    const before = await repo.git.resolveRef(ref);
    if (!before) return false;
    await repo.git.deleteRef(ref);
    emit({
      name: 'push',
      payload: pushPayload(state, repo, {
        branch,
        before,
        after: ZERO_SHA,
        forced: false,
        commits: [],
        pusher,
      }),
    });
    // GitHub closes open pull requests whose head or base branch disappears.
    for (const pull of repo.pulls.values()) {
      if (pull.state === 'open' && (pull.head === branch || pull.base === branch))
        await closePull(repo, pull, pusher);
    }
    return true;
  };

  const commitFiles: RepoEngine['commitFiles'] = async (repo, options) => {
    const parent = await repo.git.resolveRef(`refs/heads/${options.branch}`);
    if (!parent) throw new Error(`branch ${options.branch} does not exist in ${repo.owner}/${repo.name}`);
    const parentCommit = await repo.git.readCommit(parent);
    const tree = await repo.git.buildTree(parentCommit.tree, options.files);
    const author = person(options.author);
    const sha = await repo.git.writeCommit({
      tree,
      parents: [parent],
      author,
      committer: author,
      message: options.message,
    });
    if (!(await moveBranch(repo, options.branch, sha, { expected: parent, pusher: options.author }))) {
      throw new Error(`branch ${options.branch} moved while committing`);
    }
    return sha;
  };

  const createRepo: RepoEngine['createRepo'] = async (options) => {
    if (state.repos.has(repoKey(options.owner, options.name))) {
      throw new Error(`repository ${options.owner}/${options.name} already exists`);
    }
    const git = createGitRepo(join(gitRoot, options.owner, `${options.name}.git`));
    const defaultBranch = options.defaultBranch ?? 'main';
    await git.init(defaultBranch);
    const files = options.fromDir ? git.filesFromDir(options.fromDir) : new Map<string, FileSource | null>();
    for (const [path, content] of Object.entries(options.files ?? {})) files.set(path, content);
    const tree = await git.buildTree(undefined, files);
    const author = person('alice');
    const sha = await git.writeCommit({
      tree,
      parents: [],
      author,
      committer: author,
      message: 'Initial commit\n',
    });
    await git.updateRef(`refs/heads/${defaultBranch}`, sha, ZERO_SHA);
    const id = state.nextId();
    const now = state.now();
    const repo: RepoRecord = {
      id,
      nodeId: makeNodeId('R', id),
      owner: options.owner,
      name: options.name,
      defaultBranch,
      private: options.private ?? false,
      git,
      createdAt: now,
      pushedAt: now,
      labels: new Map(),
      pulls: new Map(),
      comments: new Map(),
      reviews: new Map(),
      statuses: new Map(),
      deployments: [],
      environments: new Map(),
      requiredStatusChecks: [],
      rulesets: [],
      settings: { ...preset.settings },
      protections: new Map(
        preset.defaultBranchProtection ? [[defaultBranch, { ...preset.defaultBranchProtection }]] : [],
      ),
      nextNumber: 1,
    };
    state.repos.set(repoKey(options.owner, options.name), repo);
    return repo;
  };

  const resolveCommit: RepoEngine['resolveCommit'] = async (repo, revision) => {
    // GitHub resolves `HEAD` (REST refs, GraphQL `object(expression: "HEAD:path")`) to the default branch.
    if (revision === 'HEAD') return repo.git.resolveCommitish(`refs/heads/${repo.defaultBranch}`);
    if (/^[0-9a-f]{40}$/.test(revision)) {
      return (await repo.git.objectType(revision)) === 'commit' ? revision : undefined;
    }
    const candidates = revision.startsWith('refs/')
      ? [revision]
      : [
          `refs/heads/${revision}`,
          `refs/tags/${revision}`,
          revision.startsWith('heads/') || revision.startsWith('tags/') ? `refs/${revision}` : '',
        ];
    for (const candidate of candidates.filter((entry) => entry !== '')) {
      const sha = await repo.git.resolveCommitish(candidate);
      if (sha) return sha;
    }
    if (/^[0-9a-f]{7,39}$/.test(revision)) return repo.git.resolveCommitish(revision);
    return undefined;
  };

  const createPull: RepoEngine['createPull'] = async (repo, options) => {
    const head = options.head.includes(':') ? options.head.split(':')[1]! : options.head;
    const headOwner = options.head.includes(':') ? options.head.split(':')[0]! : repo.owner;
    if (headOwner.toLowerCase() !== repo.owner.toLowerCase()) {
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }],
      });
    }
    const baseSha = await repo.git.resolveRef(`refs/heads/${options.base}`);
    if (!baseSha)
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource: 'PullRequest', field: 'base', code: 'invalid' }],
      });
    const headSha = await repo.git.resolveRef(`refs/heads/${head}`);
    if (!headSha)
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }],
      });
    // GitHub's duplicate check is per head repository and branch: a fork's branch of the same name is another head.
    const existing = [...repo.pulls.values()].find(
      (pull) =>
        pull.state === 'open' &&
        pull.head === head &&
        pull.base === options.base &&
        headRepositoryOf(pull) === undefined,
    );
    if (existing)
      throw validationFailed('PullRequest', `A pull request already exists for ${repo.owner}:${head}.`);
    if (await repo.git.isAncestor(headSha, baseSha)) {
      throw validationFailed('PullRequest', `No commits between ${options.base} and ${head}`);
    }
    const id = state.nextId();
    const issueId = state.nextId();
    const now = state.now();
    const pull: PullRecord = {
      number: repo.nextNumber++,
      id,
      nodeId: makeNodeId('PR', id),
      issueId,
      issueNodeId: makeNodeId('I', issueId),
      title: options.title,
      body: options.body,
      state: 'open',
      user: options.user,
      head,
      base: options.base,
      headSha,
      baseSha,
      draft: options.draft ?? false,
      merged: false,
      mergedAt: null,
      mergedBy: null,
      mergeCommitSha: null,
      closedAt: null,
      createdAt: now,
      createdAtMs: state.nowMs(),
      updatedAt: now,
      labels: [],
      assignees: [],
      autoMerge: null,
      maintainerCanModify: false,
    };
    repo.pulls.set(pull.number, pull);
    await emitPullEvent(repo, pull, 'opened', options.user);
    return pull;
  };

  const commitMessage = (title: string, body: string) => (body ? `${title}\n\n${body}\n` : `${title}\n`);

  const rebaseCommits = async (repo: RepoRecord, pull: PullRecord): Promise<string> => {
    // Cherry-picks each commit with `merge-tree`: a synthetic common ancestor holding the commit's parent
    // tree makes the 3-way merge of (new base, commit) a cherry-pick, with plumbing only.
    const shas = await repo.git.revList([pull.headSha, `^${pull.baseSha}`]);
    let tip = pull.baseSha;
    const committer = { ...GITHUB_COMMITTER, date: state.now() };
    for (const sha of shas) {
      const commit = await repo.git.readCommit(sha);
      if (commit.parents.length > 1) continue;
      const parentTree = commit.parents[0] ? (await repo.git.readCommit(commit.parents[0])).tree : EMPTY_TREE;
      const synthetic = (tree: string, parents: string[]) =>
        repo.git.writeCommit({ tree, parents, author: commit.author, committer, message: 'synthetic\n' });
      const ancestor = await synthetic(parentTree, []);
      const ours = await synthetic((await repo.git.readCommit(tip)).tree, [ancestor]);
      const theirs = await synthetic(commit.tree, [ancestor]);
      const merged = await repo.git.mergeTrees(ours, theirs);
      if (!merged.clean) throw new HttpError(405, "This branch can't be rebased");
      tip = await repo.git.writeCommit({
        tree: merged.tree,
        parents: [tip],
        author: commit.author,
        committer,
        message: commit.message,
      });
      verifiedSet(repo).add(tip);
    }
    return tip;
  };

  const mergePull: RepoEngine['mergePull'] = async (repo, pull, request) => {
    if (pull.state !== 'open') throw new HttpError(405, 'Pull Request is not mergeable');
    const disallowed = disallowedMergeMessage(repo.settings, request.method);
    if (disallowed) throw new HttpError(405, disallowed);
    await refreshPull(repo, pull);
    if (request.sha !== undefined && request.sha !== pull.headSha) {
      throw new HttpError(409, 'Head branch was modified. Review and try the merge again.');
    }
    const blocker = protectionBlocker(requirementInput(repo, pull));
    if (blocker) throw new HttpError(405, blocker);
    const merged = await repo.git.mergeTrees(pull.baseSha, pull.headSha);
    if (!merged.clean) throw new HttpError(405, 'Pull Request is not mergeable');
    const author = person(request.user);
    const committer = { ...GITHUB_COMMITTER, date: state.now() };
    let sha: string;
    if (request.method === 'rebase') {
      sha = await rebaseCommits(repo, pull);
    } else if (request.method === 'squash') {
      const commits = await repo.git.revList([pull.headSha, `^${pull.baseSha}`]);
      const subjects = await Promise.all(
        commits.map(async (c) => `* ${(await repo.git.readCommit(c)).message.split('\n')[0]}`),
      );
      const title = request.commitTitle ?? `${pull.title} (#${pull.number})`;
      const message = commitMessage(title, request.commitMessage ?? subjects.join('\n\n'));
      sha = await repo.git.writeCommit({
        tree: merged.tree,
        parents: [pull.baseSha],
        author: person(pull.user),
        committer,
        message,
      });
    } else {
      const title =
        request.commitTitle ?? `Merge pull request #${pull.number} from ${repo.owner}/${pull.head}`;
      const message = commitMessage(title, request.commitMessage ?? pull.title);
      sha = await repo.git.writeCommit({
        tree: merged.tree,
        parents: [pull.baseSha, pull.headSha],
        author,
        committer,
        message,
      });
    }
    verifiedSet(repo).add(sha);
    if (!(await moveBranch(repo, pull.base, sha, { expected: pull.baseSha, pusher: request.user }))) {
      throw new HttpError(405, 'Base branch was modified. Review and try the merge again.');
    }
    const now = state.now();
    Object.assign(pull, {
      state: 'closed',
      merged: true,
      mergedAt: now,
      closedAt: now,
      updatedAt: now,
      mergedBy: request.user,
      mergeCommitSha: sha,
      autoMerge: null,
    } satisfies Partial<PullRecord>);
    await emitPullEvent(repo, pull, 'closed', request.user);
    if (repo.settings.deleteBranchOnMerge) await deleteMergedHead(repo, pull, request.user);
    return sha;
  };

  // "Automatically delete head branches": kept while another open pull request still uses the branch.
  const deleteMergedHead = async (repo: RepoRecord, pull: PullRecord, user: string) => {
    const inUse = [...repo.pulls.values()].some(
      (other) => other.state === 'open' && (other.head === pull.head || other.base === pull.head),
    );
    if (!inUse && pull.head !== repo.defaultBranch) await deleteBranch(repo, pull.head, user);
  };

  const evaluateAutoMerge: RepoEngine['evaluateAutoMerge'] = async (repo) => {
    for (const pull of [...repo.pulls.values()]) {
      if (pull.state !== 'open' || !pull.autoMerge) continue;
      await refreshPull(repo, pull);
      if (protectionBlocker(requirementInput(repo, pull))) continue;
      if (!(await isMergeable(repo, pull.baseSha, pull.headSha))) continue;
      const { enabledBy, mergeMethod, commitTitle, commitMessage: body } = pull.autoMerge;
      await mergePull(repo, pull, {
        method: mergeMethod,
        user: enabledBy,
        ...(commitTitle ? { commitTitle } : {}),
        ...(body ? { commitMessage: body } : {}),
      });
    }
  };

  const ensureLabel: RepoEngine['ensureLabel'] = (repo, name) => {
    const key = name.toLowerCase();
    let label = repo.labels.get(key);
    if (!label) {
      const id = state.nextId();
      label = { id, nodeId: makeNodeId('LA', id), name, color: 'ededed', description: null };
      repo.labels.set(key, label);
    }
    return label;
  };

  const addLabels: RepoEngine['addLabels'] = async (repo, pull, names, sender) => {
    const added: string[] = [];
    for (const name of names) {
      if (pull.labels.some((existing) => existing.toLowerCase() === name.toLowerCase())) continue;
      const label = ensureLabel(repo, name);
      pull.labels.push(label.name);
      added.push(label.name);
    }
    if (added.length > 0) pull.updatedAt = state.now();
    for (const name of added) {
      const label = labelJson(state, repo, repo.labels.get(name.toLowerCase())!);
      await emitPullEvent(repo, pull, 'labeled', sender, { label });
    }
    return added;
  };

  const addComment: RepoEngine['addComment'] = async (repo, pull, body, user) => {
    const id = state.nextId();
    const now = state.now();
    const comment: CommentRecord = {
      id,
      nodeId: makeNodeId('IC', id),
      issueNumber: pull.number,
      body,
      user,
      createdAt: now,
      updatedAt: now,
      minimizedReason: null,
    };
    repo.comments.set(id, comment);
    await refreshPull(repo, pull);
    emit({
      name: 'issue_comment',
      payload: issueCommentPayload(state, repo, {
        action: 'created',
        issue: issueJson(state, repo, pull),
        comment: commentJson(state, repo, comment),
        sender: user,
      }),
    });
    return comment;
  };

  return {
    serialize,
    findRepo,
    createRepo,
    emit,
    person,
    verification: (repo, sha) =>
      verifiedSet(repo).has(sha)
        ? { verified: true, reason: 'valid' }
        : { verified: false, reason: 'unsigned' },
    markVerified: (repo, sha) => verifiedSet(repo).add(sha),
    moveBranch,
    deleteBranch,
    commitFiles,
    resolveCommit,
    findPull,
    refreshPull,
    pullFigures,
    pullJson: renderPull,
    pullFiles,
    createPull,
    emitPullEvent,
    mergePull,
    ensureLabel,
    addLabels,
    addComment,
    addStatus: async (repo, sha, status) => {
      const id = state.nextId();
      const record: StatusRecord = { ...status, id, nodeId: makeNodeId('SC', id), createdAt: state.now() };
      repo.statuses.set(sha, [...(repo.statuses.get(sha) ?? []), record]);
      await evaluateAutoMerge(repo);
      return record;
    },
    latestStatuses,
    combinedState: (repo, sha) => {
      const latest = latestStatuses(repo, sha);
      if (latest.some((status) => status.state === 'failure' || status.state === 'error')) return 'failure';
      if (latest.length === 0 || latest.some((status) => status.state === 'pending')) return 'pending';
      return 'success';
    },
    requiredChecksPassing,
    enableAutoMerge: async (repo, pull, autoMerge) => {
      // GraphQL error messages as GitHub words them (see README.md, "Repository settings").
      if (!repo.settings.allowAutoMerge) {
        throw new HttpError(422, 'Pull request Auto merge is not allowed for this repository');
      }
      const disallowed = disallowedMergeMessage(repo.settings, autoMerge.mergeMethod);
      if (disallowed) throw new HttpError(422, disallowed);
      if (!protectionOf(repo, pull.base) && rulesetsOn(repo, pull.base).length === 0) {
        throw new HttpError(422, 'Pull request Protected branch rules not configured for this branch');
      }
      await refreshPull(repo, pull);
      const figures = await pullFigures(repo, pull);
      if (figures.mergeableState === 'clean' || figures.mergeableState === 'unstable') {
        throw new HttpError(422, `Pull request Pull request is in ${figures.mergeableState} status`);
      }
      pull.autoMerge = autoMerge;
      pull.updatedAt = state.now();
      await emitPullEvent(repo, pull, 'auto_merge_enabled', autoMerge.enabledBy);
    },
    evaluateAutoMerge,
    isAssignable: (repo, login) => {
      const identity = state.identities.byLogin(login);
      // Only users with push access can be assigned; bots and organisations never (assignees docs).
      void repo;
      return (
        identity?.type === 'User' && (identity.permission === 'write' || identity.permission === 'admin')
      );
    },
  };
}
