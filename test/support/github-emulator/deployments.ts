// Deployments, their statuses and environments: what the REST routes, GraphQL and the test helpers share.
// Semantics from GitHub's description of the operations (@octokit/openapi 23.0.2) unless noted:
// - `environment` defaults to `production`; `production_environment` defaults to true only for it;
// - creating a deployment (or a status naming another environment) creates the environment when missing, as
//   GitHub does for deployments made through the API (environments left behind by API-created preview
//   deployments: https://github.com/pullpreview/action/issues/79);
// - a `success` status with `auto_inactive` (default true) adds an `inactive` status to every prior
//   non-transient, non-production deployment of the same environment whose latest status is `success`
//   ("An `inactive` status is only added to deployments that had a `success` state"). Production
//   deployments are left alone, as the description says: a caller that wants them inactive says so.
import { deploymentJson, deploymentStatusJson, repoJson, userJson } from './representations.js';
import type { RepoEngine } from './repo-engine.js';
import {
  makeNodeId,
  type DeploymentRecord,
  type DeploymentStatusRecord,
  type DeploymentStatusState,
  type EmulatorState,
  type EnvironmentRecord,
  type RepoRecord,
} from './state.js';

/** What a new deployment records (after the route resolved `ref` and checked required contexts). */
export interface DeploymentInput {
  readonly ref: string;
  readonly sha: string;
  readonly task: string;
  readonly payload: Record<string, unknown> | string;
  readonly environment: string;
  readonly description: string | null;
  readonly creator: string;
  readonly transientEnvironment: boolean;
  readonly productionEnvironment: boolean;
}

/** What a new deployment status records. */
export interface DeploymentStatusInput {
  readonly state: DeploymentStatusState;
  readonly creator: string;
  readonly description?: string;
  readonly environment?: string;
  readonly targetUrl?: string;
  readonly logUrl?: string;
  readonly environmentUrl?: string;
  /** Default true. */
  readonly autoInactive?: boolean;
}

/** The environment named `name` (case-insensitive), created when missing. */
export function ensureEnvironment(state: EmulatorState, repo: RepoRecord, name: string): EnvironmentRecord {
  const existing = repo.environments.get(name.toLowerCase());
  if (existing) return existing;
  const id = state.nextId();
  const now = state.now();
  const environment: EnvironmentRecord = {
    id,
    nodeId: makeNodeId('EN', id),
    name,
    createdAt: now,
    updatedAt: now,
  };
  repo.environments.set(name.toLowerCase(), environment);
  return environment;
}

/** The latest status of a deployment, if any. */
export const latestDeploymentStatus = (deployment: DeploymentRecord): DeploymentStatusRecord | undefined =>
  deployment.statuses.at(-1);

/** GraphQL's `DeploymentState` of a deployment, from its latest status. */
export function deploymentState(deployment: DeploymentRecord): string {
  const latest = latestDeploymentStatus(deployment);
  if (!latest) return 'PENDING';
  if (latest.state === 'success') return 'ACTIVE';
  if (latest.state === 'inactive') return deployment.transientEnvironment ? 'DESTROYED' : 'INACTIVE';
  return latest.state.toUpperCase();
}

function emitDeployment(
  state: EmulatorState,
  engine: RepoEngine,
  repo: RepoRecord,
  deployment: DeploymentRecord,
) {
  engine.emit({
    name: 'deployment',
    payload: {
      action: 'created',
      deployment: deploymentJson(state, repo, deployment),
      workflow: null,
      workflow_run: null,
      repository: repoJson(state, repo),
      sender: userJson(state, deployment.creator),
    },
  });
}

/** Records a deployment (creating its environment) and emits `deployment`. */
export function recordDeployment(
  state: EmulatorState,
  engine: RepoEngine,
  repo: RepoRecord,
  input: DeploymentInput,
): DeploymentRecord {
  ensureEnvironment(state, repo, input.environment);
  const id = state.nextId();
  const now = state.now();
  const deployment: DeploymentRecord = {
    id,
    nodeId: makeNodeId('DE', id),
    sha: input.sha,
    ref: input.ref,
    task: input.task,
    payload: input.payload,
    originalEnvironment: input.environment,
    environment: input.environment,
    description: input.description,
    creator: input.creator,
    createdAt: now,
    updatedAt: now,
    transientEnvironment: input.transientEnvironment,
    productionEnvironment: input.productionEnvironment,
    statuses: [],
  };
  repo.deployments.push(deployment);
  emitDeployment(state, engine, repo, deployment);
  return deployment;
}

function appendStatus(
  state: EmulatorState,
  deployment: DeploymentRecord,
  input: DeploymentStatusInput & { environment: string },
): DeploymentStatusRecord {
  const id = state.nextId();
  // `log_url` replaces `target_url`; setting it sets `target_url` to the same value.
  const logUrl = input.logUrl ?? input.targetUrl ?? '';
  const status: DeploymentStatusRecord = {
    id,
    nodeId: makeNodeId('DES', id),
    state: input.state,
    creator: input.creator,
    description: input.description ?? '',
    environment: input.environment,
    targetUrl: input.logUrl ?? input.targetUrl ?? '',
    logUrl,
    environmentUrl: input.environmentUrl ?? '',
    createdAt: state.now(),
  };
  deployment.statuses.push(status);
  deployment.environment = input.environment;
  deployment.updatedAt = status.createdAt;
  return status;
}

/** Adds a status (and the `inactive` statuses `auto_inactive` implies) and emits `deployment_status`. */
export function recordDeploymentStatus(
  state: EmulatorState,
  engine: RepoEngine,
  repo: RepoRecord,
  deployment: DeploymentRecord,
  input: DeploymentStatusInput,
): DeploymentStatusRecord {
  const environment =
    input.environment ?? latestDeploymentStatus(deployment)?.environment ?? deployment.environment;
  ensureEnvironment(state, repo, environment).updatedAt = state.now();
  const status = appendStatus(state, deployment, { ...input, environment });
  engine.emit({
    name: 'deployment_status',
    payload: {
      action: 'created',
      deployment_status: deploymentStatusJson(state, repo, deployment, status),
      deployment: deploymentJson(state, repo, deployment),
      repository: repoJson(state, repo),
      sender: userJson(state, input.creator),
    },
  });
  if (input.state === 'success' && input.autoInactive !== false) {
    for (const prior of repo.deployments) {
      if (prior.id >= deployment.id || prior.transientEnvironment || prior.productionEnvironment) continue;
      if (prior.environment.toLowerCase() !== environment.toLowerCase()) continue;
      if (latestDeploymentStatus(prior)?.state !== 'success') continue;
      appendStatus(state, prior, {
        state: 'inactive',
        creator: input.creator,
        environment: prior.environment,
      });
    }
  }
  return status;
}
