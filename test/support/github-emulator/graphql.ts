// GraphQL at /api/graphql: every document is parsed and validated against GitHub's public schema
// (@octokit/graphql-schema), then executed by graphql-js with resolvers for the parts we emulate:
// viewer, repository { pullRequest { comments … } pullRequests ref defaultBranchRef object(expression|oid) },
// Commit { tree file(path) parents history(path) associatedPullRequests message committedDate }, Blob { text isBinary isTruncated }, node(id), minimizeComment,
// unminimizeComment, enablePullRequestAutoMerge, disablePullRequestAutoMerge, pinIssue, unpinIssue (Issue { isPinned }), Repository.pinnedIssues; deployments, environments,
// reviews and status rollups come from graphql-delivery.ts.
import { schema as githubSchema } from '@octokit/graphql-schema';
import {
  buildSchema,
  execute,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { headRepositoryOf } from './fork-pulls.js';
import { MAX_PINNED_ISSUES, plainIssuesOf, type PlainIssueRecord } from './plain-issues.js';
import { actorObject, connection, failure } from './graphql-connection.js';
import { createDeliveryObjects } from './graphql-delivery.js';
import { ZERO_SHA } from './git-store.js';
import { HttpError } from './http-error.js';
import type { Identity } from './identities.js';
import { graphqlMutationScopes, scopesAllow, type WorkflowScope } from './workflow-token.js';
import type { RepoEngine } from './repo-engine.js';
import { repoHtmlUrl } from './representations.js';
import type { GraphqlHandler } from './router.js';
import type { CommentRecord, EmulatorState, PullRecord, RepoRecord } from './state.js';

type Json = Record<string, unknown>;
// Resolver arguments arrive untyped from graphql-js; the schema has already validated them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Args = Record<string, any>;

let builtSchema: GraphQLSchema | undefined;

/** GitHub's GraphQL schema, built once per process. */
export function getGithubSchema(): GraphQLSchema {
  builtSchema ??= buildSchema(githubSchema.idl, { assumeValidSDL: true });
  return builtSchema;
}

/**
 * Like graphql-js's default resolver, but a field the emulator's objects do not define is an error (and
 * so a recorded violation) instead of a silent `null`: an unemulated mutation must not look like success.
 */
const strictFieldResolver: GraphQLFieldResolver<unknown, unknown, Args> = (source, args, context, info) => {
  if (source === null || typeof source !== 'object' || !(info.fieldName in source)) {
    throw new Error(`The GitHub emulator does not implement ${info.parentType.name}.${info.fieldName}`);
  }
  const value = (source as Record<string, unknown>)[info.fieldName];
  return typeof value === 'function'
    ? (value as (a: Args, c: unknown, i: unknown) => unknown)(args, context, info)
    : value;
};

/** Creates the GraphQL handler of one emulator. */
export function createGraphqlHandler(state: EmulatorState, engine: RepoEngine): GraphqlHandler {
  // `commitObject` is defined below; the delivery objects call it only while resolving.
  const delivery = createDeliveryObjects(state, engine, (repo, oid) => commitObject(repo, oid));
  const findComment = (nodeId: string): { repo: RepoRecord; comment: CommentRecord } | undefined => {
    for (const repo of state.repos.values()) {
      for (const comment of repo.comments.values()) if (comment.nodeId === nodeId) return { repo, comment };
    }
    return undefined;
  };
  const findPull = (nodeId: string): { repo: RepoRecord; pull: PullRecord } | undefined => {
    for (const repo of state.repos.values()) {
      for (const pull of repo.pulls.values()) if (pull.nodeId === nodeId) return { repo, pull };
    }
    return undefined;
  };

  let pinSequence = 0;
  const findIssue = (nodeId: string): { repo: RepoRecord; issue: PlainIssueRecord } | undefined => {
    for (const repo of state.repos.values()) {
      for (const issue of plainIssuesOf(repo).values()) if (issue.nodeId === nodeId) return { repo, issue };
    }
    return undefined;
  };

  /** A plain issue: the fields the product reads (pinning). */
  const issueObject = (repo: RepoRecord, issue: PlainIssueRecord): Json => ({
    __typename: 'Issue',
    id: issue.nodeId,
    databaseId: issue.id,
    number: issue.number,
    title: issue.title,
    url: `${repoHtmlUrl(state, repo)}/issues/${issue.number}`,
    isPinned: issue.pinned === true,
  });

  /**
   * pinIssue: write access (issues: write for a job token); at most three pinned issues per repository. Pinning a
   * pinned issue changes nothing. The refusal's wording is the emulator's: GitHub's exact text is not documented.
   */
  const pinIssue = (viewer: Identity, input: Args): Json => {
    const found = findIssue(input.issueId as string);
    if (!found)
      throw failure(
        'NOT_FOUND',
        `Could not resolve to a node with the global id of '${String(input.issueId)}'`,
      );
    requireWrite(viewer, 'pinIssue');
    if (found.issue.pinned !== true) {
      const pinned = [...plainIssuesOf(found.repo).values()].filter((issue) => issue.pinned === true).length;
      if (pinned >= MAX_PINNED_ISSUES)
        throw failure('UNPROCESSABLE', `You can only pin ${MAX_PINNED_ISSUES} issues to a repository`);
      found.issue.pinned = true;
      found.issue.pinOrder = ++pinSequence;
    }
    return { clientMutationId: input.clientMutationId ?? null, issue: issueObject(found.repo, found.issue) };
  };

  /** unpinIssue: write access (issues: write for a job token); unpinning an unpinned issue changes nothing. */
  const unpinIssue = (viewer: Identity, input: Args): Json => {
    const found = findIssue(input.issueId as string);
    if (!found)
      throw failure(
        'NOT_FOUND',
        `Could not resolve to a node with the global id of '${String(input.issueId)}'`,
      );
    requireWrite(viewer, 'unpinIssue');
    found.issue.pinned = false;
    return {
      clientMutationId: input.clientMutationId ?? null,
      id: null,
      issue: issueObject(found.repo, found.issue),
    };
  };

  /** Repository.pinnedIssues: the pinned issues in the order they were pinned (GitHub's position order). */
  const pinnedIssuesConnection = (repo: RepoRecord, args: Args) => {
    const pinned = [...plainIssuesOf(repo).values()]
      .filter((issue) => issue.pinned === true)
      .sort((a, b) => (a.pinOrder ?? 0) - (b.pinOrder ?? 0));
    return connection(pinned, args, 'pinnedIssues', (issue) => ({
      __typename: 'PinnedIssue',
      id: `PIN_${issue.nodeId}`,
      databaseId: issue.id,
      issue: issueObject(repo, issue),
    }));
  };

  const commentObject = (repo: RepoRecord, comment: CommentRecord, viewer: Identity): Json => ({
    __typename: 'IssueComment',
    id: comment.nodeId,
    databaseId: comment.id,
    fullDatabaseId: String(comment.id),
    body: comment.body,
    bodyText: comment.body,
    author: actorObject(state, comment.user),
    isMinimized: comment.minimizedReason !== null,
    minimizedReason: comment.minimizedReason,
    createdAt: comment.createdAt,
    updatedAt: comment.updatedAt,
    url: `${repoHtmlUrl(state, repo)}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    viewerDidAuthor: comment.user === viewer.login,
    viewerCanUpdate: comment.user === viewer.login || viewer.permission !== 'read',
    viewerCanMinimize: viewer.permission !== 'read',
    viewerCanDelete: comment.user === viewer.login || viewer.permission !== 'read',
  });

  const pullObject = (repo: RepoRecord, pull: PullRecord, viewer: Identity): Json => {
    const figures = () => engine.pullFigures(repo, pull);
    return {
      ...delivery.pullFields(repo, pull),
      __typename: 'PullRequest',
      id: pull.nodeId,
      databaseId: pull.id,
      fullDatabaseId: String(pull.id),
      number: pull.number,
      title: pull.title,
      body: pull.body ?? '',
      url: `${repoHtmlUrl(state, repo)}/pull/${pull.number}`,
      state: pull.merged ? 'MERGED' : pull.state === 'open' ? 'OPEN' : 'CLOSED',
      closed: pull.state === 'closed',
      merged: pull.merged,
      mergedAt: pull.mergedAt,
      isDraft: pull.draft,
      createdAt: pull.createdAt,
      updatedAt: pull.updatedAt,
      author: actorObject(state, pull.user),
      headRefName: pull.head,
      baseRefName: pull.base,
      isCrossRepository: headRepositoryOf(pull) !== undefined,
      assignees: (args: Args) =>
        connection(pull.assignees, args, 'assignees', (login) => actorObject(state, login)),
      headRefOid: async () => (await engine.refreshPull(repo, pull), pull.headSha),
      baseRefOid: async () => (await engine.refreshPull(repo, pull), pull.baseSha),
      mergeable: async () => {
        const { mergeable } = await figures();
        return mergeable === null ? 'UNKNOWN' : mergeable ? 'MERGEABLE' : 'CONFLICTING';
      },
      mergeStateStatus: async () => {
        const { mergeableState } = await figures();
        return mergeableState.toUpperCase();
      },
      autoMergeRequest: pull.autoMerge
        ? {
            enabledAt: pull.updatedAt,
            enabledBy: actorObject(state, pull.autoMerge.enabledBy),
            mergeMethod: pull.autoMerge.mergeMethod.toUpperCase(),
            commitHeadline: pull.autoMerge.commitTitle,
            commitBody: pull.autoMerge.commitMessage,
          }
        : null,
      comments: (args: Args) =>
        connection(
          [...repo.comments.values()].filter((comment) => comment.issueNumber === pull.number),
          args,
          'comments',
          (comment) => commentObject(repo, comment, viewer),
        ),
      labels: (args: Args) =>
        connection(pull.labels, args, 'labels', (name) => {
          const label = repo.labels.get(name.toLowerCase())!;
          return {
            __typename: 'Label',
            id: label.nodeId,
            name: label.name,
            color: label.color,
            description: label.description,
          };
        }),
    };
  };

  // Blob.text: GitHub documents `isTruncated` but not the size at which text is cut; 512 KiB is assumed.
  const BLOB_TEXT_LIMIT = 512 * 1024;
  const blobObject = (repo: RepoRecord, sha: string): Json => {
    const bytes = () => repo.git.readBlob(sha);
    return {
      __typename: 'Blob',
      oid: sha,
      id: `B_${sha}`,
      abbreviatedOid: sha.slice(0, 7),
      byteSize: async () => (await bytes()).length,
      isBinary: async () => (await bytes()).includes(0),
      isTruncated: async () => (await bytes()).length > BLOB_TEXT_LIMIT,
      text: async () => {
        const content = await bytes();
        return content.includes(0) ? null : content.subarray(0, BLOB_TEXT_LIMIT).toString('utf8');
      },
    };
  };

  const plainObject = (typename: string, sha: string): Json => ({
    __typename: typename,
    oid: sha,
    id: `${typename}_${sha}`,
    abbreviatedOid: sha.slice(0, 7),
  });

  /** Commit.file(path): the TreeEntry at `path` (mode as GitHub's integer, e.g. 33188 for 100644), or null. */
  const treeEntryObject = async (repo: RepoRecord, commit: string, path: string) => {
    const clean = path.replace(/^\/+|\/+$/g, '');
    const entry = await repo.git.lookupPath((await repo.git.readCommit(commit)).tree, clean);
    if (!entry) return null;
    return {
      __typename: 'TreeEntry',
      name: clean.split('/').at(-1) ?? clean,
      path: clean,
      mode: Number.parseInt(entry.mode, 8),
      type: entry.type,
      oid: entry.sha,
      object:
        entry.type === 'blob'
          ? blobObject(repo, entry.sha)
          : plainObject(entry.type === 'tree' ? 'Tree' : 'Commit', entry.sha),
    };
  };

  const commitObject = (repo: RepoRecord, oid: string): Json => {
    const read = () => repo.git.readCommit(oid);
    return {
      ...plainObject('Commit', oid),
      ...delivery.commitStatusFields(repo, oid),
      id: `C_${oid}`,
      url: `${repoHtmlUrl(state, repo)}/commit/${oid}`,
      message: async () => (await read()).message.replace(/\n+$/, ''),
      messageHeadline: async () => (await read()).message.split('\n', 1)[0] ?? '',
      committedDate: async () => (await read()).committer.date,
      tree: async () => plainObject('Tree', (await read()).tree),
      file: (args: Args) => treeEntryObject(repo, oid, args.path as string),
      parents: async (args: Args) =>
        connection((await read()).parents, args, 'parents', (parent) => commitObject(repo, parent)),
      history: (args: Args) => historyConnection(repo, oid, args),
      associatedPullRequests: (args: Args, context: { viewer: Identity }) =>
        connection(associatedPulls(repo, oid), args, 'associatedPullRequests', (pull) =>
          pullObject(repo, pull, context.viewer),
        ),
    };
  };

  /**
   * Commit.history: commits reachable from `oid`, newest first; with `path`, those that changed something under it
   * (git's default history simplification, as `git log -- <path>`). `since`/`until`/`author` are not emulated.
   */
  const historyConnection = async (repo: RepoRecord, oid: string, args: Args) => {
    for (const unsupported of ['since', 'until', 'author'])
      if (args[unsupported] !== undefined && args[unsupported] !== null)
        throw new Error(`The GitHub emulator does not implement Commit.history(${unsupported})`);
    const path = typeof args.path === 'string' ? args.path.replace(/^\/+|\/+$/g, '') : '';
    const listed = await repo.git.revList(path === '' ? [oid] : [oid, '--', path]);
    return connection([...listed].reverse(), args, 'history', (sha) => commitObject(repo, sha));
  };

  /**
   * Commit.associatedPullRequests: the PRs this commit was merged by (merge, squash or rebase commit) or that
   * have it as their head, newest first. GitHub also finds PRs whose branches merely contain the commit.
   */
  const associatedPulls = (repo: RepoRecord, oid: string): PullRecord[] =>
    [...repo.pulls.values()]
      .filter((pull) => pull.mergeCommitSha === oid || pull.headSha === oid)
      .sort((a, b) => b.number - a.number);

  const gitObject = async (repo: RepoRecord, expression: string) => {
    const [revision, path] = expression.includes(':')
      ? expression.split(/:(.*)/s, 2)
      : [expression, undefined];
    const commit = await engine.resolveCommit(repo, revision ?? '');
    if (!commit) return null;
    if (path === undefined) return commitObject(repo, commit);
    const tree = (await repo.git.readCommit(commit)).tree;
    const entry = path === '' ? { type: 'tree', sha: tree } : await repo.git.lookupPath(tree, path);
    if (!entry) return null;
    if (entry.type === 'blob') return blobObject(repo, entry.sha);
    return plainObject(entry.type === 'tree' ? 'Tree' : 'Commit', entry.sha);
  };

  /** Repository.ref(qualifiedName): `refs/heads/x` exactly, or a short name tried as a branch, then a tag. */
  const refObject = async (repo: RepoRecord, qualifiedName: string) => {
    const candidates = qualifiedName.startsWith('refs/')
      ? [qualifiedName]
      : [`refs/heads/${qualifiedName}`, `refs/tags/${qualifiedName}`];
    for (const ref of candidates) {
      const sha = await repo.git.resolveRef(ref);
      if (!sha) continue;
      const prefix = ref.slice(0, ref.indexOf('/', 5) + 1);
      return {
        __typename: 'Ref',
        id: `REF_${ref}`,
        name: ref.slice(prefix.length),
        prefix,
        target: commitObject(repo, sha),
      };
    }
    return null;
  };

  /** Repository.pullRequests: states, labels, headRefName, baseRefName and orderBy (CREATED_AT, UPDATED_AT) are emulated. */
  const pullRequestsConnection = (repo: RepoRecord, viewer: Identity, args: Args) => {
    // `labels`: pull requests carrying any of the names (case-insensitive); OR semantics assumed, unverified.
    const labels = ((args.labels as string[] | undefined | null) ?? []).map((name) => name.toLowerCase());
    const states = (args.states as string[] | undefined) ?? ['OPEN', 'CLOSED', 'MERGED'];
    const stateOf = (pull: PullRecord) =>
      pull.merged ? 'MERGED' : pull.state === 'open' ? 'OPEN' : 'CLOSED';
    const order = args.orderBy as
      { field: 'CREATED_AT' | 'UPDATED_AT'; direction: 'ASC' | 'DESC' } | undefined;
    const key = (pull: PullRecord) => (order?.field === 'UPDATED_AT' ? pull.updatedAt : pull.createdAtMs);
    const pulls = [...repo.pulls.values()]
      .filter((pull) => states.includes(stateOf(pull)))
      .filter((pull) => !args.headRefName || pull.head === args.headRefName)
      .filter((pull) => !args.baseRefName || pull.base === args.baseRefName)
      .filter(
        (pull) => labels.length === 0 || pull.labels.some((name) => labels.includes(name.toLowerCase())),
      )
      .sort((a, b) => {
        const diff = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number;
        return order?.direction === 'DESC' ? -diff : diff;
      });
    return connection(pulls, args, 'pullRequests', (pull) => pullObject(repo, pull, viewer));
  };

  const repositoryObject = (repo: RepoRecord, viewer: Identity): Json => ({
    __typename: 'Repository',
    id: repo.nodeId,
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: `${repo.owner}/${repo.name}`,
    url: repoHtmlUrl(state, repo),
    isPrivate: repo.private,
    autoMergeAllowed: repo.settings.allowAutoMerge,
    mergeCommitAllowed: repo.settings.allowMergeCommit,
    squashMergeAllowed: repo.settings.allowSquashMerge,
    rebaseMergeAllowed: repo.settings.allowRebaseMerge,
    deleteBranchOnMerge: repo.settings.deleteBranchOnMerge,
    owner: actorObject(state, repo.owner),
    defaultBranchRef: () => refObject(repo, `refs/heads/${repo.defaultBranch}`),
    ref: (args: Args) => refObject(repo, args.qualifiedName as string),
    pullRequests: (args: Args) => pullRequestsConnection(repo, viewer, args),
    pinnedIssues: (args: Args) => pinnedIssuesConnection(repo, args),
    pullRequest: (args: Args) => {
      const pull = repo.pulls.get(args.number as number);
      if (!pull)
        throw failure('NOT_FOUND', `Could not resolve to a PullRequest with the number of ${args.number}.`);
      return pullObject(repo, pull, viewer);
    },
    object: (args: Args) => gitObject(repo, (args.expression ?? args.oid) as string),
    deployments: (args: Args) => {
      requireRead(viewer, repo, 'deployments');
      return delivery.deploymentsConnection(repo, args);
    },
    environments: (args: Args) => delivery.environmentsConnection(repo, args),
    environment: (args: Args) => {
      const environment = repo.environments.get((args.name as string).toLowerCase());
      return environment ? delivery.environmentObject(repo, environment) : null;
    },
  });

  const findRepoByNodeId = (nodeId: string): RepoRecord => {
    const repo = [...state.repos.values()].find((candidate) => candidate.nodeId === nodeId);
    if (!repo) throw failure('NOT_FOUND', `Could not resolve to a node with the global id of '${nodeId}'`);
    return repo;
  };

  // Atomic: every update is checked before any is applied. Zero `afterOid` deletes the ref.
  const updateRefs = async (viewer: Identity, input: Args) => {
    requireWrite(viewer, 'updateRefs');
    const repo = findRepoByNodeId(input.repositoryId as string);
    const updates = input.refUpdates as {
      name: string;
      afterOid: string;
      beforeOid?: string;
      force?: boolean;
    }[];
    for (const update of updates) {
      const current = await repo.git.resolveRef(update.name);
      if (
        update.beforeOid !== undefined &&
        update.beforeOid !== null &&
        (current ?? ZERO_SHA) !== update.beforeOid
      ) {
        throw failure(
          'UNPROCESSABLE',
          `A ref update failed: ${update.name} is at ${current ?? ZERO_SHA}, expected beforeOid ${update.beforeOid}`,
        );
      }
      if (update.afterOid !== ZERO_SHA && (await repo.git.objectType(update.afterOid)) !== 'commit') {
        throw failure('UNPROCESSABLE', `A ref update failed: object ${update.afterOid} does not exist`);
      }
      if (
        current &&
        update.afterOid !== ZERO_SHA &&
        !update.force &&
        !(await repo.git.isAncestor(current, update.afterOid))
      ) {
        throw failure('UNPROCESSABLE', `A ref update failed: ${update.name} update is not a fast forward`);
      }
    }
    for (const update of updates) {
      const branch = update.name.startsWith('refs/heads/')
        ? update.name.slice('refs/heads/'.length)
        : undefined;
      if (update.afterOid === ZERO_SHA) {
        if (branch) await engine.deleteBranch(repo, branch, viewer.login);
        else await repo.git.deleteRef(update.name);
      } else if (branch) {
        await engine.moveBranch(repo, branch, update.afterOid, { pusher: viewer.login });
      } else {
        await repo.git.updateRef(update.name, update.afterOid);
      }
    }
    return { clientMutationId: input.clientMutationId ?? null };
  };

  const createCommitOnBranch = async (viewer: Identity, input: Args) => {
    requireWrite(viewer, 'createCommitOnBranch');
    const branchInput = input.branch as {
      repositoryNameWithOwner?: string;
      branchName?: string;
      id?: string;
    };
    const repo = state.repos.get((branchInput.repositoryNameWithOwner ?? '').toLowerCase());
    const branch = (branchInput.branchName ?? '').replace(/^refs\/heads\//, '');
    if (!repo || !branch)
      throw failure(
        'NOT_FOUND',
        'Could not resolve to a Ref (branch by repositoryNameWithOwner and branchName is supported)',
      );
    const head = await repo.git.resolveRef(`refs/heads/${branch}`);
    if (!head) throw failure('NOT_FOUND', `A ref named "refs/heads/${branch}" does not exist.`);
    if (head !== input.expectedHeadOid) {
      throw failure(
        'STALE_DATA',
        `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`,
      );
    }
    const changes = (input.fileChanges ?? {}) as {
      additions?: { path: string; contents: string }[];
      deletions?: { path: string }[];
    };
    const files = new Map<string, Buffer | null>();
    const tree = (await repo.git.readCommit(head)).tree;
    for (const deletion of changes.deletions ?? []) {
      if (!(await repo.git.lookupPath(tree, deletion.path))) {
        throw failure(
          'UNPROCESSABLE',
          `A path was requested for deletion which does not exist as of commit oid \`${head}\``,
        );
      }
      files.set(deletion.path, null);
    }
    for (const addition of changes.additions ?? [])
      files.set(addition.path, Buffer.from(addition.contents, 'base64'));
    const message = input.message as { headline: string; body?: string };
    const author = engine.person(viewer.login);
    const signed = viewer.type === 'Bot';
    const sha = await repo.git.writeCommit({
      tree: await repo.git.buildTree(tree, files),
      parents: [head],
      author,
      committer: signed ? { name: 'GitHub', email: 'noreply@github.com', date: author.date } : author,
      message: message.body ? `${message.headline}\n\n${message.body}\n` : `${message.headline}\n`,
    });
    engine.markVerified(repo, sha);
    if (!(await engine.moveBranch(repo, branch, sha, { expected: head, pusher: viewer.login }))) {
      throw failure(
        'STALE_DATA',
        `Expected branch to point to "${head}" but it did not. Pull and try again.`,
      );
    }
    return {
      clientMutationId: input.clientMutationId ?? null,
      commit: {
        __typename: 'Commit',
        oid: sha,
        id: `C_${sha}`,
        abbreviatedOid: sha.slice(0, 7),
        url: `${repoHtmlUrl(state, repo)}/commit/${sha}`,
        message: message.headline,
      },
      ref: { __typename: 'Ref', name: branch, prefix: 'refs/heads/', id: `REF_${branch}` },
    };
  };

  const requireWrite = (viewer: Identity, mutation: string) => {
    if (viewer.permission === 'read' || viewer.permission === 'none') {
      throw failure('FORBIDDEN', `Resource not accessible by integration (${mutation})`);
    }
    // A job's GITHUB_TOKEN: the mutation's scope must be write (see workflow-token.ts).
    const needed = graphqlMutationScopes[mutation];
    if (viewer.scopes !== undefined && needed !== undefined && !scopesAllow(viewer.scopes, needed, 'write')) {
      throw failure('FORBIDDEN', 'Resource not accessible by integration');
    }
  };

  // A job's GITHUB_TOKEN reads a private repository's objects within its scopes; the field fails alone (partial
  // data), as GitHub answers a `deployments` field the token may not read (https://github.com/shurcooL/githubv4/issues/123).
  const requireRead = (viewer: Identity, repo: RepoRecord, scope: WorkflowScope) => {
    if (viewer.scopes === undefined || !repo.private || scopesAllow(viewer.scopes, [scope], 'read')) return;
    throw failure('FORBIDDEN', 'Resource not accessible by integration');
  };

  const rootFor = (viewer: Identity): Json => ({
    viewer: {
      ...actorObject(state, viewer.login),
      __typename: 'User',
      login: viewer.login,
      id: `U_${viewer.id}`,
      databaseId: viewer.id,
    },
    repository: (args: Args) => {
      const repo = state.repos.get(`${args.owner}/${args.name}`.toLowerCase());
      if (!repo) {
        throw failure(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`,
        );
      }
      return repositoryObject(repo, viewer);
    },
    node: (args: Args) => {
      const id = args.id as string;
      const pull = findPull(id);
      if (pull) return pullObject(pull.repo, pull.pull, viewer);
      const comment = findComment(id);
      if (comment) return commentObject(comment.repo, comment.comment, viewer);
      const issue = findIssue(id);
      if (issue) return issueObject(issue.repo, issue.issue);
      throw failure('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
    },
    minimizeComment: (args: Args) => {
      const { subjectId, classifier, clientMutationId } = args.input as Args;
      const found = findComment(subjectId as string);
      if (!found)
        throw failure('NOT_FOUND', `Could not resolve to a node with the global id of '${subjectId}'`);
      if (found.comment.user !== viewer.login) requireWrite(viewer, 'minimizeComment');
      found.comment.minimizedReason = (classifier as string).toLowerCase();
      return {
        clientMutationId: clientMutationId ?? null,
        minimizedComment: commentObject(found.repo, found.comment, viewer),
      };
    },
    unminimizeComment: (args: Args) => {
      const { subjectId, clientMutationId } = args.input as Args;
      const found = findComment(subjectId as string);
      if (!found)
        throw failure('NOT_FOUND', `Could not resolve to a node with the global id of '${subjectId}'`);
      requireWrite(viewer, 'unminimizeComment');
      found.comment.minimizedReason = null;
      return {
        clientMutationId: clientMutationId ?? null,
        unminimizedComment: commentObject(found.repo, found.comment, viewer),
      };
    },
    enablePullRequestAutoMerge: async (args: Args) => {
      const input = args.input as Args;
      const found = findPull(input.pullRequestId as string);
      if (!found)
        throw failure(
          'NOT_FOUND',
          `Could not resolve to a node with the global id of '${input.pullRequestId}'`,
        );
      requireWrite(viewer, 'enablePullRequestAutoMerge');
      if (found.pull.state !== 'open') throw failure('UNPROCESSABLE', 'Pull request is closed');
      try {
        await engine.enableAutoMerge(found.repo, found.pull, {
          enabledBy: viewer.login,
          mergeMethod: ((input.mergeMethod as string | undefined) ?? 'MERGE').toLowerCase() as
            'merge' | 'squash' | 'rebase',
          commitTitle: (input.commitHeadline as string | undefined) ?? '',
          commitMessage: (input.commitBody as string | undefined) ?? '',
        });
      } catch (error) {
        if (error instanceof HttpError) throw failure('UNPROCESSABLE', error.message);
        throw error;
      }
      return {
        clientMutationId: input.clientMutationId ?? null,
        pullRequest: pullObject(found.repo, found.pull, viewer),
        actor: actorObject(state, viewer.login),
      };
    },
    pinIssue: (args: Args) => pinIssue(viewer, args.input as Args),
    unpinIssue: (args: Args) => unpinIssue(viewer, args.input as Args),
    updateRefs: (args: Args) => updateRefs(viewer, args.input as Args),
    createCommitOnBranch: (args: Args) => createCommitOnBranch(viewer, args.input as Args),
    disablePullRequestAutoMerge: (args: Args) => {
      const input = args.input as Args;
      const found = findPull(input.pullRequestId as string);
      if (!found)
        throw failure(
          'NOT_FOUND',
          `Could not resolve to a node with the global id of '${input.pullRequestId}'`,
        );
      requireWrite(viewer, 'disablePullRequestAutoMerge');
      found.pull.autoMerge = null;
      return {
        clientMutationId: input.clientMutationId ?? null,
        pullRequest: pullObject(found.repo, found.pull, viewer),
        actor: actorObject(state, viewer.login),
      };
    },
  });

  const describe = (document: DocumentNode, operationName: string | undefined): string => {
    const operation = document.definitions.find(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION &&
        (!operationName || definition.name?.value === operationName),
    );
    if (!operation) return 'graphql';
    const fields = operation.selectionSet.selections
      .map((selection) => (selection.kind === Kind.FIELD ? selection.name.value : '…'))
      .join(',');
    return `${operation.operation} ${fields}`;
  };

  return async ({ identity, body }) => {
    const request = body as { query?: string; variables?: Record<string, unknown>; operationName?: string };
    const schema = getGithubSchema();
    let document: DocumentNode;
    try {
      document = parse(request.query ?? '');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        status: 200,
        body: { errors: [{ message }] },
        operation: 'graphql',
        violations: [`parse error: ${message}`],
      };
    }
    const operation = describe(document, request.operationName);
    const validationErrors = validate(schema, document);
    if (validationErrors.length > 0) {
      return {
        status: 200,
        body: { errors: validationErrors.map((error) => error.toJSON()) },
        operation,
        violations: validationErrors.map((error) => `invalid GraphQL document: ${error.message}`),
      };
    }
    const result = await execute({
      schema,
      document,
      fieldResolver: strictFieldResolver,
      rootValue: rootFor(identity),
      contextValue: { viewer: identity },
      variableValues: request.variables ?? {},
      ...(request.operationName ? { operationName: request.operationName } : {}),
    });
    const violations: string[] = [];
    const errors = (result.errors ?? []).map((error) => {
      const githubType = error.extensions.githubType as string | undefined;
      if (!githubType)
        violations.push(`GraphQL execution error (unimplemented field or bad variables?): ${error.message}`);
      const { extensions: _extensions, ...json } = error.toJSON();
      return githubType ? { type: githubType, ...json } : json;
    });
    return {
      status: 200,
      body: { data: result.data ?? null, ...(errors.length > 0 ? { errors } : {}) },
      operation,
      violations,
    };
  };
}
