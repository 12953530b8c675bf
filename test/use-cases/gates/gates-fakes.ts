import type { ArgoCdApplication } from '../../../src/core/argocd/types.js';
import { parseRepoConfig } from '../../../src/core/config/parse-repo-config.js';
import type { RepoConfig } from '../../../src/core/config/types.js';
import { ExternalError } from '../../../src/core/errors/external-error.js';
import type { DeploymentState } from '../../../src/core/gates/gate-types.js';
import { metadataComment } from '../../../src/core/promotion/encode-promotion-metadata.js';
import { sourceCommitMarker } from '../../../src/core/promotion/source-commit-marker.js';
import type { DeploymentsPort, NewDeployment } from '../../../src/ports/deployments-port.js';
import type { GateSweepPort, SweepPullRequest } from '../../../src/ports/gate-sweep-port.js';
import type { CommitState, GitHubPort } from '../../../src/ports/github-port.js';
import { silentLogger } from '../../../src/ports/logger.js';
import type { AppFinder } from '../../../src/use-cases/argocd-diff/create-app-finder.js';
import type { SweepDeps } from '../../../src/use-cases/gates/sweep-gates.js';

/** A deployment held by the fake, with its statuses (oldest first) as GitHub keeps them. */
export interface FakeDeployment extends NewDeployment {
  id: number;
  createdAt: number;
  statuses: { state: DeploymentState; description: string; at: number }[];
}

/** The state the fakes hold: deployments, statuses, PRs, merges, dispatches; `now` is the fake clock. */
export interface GatesWorld {
  now: number;
  deployments: FakeDeployment[];
  commitStatuses: { sha: string; state: CommitState; context: string; description: string }[];
  pulls: SweepPullRequest[];
  merged: number[];
  dispatched: string[];
  apps: Map<string, ArgoCdApplication>;
  freezeFile: string | undefined;
  calls: number;
}

/** An empty world at `now`. */
export function createWorld(now: number): GatesWorld {
  return {
    now,
    deployments: [],
    commitStatuses: [],
    pulls: [],
    merged: [],
    dispatched: [],
    apps: new Map(),
    freezeFile: undefined,
    calls: 0,
  };
}

function notFound(operation: string): ExternalError {
  return new ExternalError('Not Found', { service: 'GitHub', operation, status: 404 });
}

/** The latest state of a fake deployment. */
export function latestState(deployment: FakeDeployment): DeploymentState | undefined {
  return deployment.statuses[deployment.statuses.length - 1]?.state;
}

/** The ports of a sweep over the world: GitHub's auto_inactive semantics, head-guarded merges, counted calls. */
export function fakeDeps(world: GatesWorld): SweepDeps {
  const deployments: DeploymentsPort = {
    callCount: () => world.calls,
    async createDeployment(deployment) {
      world.calls++;
      const id = Math.max(0, ...world.deployments.map((d) => d.id)) + 1;
      world.deployments.push({ ...deployment, id, createdAt: world.now, statuses: [] });
      return id;
    },
    async createDeploymentStatus(id, status) {
      world.calls++;
      const target = world.deployments.find((d) => d.id === id);
      if (target === undefined) throw notFound('create deployment status');
      target.statuses.push({ state: status.state, description: status.description, at: world.now });
      if (status.state === 'success' && status.autoInactive !== false) {
        for (const other of world.deployments) {
          if (other.id !== id && other.environment === target.environment && latestState(other) === 'success')
            other.statuses.push({ state: 'inactive', description: '', at: world.now });
        }
      }
    },
    async findDeployments(environment, sha) {
      world.calls++;
      return world.deployments
        .filter((d) => d.environment === environment && d.sha === sha)
        .map((d) => ({ id: d.id }))
        .reverse();
    },
    async deleteDeployment(id) {
      world.calls++;
      const target = world.deployments.find((d) => d.id === id);
      if (target === undefined) return 'gone';
      // GitHub: only inactive deployments may be deleted while the repository has others.
      if (latestState(target) !== 'inactive' && world.deployments.length > 1)
        throw new ExternalError('We cannot delete an active deployment unless it is the only deployment.', {
          service: 'GitHub',
          operation: 'delete deployment',
          status: 422,
        });
      world.deployments = world.deployments.filter((d) => d !== target);
      return 'deleted';
    },
  };
  const sweep: GateSweepPort = {
    callCount: () => world.calls,
    async readSweep(query) {
      world.calls++;
      const byEnvironment = new Map(
        query.environments.map((environment) => [
          environment,
          world.deployments
            .filter((d) => d.environment === environment)
            .reverse()
            .map((d) => ({
              id: d.id,
              environment,
              sha: d.sha,
              createdAt: d.createdAt,
              state: latestState(d),
              successAt: d.statuses.find((s) => s.state === 'success')?.at,
              payload: JSON.stringify(d.payload),
            })),
        ]),
      );
      return {
        defaultBranch: 'main',
        freezeFileText: world.freezeFile,
        pullRequests: world.pulls.map((pr) => {
          const status = world.commitStatuses
            .filter((s) => s.sha === pr.headSha && s.context === query.statusContext)
            .at(-1);
          return {
            ...pr,
            gateStatus:
              status === undefined ? undefined : { state: status.state, description: status.description },
          };
        }),
        deployments: byEnvironment,
      };
    },
  };
  const github = {
    owner: 'acme',
    repo: 'iac',
    async getViewerLogin() {
      world.calls++;
      return 'telefonistka[bot]';
    },
    async createCommitStatus(
      sha: string,
      status: { state: CommitState; context: string; description: string },
    ) {
      world.calls++;
      world.commitStatuses.push({ sha, ...status });
    },
    async mergePullRequest(number: number, options: { sha: string }) {
      world.calls++;
      const pr = world.pulls.find((p) => p.number === number);
      if (pr === undefined || pr.headSha !== options.sha)
        return { merged: false, refusal: 'head-modified', message: 'Head branch was modified' };
      world.pulls = world.pulls.filter((p) => p.number !== number);
      world.merged.push(number);
      return { merged: true, sha: `${String(number).padStart(4, '0')}${'e'.repeat(36)}` };
    },
    async dispatchWorkflow(workflow: string, _ref: string, inputs: Record<string, string>) {
      world.calls++;
      world.dispatched.push(`${workflow}:${inputs['merged-pr'] ?? ''}`);
    },
  } as unknown as GitHubPort;
  const apps: AppFinder = {
    async find(path) {
      const app = world.apps.get(path);
      return app === undefined ? undefined : { app, sourcePosition: undefined, matchedPath: path };
    },
  };
  return { github, sweep, deployments, apps, logger: silentLogger, sleep: async () => {} };
}

/** An Argo CD app of a component at a revision with a health. */
export function app(name: string, revision: string, health: string, sync = 'Synced'): ArgoCdApplication {
  return {
    metadata: { name },
    spec: {},
    status: { sync: { status: sync, revision }, health: { status: health } },
  };
}

/** An open promotion PR of the tool promoting `promoted` from `sourceFolder` at `sourceCommit`. */
export function promotionPr(options: {
  number: number;
  promoted: string[];
  sourceFolder: string;
  targets: string[];
  sourceCommit: string;
  mergedPr: number;
  author?: string;
  labels?: string[];
}): SweepPullRequest {
  const metadata = {
    originalPrAuthor: 'alice',
    originalPrNumber: 1,
    promotedPaths: options.promoted,
    previousPromotionPaths: {
      [String(options.mergedPr)]: { sourcePath: options.sourceFolder, targetPaths: options.targets },
    },
  };
  return {
    number: options.number,
    nodeId: `PR_${String(options.number)}`,
    url: `https://github.com/acme/iac/pull/${String(options.number)}`,
    headRef: `promotions/${String(options.mergedPr)}-x-abc`,
    headSha: `${String(options.number).padStart(4, '0')}${'d'.repeat(36)}`,
    baseRef: 'main',
    author: options.author ?? 'telefonistka[bot]',
    body: `Promotion\n${metadataComment(metadata)}\n${sourceCommitMarker(options.sourceCommit)}\n`,
    labels: ['promotion', ...(options.labels ?? [])],
    reviews: [],
    gateStatus: undefined,
  };
}

/** lab -> staging (auto-merge) -> prod (auto-merge, gated), environments named. */
export function gatedConfig(gates: string): RepoConfig {
  return parseRepoConfig(
    [
      'environments:',
      '  - { path: "clusters/lab/", name: lab }',
      '  - { path: "clusters/staging/", name: staging }',
      '  - { path: "clusters/prod/", name: production }',
      'promotionPaths:',
      '  - sourcePath: clusters/lab/',
      '    conditions: { autoMerge: true }',
      '    promotionPrs: [{ targetPaths: [clusters/staging/] }]',
      '  - sourcePath: clusters/staging/',
      '    conditions: { autoMerge: true }',
      `    gates: ${gates}`,
      '    promotionPrs: [{ targetPaths: [clusters/prod/] }]',
      '',
    ].join('\n'),
  ).config;
}
