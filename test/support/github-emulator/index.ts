// A loopback GitHub (REST under /api/v3, GraphQL at /api/graphql) over real bare git repositories,
// validated against GitHub's own API description. See test/support/github-emulator/README.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { schedulePayload, toActionsEvent } from './events.js';
import { createTestClock, type TestClock } from '../test-clock.js';
import { deploymentState, latestDeploymentStatus } from './deployments.js';
import { createFaults, type Faults } from './faults.js';
import { openForkPull, type ForkPullOptions } from './fork-pulls.js';
import type { TreeEntry } from './git-store.js';
import { isGitHttpPath, serveGitHttp, type GitHttpRequest } from './git-http.js';
import { createGraphqlHandler } from './graphql.js';
import { createIdentities, type IdentityKey } from './identities.js';
import { createRateLimiter } from './rate-limit.js';
import { createRepoEngine, type CreateRepoOptions } from './repo-engine.js';
import { createRequestLog, type LoggedRequest } from './request-log.js';
import { createRouter } from './router.js';
import { actionsRoutes } from './routes/actions.js';
import { deploymentsRoutes } from './routes/deployments.js';
import { gitDataRoutes } from './routes/git-data.js';
import { emitCommentEdited, issuesRoutes } from './routes/issues.js';
import { emitIssueEdited, findPlainIssue, plainIssuesRoutes } from './plain-issues.js';
import { pullsRoutes } from './routes/pulls.js';
import {
  presets,
  resolvePreset,
  type BranchProtection,
  type EmulatorPreset,
  type RepoSettings,
} from './repo-settings.js';
import { reposRoutes } from './routes/repos.js';
import { settingsRoutes } from './routes/settings.js';
import { statusesRoutes } from './routes/statuses.js';
import { getSchemaValidator, type SchemaViolation } from './schema-validator.js';
import { declaredPermissions, tokenScopes, type TokenScopes } from './workflow-token.js';
import {
  repoKey,
  type DeploymentRecord,
  type DeploymentStatusState,
  type EmulatorEvent,
  type EmulatorState,
  type PullRecord,
} from './state.js';

export type { EmulatorEvent, DeploymentStatusState } from './state.js';
export type { TestClock } from '../test-clock.js';
export type { Fault, HttpFault, MoveBranchFault, CorruptResponseFault } from './faults.js';
export type { SchemaViolation } from './schema-validator.js';
export type { LoggedRequest } from './request-log.js';
export type { GitHttpRequest } from './git-http.js';
export { gitAuthHeader } from './git-http.js';
export { toActionsEvent } from './events.js';
export type { BranchProtection, EmulatorPreset, RepoSettings } from './repo-settings.js';
export { PRESET_ENV, presets } from './repo-settings.js';
export type { TokenScopes, WorkflowScope } from './workflow-token.js';

/** Options of `startGitHubEmulator`. */
export interface GitHubEmulatorOptions {
  /** How `POST /git/trees` treats a `040000` entry over an existing folder; default `replace`. */
  readonly treeEntrySemantics?: 'replace' | 'merge';
  /** Primary rate limit per token and hour (REST and GraphQL each); default 1000 like `GITHUB_TOKEN`. */
  readonly rateLimit?: number;
  /** Entries after which a recursive tree read is `truncated`; default 100,000 like GitHub. */
  readonly truncateTreeAt?: number;
  /** Validate every request and response against GitHub's OpenAPI description; default true. */
  readonly validate?: boolean;
  /** How many `GET /pulls/{n}` after the head or base moved answer `mergeable: null`; default 0. */
  readonly mergeabilityDelay?: number;
  /**
   * Settings of every repository created: `new-repository` (GitHub's defaults, Actions may not open
   * PRs) or `permissive`; default `$TELEFONISTKA_EMULATOR_PRESET`, else `permissive`.
   */
  readonly preset?: EmulatorPreset;
  /**
   * The clock of every timestamp the emulator writes (commits, pull requests, reviews, statuses,
   * deployments, environments); default one that follows real time. See test/support/test-clock.ts.
   */
  readonly clock?: TestClock;
}

/** A deployment as the test helpers return it (statuses oldest first). */
export interface EmulatedDeployment {
  readonly id: number;
  readonly sha: string;
  readonly ref: string;
  readonly task: string;
  readonly environment: string;
  readonly payload: Record<string, unknown> | string;
  readonly description: string | null;
  readonly creator: string;
  readonly createdAt: string;
  readonly transientEnvironment: boolean;
  readonly productionEnvironment: boolean;
  /** GraphQL's `DeploymentState` (`ACTIVE` for a latest `success`, `INACTIVE`, `IN_PROGRESS`, …). */
  readonly state: string;
  /** The latest status's state, or undefined before the first status. */
  readonly latestStatus: DeploymentStatusState | undefined;
  readonly statuses: readonly {
    readonly state: DeploymentStatusState;
    readonly description: string;
    readonly environment: string;
    readonly logUrl: string;
    readonly creator: string;
    readonly createdAt: string;
  }[];
}

/** A pull request as the test helpers return it. */
export interface EmulatedPullRequest {
  readonly number: number;
  readonly nodeId: string;
  readonly title: string;
  readonly body: string | null;
  readonly state: 'open' | 'closed';
  readonly merged: boolean;
  readonly head: string;
  readonly base: string;
  readonly headSha: string;
  readonly baseSha: string;
  readonly mergeCommitSha: string | null;
  readonly user: string;
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
  readonly autoMerge: boolean;
}

/** A comment as the test helpers return it. */
export interface EmulatedComment {
  readonly id: number;
  readonly nodeId: string;
  readonly issueNumber: number;
  readonly body: string;
  readonly user: string;
  readonly minimized: boolean;
}

/** A running emulator. */
export interface GitHubEmulator {
  readonly serverUrl: string;
  readonly apiUrl: string;
  readonly graphqlUrl: string;
  readonly tokens: Readonly<Record<IdentityKey, string>>;
  /** The emulator's clock: `clock.advance(ms)` moves every timestamp it writes from now on. */
  readonly clock: TestClock;
  readonly faults: Faults;
  /** Every request served, oldest first. */
  readonly requests: readonly LoggedRequest[];
  readonly callCounts: () => Record<string, number>;
  readonly resetLog: () => void;
  /** Events produced so far (webhook shapes; see `takeEvents({ forActions })`). */
  readonly events: readonly EmulatorEvent[];
  /** Returns and clears the events; `forActions` strips what Actions payloads lack. */
  readonly takeEvents: (options?: { forActions?: boolean }) => EmulatorEvent[];
  /** Schema violations (request, response, GraphQL document) and emulator errors seen so far. */
  readonly schemaViolations: readonly SchemaViolation[];
  readonly assertNoSchemaViolations: () => void;
  /** Returns and clears the recorded violations (for tests that provoke one on purpose). */
  readonly takeSchemaViolations: () => SchemaViolation[];
  readonly createRepo: (options: CreateRepoOptions) => Promise<void>;
  readonly gitDir: (owner: string, name: string) => string;
  /** The smart HTTP URL of a repository (`clone_url`): clone it with `gitAuthHeader(token)`. */
  readonly gitUrl: (owner: string, name: string) => string;
  /** Git smart HTTP requests served (not counted in `requests` nor against rate limits). */
  readonly gitRequests: readonly GitHttpRequest[];
  readonly setRequiredStatusChecks: (owner: string, repo: string, contexts: readonly string[]) => void;
  /**
   * A fresh GITHUB_TOKEN of one job of `workflow` (a path in the repository, read at `ref`, default the default
   * branch) in `owner/repo`: its scopes come from the job's `permissions:`, else the workflow's, else the
   * repository's `default_workflow_permissions` (`read` gives contents and packages read, nothing else).
   * `permissions` instead of `workflow` gives the block directly (`null`: the workflow declares none).
   */
  readonly workflowToken: (options: {
    owner: string;
    repo: string;
    workflow?: string;
    ref?: string;
    job?: string;
    permissions?: unknown;
  }) => Promise<string>;
  /** The scopes of a token from `workflowToken`. */
  readonly tokenScopes: (token: string) => TokenScopes | undefined;
  /** The preset this emulator runs under. */
  readonly preset: EmulatorPreset;
  /** Changes repository settings (what `PATCH /repos` and `PUT …/actions/permissions/workflow` do). */
  readonly setRepoSettings: (owner: string, repo: string, settings: Partial<RepoSettings>) => void;
  readonly repoSettings: (owner: string, repo: string) => RepoSettings;
  /**
   * Adds an active repository ruleset (`branches` default `~DEFAULT_BRANCH`) requiring approving reviews and/or
   * status checks; returns its id. `GET …/rules/branches/{branch}` lists its rules; merges enforce them.
   */
  readonly addRuleset: (
    owner: string,
    repo: string,
    ruleset: {
      name: string;
      branches?: readonly string[];
      requiredApprovingReviewCount?: number;
      requiredStatusChecks?: readonly string[];
    },
  ) => number;
  /** Sets (or with `null` removes) the classic protection rule of `branch`. */
  readonly setBranchProtection: (
    owner: string,
    repo: string,
    branch: string,
    protection: Partial<BranchProtection> | null,
  ) => void;
  readonly commitFiles: (options: {
    owner: string;
    repo: string;
    branch: string;
    /** Text, or bytes (a file GitHub takes for binary, e.g. UTF-16); null deletes. */
    files: Readonly<Record<string, string | Buffer | null>>;
    message: string;
    author?: string;
    /** Create `branch` from this branch (or SHA) first when it does not exist. */
    from?: string;
  }) => Promise<string>;
  readonly createBranch: (options: {
    owner: string;
    repo: string;
    branch: string;
    from: string;
  }) => Promise<string>;
  readonly branchSha: (owner: string, repo: string, branch: string) => Promise<string | undefined>;
  readonly openPullRequest: (options: {
    owner: string;
    repo: string;
    head: string;
    base: string;
    title: string;
    body?: string;
    user?: string;
    labels?: readonly string[];
  }) => Promise<EmulatedPullRequest>;
  /** A PR from a branch of a fork (`fork` need not exist here); see fork-pulls.ts. */
  readonly openForkPullRequest: (
    options: ForkPullOptions & { owner: string; repo: string },
  ) => Promise<EmulatedPullRequest>;
  readonly mergePullRequest: (options: {
    owner: string;
    repo: string;
    number: number;
    method?: 'merge' | 'squash' | 'rebase';
    user?: string;
  }) => Promise<EmulatedPullRequest>;
  readonly addComment: (options: {
    owner: string;
    repo: string;
    number: number;
    body: string;
    user?: string;
  }) => Promise<EmulatedComment>;
  /**
   * `user` edits a plain issue's body in the web UI (ticking a task-list box): the body changes and an `issues`
   * `edited` event with `changes.body.from` is recorded, whatever the user's permission (the event is what a
   * workflow sees; the API's own permission checks are on the PATCH route).
   */
  readonly editIssueBody: (options: {
    owner: string;
    repo: string;
    number: number;
    body: string;
    user: string;
  }) => Promise<void>;
  /** `user` edits a comment in the web UI: an `issue_comment` `edited` event with `changes.body.from`. */
  readonly editComment: (options: {
    owner: string;
    repo: string;
    id: number;
    body: string;
    user: string;
  }) => Promise<void>;
  readonly getPullRequest: (owner: string, repo: string, number: number) => Promise<EmulatedPullRequest>;
  readonly listPullRequests: (owner: string, repo: string) => Promise<EmulatedPullRequest[]>;
  readonly listComments: (owner: string, repo: string, number: number) => EmulatedComment[];
  /** Deployments, oldest first, optionally of one environment (case-insensitive). */
  readonly listDeployments: (owner: string, repo: string, environment?: string) => EmulatedDeployment[];
  /**
   * The event of a scheduled run (`eventName: 'schedule'` for runAction); not recorded in `events`,
   * since nothing in the repository produced it. `workflowPath` defaults to `.github/workflows/telefonistka.yml`.
   */
  readonly scheduleEvent: (
    owner: string,
    repo: string,
    options: { cron: string; workflowPath?: string },
  ) => EmulatorEvent;
  /** Environment names, sorted. */
  readonly listEnvironments: (owner: string, repo: string) => string[];
  readonly readFile: (owner: string, repo: string, ref: string, path: string) => Promise<string | undefined>;
  /** Files (recursively, paths relative to the repository root) under `dir` at `ref`. */
  readonly listFiles: (owner: string, repo: string, ref: string, dir?: string) => Promise<string[]>;
  /** Stops the server and removes the repositories; throws when schema violations were recorded. */
  readonly close: (options?: { allowViolations?: boolean }) => Promise<void>;
}

function describeViolations(violations: readonly SchemaViolation[]): string {
  return violations
    .slice(0, 10)
    .map(
      (v) =>
        `- ${v.direction} ${v.operation}${v.status ? ` -> ${v.status}` : ''} (${v.path}):\n    ${v.errors.join('\n    ')}`,
    )
    .join('\n');
}

/** Starts an emulator on 127.0.0.1 with a free port. */
export async function startGitHubEmulator(options: GitHubEmulatorOptions = {}): Promise<GitHubEmulator> {
  const root = mkdtempSync(join(tmpdir(), 'gh-emulator-'));
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const serverUrl = `http://127.0.0.1:${port}`;
  let idCounter = 1000;
  const clock = options.clock ?? createTestClock();
  const state: EmulatorState = {
    serverUrl,
    apiUrl: `${serverUrl}/api/v3`,
    identities: createIdentities(randomBytes(6).toString('hex')),
    repos: new Map(),
    events: [],
    nextId: () => ++idCounter,
    now: clock.iso,
    nowMs: clock.now,
  };
  const preset = resolvePreset(options.preset);
  const engine = createRepoEngine(state, join(root, 'repos'), {
    ...(options.mergeabilityDelay === undefined ? {} : { mergeabilityDelay: options.mergeabilityDelay }),
    preset: presets[preset],
  });
  const faults = createFaults();
  const log = createRequestLog();
  const violations: SchemaViolation[] = [];
  const router = createRouter({
    state,
    engine,
    routes: [
      ...reposRoutes,
      ...settingsRoutes,
      ...gitDataRoutes,
      ...pullsRoutes,
      ...issuesRoutes,
      ...plainIssuesRoutes,
      ...statusesRoutes,
      ...actionsRoutes,
      ...deploymentsRoutes,
    ],
    graphql: createGraphqlHandler(state, engine),
    validator: options.validate === false ? undefined : getSchemaValidator(),
    faults,
    rateLimiter: createRateLimiter(options.rateLimit ?? 1000),
    log,
    violations,
    settings: {
      treeEntrySemantics: options.treeEntrySemantics ?? 'replace',
      truncateTreeAt: options.truncateTreeAt ?? 100_000,
    },
  });
  const gitRequests: GitHttpRequest[] = [];
  const gitHttp = {
    identities: state.identities,
    projectRoot: join(root, 'repos'),
    findRepo: (owner: string, name: string) => state.repos.get(repoKey(owner, name)),
    log: gitRequests,
  };
  server.on('request', (request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    void (isGitHttpPath(path) ? serveGitHttp(gitHttp, request, response) : router(request, response));
  });
  server.keepAliveTimeout = 1000;

  const repoOf = (owner: string, name: string) => engine.findRepo(owner, name);
  const pullView = async (owner: string, name: string, pull: PullRecord): Promise<EmulatedPullRequest> => {
    await engine.refreshPull(repoOf(owner, name), pull);
    return {
      number: pull.number,
      nodeId: pull.nodeId,
      title: pull.title,
      body: pull.body,
      state: pull.state,
      merged: pull.merged,
      head: pull.head,
      base: pull.base,
      headSha: pull.headSha,
      baseSha: pull.baseSha,
      mergeCommitSha: pull.mergeCommitSha,
      user: pull.user,
      labels: [...pull.labels],
      assignees: [...pull.assignees],
      autoMerge: pull.autoMerge !== null,
    };
  };
  const treeAt = async (owner: string, name: string, ref: string) => {
    const repo = repoOf(owner, name);
    const sha = await engine.resolveCommit(repo, ref);
    if (!sha) throw new Error(`unknown ref ${ref} in ${owner}/${name}`);
    return { repo, tree: (await repo.git.readCommit(sha)).tree };
  };
  const deploymentView = (deployment: DeploymentRecord): EmulatedDeployment => ({
    id: deployment.id,
    sha: deployment.sha,
    ref: deployment.ref,
    task: deployment.task,
    environment: deployment.environment,
    payload: structuredClone(deployment.payload),
    description: deployment.description,
    creator: deployment.creator,
    createdAt: deployment.createdAt,
    transientEnvironment: deployment.transientEnvironment,
    productionEnvironment: deployment.productionEnvironment,
    state: deploymentState(deployment),
    latestStatus: latestDeploymentStatus(deployment)?.state,
    statuses: deployment.statuses.map((status) => ({
      state: status.state,
      description: status.description,
      environment: status.environment,
      logUrl: status.logUrl,
      creator: status.creator,
      createdAt: status.createdAt,
    })),
  });
  const readFileAt = async (owner: string, name: string, ref: string, path: string) => {
    const { repo, tree } = await treeAt(owner, name, ref);
    const entry = await repo.git.lookupPath(tree, path);
    if (entry?.type !== 'blob') return undefined;
    return (await repo.git.readBlob(entry.sha)).toString('utf8');
  };
  const assertNoSchemaViolations = () => {
    if (violations.length > 0) {
      throw new Error(
        `GitHub emulator recorded ${violations.length} schema violation(s):\n${describeViolations(violations)}`,
      );
    }
  };

  return {
    serverUrl,
    apiUrl: state.apiUrl,
    graphqlUrl: `${serverUrl}/api/graphql`,
    tokens: state.identities.tokens,
    clock,
    faults,
    requests: log.entries,
    callCounts: log.callCounts,
    resetLog: log.reset,
    events: state.events,
    takeEvents: (takeOptions = {}) => {
      const taken = state.events.splice(0, state.events.length);
      return takeOptions.forActions ? taken.map(toActionsEvent) : taken;
    },
    schemaViolations: violations,
    assertNoSchemaViolations,
    takeSchemaViolations: () => violations.splice(0, violations.length),
    createRepo: async (repoOptions) => {
      await engine.serialize(() => engine.createRepo(repoOptions));
    },
    gitDir: (owner, name) => repoOf(owner, name).git.gitDir,
    gitUrl: (owner, name) => {
      const repo = repoOf(owner, name);
      return `${serverUrl}/${repo.owner}/${repo.name}.git`;
    },
    gitRequests,
    setRequiredStatusChecks: (owner, name, contexts) => {
      repoOf(owner, name).requiredStatusChecks = [...contexts];
    },
    workflowToken: async ({ owner, repo, workflow, ref, job, permissions }) => {
      const record = repoOf(owner, repo);
      let declared: unknown = permissions ?? undefined;
      if (workflow !== undefined) {
        const at = ref ?? record.defaultBranch;
        const text = await readFileAt(owner, repo, at, workflow);
        if (text === undefined) throw new Error(`${workflow} does not exist at ${at} in ${owner}/${repo}`);
        declared = declaredPermissions(text, job);
      }
      const actions = state.identities.byLogin('github-actions[bot]')!;
      const token = `ghs_job_${randomBytes(8).toString('hex')}`;
      state.identities.register({
        ...actions,
        token,
        scopes: tokenScopes(declared, record.settings.defaultWorkflowPermissions),
        repository: `${record.owner}/${record.name}`,
      });
      return token;
    },
    tokenScopes: (token) => state.identities.byToken(token)?.scopes,
    addRuleset: (owner, name, ruleset) => {
      const id = state.nextId();
      repoOf(owner, name).rulesets.push({
        id,
        name: ruleset.name,
        branches: ruleset.branches ?? ['~DEFAULT_BRANCH'],
        requiredApprovingReviewCount: ruleset.requiredApprovingReviewCount ?? null,
        requiredStatusChecks: ruleset.requiredStatusChecks ?? null,
      });
      return id;
    },
    preset,
    setRepoSettings: (owner, name, settings) => {
      const repo = repoOf(owner, name);
      repo.settings = { ...repo.settings, ...settings };
    },
    repoSettings: (owner, name) => ({ ...repoOf(owner, name).settings }),
    setBranchProtection: (owner, name, branch, protection) => {
      const repo = repoOf(owner, name);
      if (protection === null) {
        repo.protections.delete(branch);
        return;
      }
      repo.protections.set(branch, {
        requiredStatusChecks: protection.requiredStatusChecks ?? null,
        requiredApprovingReviewCount: protection.requiredApprovingReviewCount ?? null,
        enforceAdmins: protection.enforceAdmins ?? false,
      });
    },
    commitFiles: (commit) =>
      engine.serialize(async () => {
        const repo = repoOf(commit.owner, commit.repo);
        if (commit.from && !(await repo.git.resolveRef(`refs/heads/${commit.branch}`))) {
          const start = await engine.resolveCommit(repo, commit.from);
          if (!start) throw new Error(`unknown ref ${commit.from}`);
          await engine.moveBranch(repo, commit.branch, start, {
            expected: '0'.repeat(40),
            pusher: commit.author ?? 'alice',
          });
        }
        return engine.commitFiles(repo, {
          branch: commit.branch,
          files: new Map(Object.entries(commit.files)),
          message: commit.message,
          author: commit.author ?? 'alice',
        });
      }),
    createBranch: (branch) =>
      engine.serialize(async () => {
        const repo = repoOf(branch.owner, branch.repo);
        const start = await engine.resolveCommit(repo, branch.from);
        if (!start) throw new Error(`unknown ref ${branch.from}`);
        if (
          !(await engine.moveBranch(repo, branch.branch, start, {
            expected: '0'.repeat(40),
            pusher: 'alice',
          }))
        ) {
          throw new Error(`branch ${branch.branch} already exists`);
        }
        return start;
      }),
    branchSha: (owner, name, branch) => repoOf(owner, name).git.resolveRef(`refs/heads/${branch}`),
    openPullRequest: (pr) =>
      engine.serialize(async () => {
        const repo = repoOf(pr.owner, pr.repo);
        const pull = await engine.createPull(repo, {
          head: pr.head,
          base: pr.base,
          title: pr.title,
          body: pr.body ?? null,
          user: pr.user ?? 'alice',
        });
        await engine.addLabels(repo, pull, pr.labels ?? [], pr.user ?? 'alice');
        return pullView(pr.owner, pr.repo, pull);
      }),
    openForkPullRequest: (pr) =>
      engine.serialize(async () =>
        pullView(pr.owner, pr.repo, await openForkPull(engine, repoOf(pr.owner, pr.repo), pr)),
      ),
    mergePullRequest: (merge) =>
      engine.serialize(async () => {
        const repo = repoOf(merge.owner, merge.repo);
        const pull = engine.findPull(repo, merge.number);
        await engine.mergePull(repo, pull, { method: merge.method ?? 'merge', user: merge.user ?? 'alice' });
        return pullView(merge.owner, merge.repo, pull);
      }),
    addComment: (comment) =>
      engine.serialize(async () => {
        const repo = repoOf(comment.owner, comment.repo);
        const record = await engine.addComment(
          repo,
          engine.findPull(repo, comment.number),
          comment.body,
          comment.user ?? 'alice',
        );
        return {
          id: record.id,
          nodeId: record.nodeId,
          issueNumber: record.issueNumber,
          body: record.body,
          user: record.user,
          minimized: false,
        };
      }),
    editIssueBody: (edit) =>
      engine.serialize(async () => {
        const repo = repoOf(edit.owner, edit.repo);
        const issue = findPlainIssue(repo, edit.number);
        if (issue === undefined) throw new Error(`#${edit.number} is not a plain issue`);
        const previousBody = issue.body;
        issue.body = edit.body;
        issue.updatedAt = state.now();
        emitIssueEdited({ state, repo, engine }, issue, { previousBody, sender: edit.user });
      }),
    editComment: (edit) =>
      engine.serialize(async () => {
        const repo = repoOf(edit.owner, edit.repo);
        const comment = repo.comments.get(edit.id);
        if (comment === undefined) throw new Error(`no comment ${edit.id}`);
        const previousBody = comment.body;
        comment.body = edit.body;
        comment.updatedAt = state.now();
        emitCommentEdited({ state, repo, engine, identity: { login: edit.user } }, comment, { previousBody });
      }),
    getPullRequest: (owner, name, number) =>
      pullView(owner, name, engine.findPull(repoOf(owner, name), number)),
    listPullRequests: async (owner, name) =>
      Promise.all([...repoOf(owner, name).pulls.values()].map((pull) => pullView(owner, name, pull))),
    listComments: (owner, name, number) =>
      [...repoOf(owner, name).comments.values()]
        .filter((comment) => comment.issueNumber === number)
        .map((comment) => ({
          id: comment.id,
          nodeId: comment.nodeId,
          issueNumber: comment.issueNumber,
          body: comment.body,
          user: comment.user,
          minimized: comment.minimizedReason !== null,
        })),
    listDeployments: (owner, name, environment) =>
      repoOf(owner, name)
        .deployments.filter(
          (deployment) =>
            environment === undefined || deployment.environment.toLowerCase() === environment.toLowerCase(),
        )
        .map(deploymentView),
    scheduleEvent: (owner, name, schedule) => ({
      name: 'schedule',
      payload: schedulePayload(state, repoOf(owner, name), {
        cron: schedule.cron,
        workflowPath: schedule.workflowPath ?? '.github/workflows/telefonistka.yml',
      }),
    }),
    listEnvironments: (owner, name) =>
      [...repoOf(owner, name).environments.values()].map((environment) => environment.name).sort(),
    readFile: readFileAt,
    listFiles: async (owner, name, ref, dir = '') => {
      const { repo, tree } = await treeAt(owner, name, ref);
      const clean = dir.replace(/^\/+|\/+$/g, '');
      const start: TreeEntry | undefined = clean
        ? await repo.git.lookupPath(tree, clean)
        : { mode: '040000', type: 'tree', sha: tree, path: '' };
      if (start?.type !== 'tree') return [];
      const entries = await repo.git.readTreeRecursive(start.sha);
      return entries
        .filter((entry) => entry.type !== 'tree')
        .map((entry) => (clean ? `${clean}/${entry.path}` : entry.path));
    },
    close: async (closeOptions = {}) => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      rmSync(root, { recursive: true, force: true });
      if (!closeOptions.allowViolations) assertNoSchemaViolations();
    },
  };
}
