// Deployments, deployment statuses and environments (REST). Behaviour in ../deployments.ts and README.md.
import {
  latestDeploymentStatus,
  recordDeployment,
  recordDeploymentStatus,
  type DeploymentStatusInput,
} from '../deployments.js';
import { HttpError, notFound } from '../http-error.js';
import { paginate } from '../pagination.js';
import { deploymentJson, deploymentStatusJson, environmentJson } from '../representations.js';
import type { RouteContext, RouteDefinition, RouteResult } from '../router.js';
import type { DeploymentRecord } from '../state.js';

interface CreateDeploymentBody {
  ref: string;
  task?: string;
  auto_merge?: boolean;
  required_contexts?: string[];
  payload?: Record<string, unknown> | string;
  environment?: string;
  description?: string | null;
  transient_environment?: boolean;
  production_environment?: boolean;
}

function deploymentOf(context: RouteContext): DeploymentRecord {
  const id = Number(context.params.deployment_id);
  const deployment = context.repo.deployments.find((candidate) => candidate.id === id);
  if (!deployment) throw notFound();
  return deployment;
}

/**
 * `auto_merge` (default true): a branch behind the default branch gets the default branch merged into it and
 * the answer is 202 instead of a deployment; a conflict is 409. The conflict message is not in GitHub's
 * description and is worded here by the emulator.
 */
async function autoMergeDefaultBranch(
  context: RouteContext,
  ref: string,
  sha: string,
): Promise<RouteResult | undefined> {
  const { repo, engine } = context;
  const branchSha = await repo.git.resolveRef(`refs/heads/${ref}`);
  if (branchSha !== sha || ref === repo.defaultBranch) return undefined;
  const defaultSha = (await repo.git.resolveRef(`refs/heads/${repo.defaultBranch}`))!;
  if (await repo.git.isAncestor(defaultSha, sha)) return undefined;
  const merged = await repo.git.mergeTrees(sha, defaultSha);
  if (!merged.clean) throw new HttpError(409, `Conflict merging ${repo.defaultBranch} into ${ref}.`);
  const author = engine.person(context.identity.login);
  const commit = await repo.git.writeCommit({
    tree: merged.tree,
    parents: [sha, defaultSha],
    author,
    committer: author,
    message: `Merge branch '${repo.defaultBranch}' into ${ref}\n`,
  });
  await engine.moveBranch(repo, ref, commit, { expected: sha, pusher: context.identity.login });
  return { status: 202, body: { message: `Auto-merged ${repo.defaultBranch} into ${ref} on deployment.` } };
}

/**
 * Required contexts: omitted means every context reported on the commit; `[]` skips the check. A listed
 * context that is missing or not `success` fails with 409, body as GitHub sends it (quoted in
 * https://github.com/drevops/vortex/issues/1903 and https://github.com/remind101/slashdeploy/issues/1).
 */
function checkRequiredContexts(context: RouteContext, body: CreateDeploymentBody, sha: string): void {
  const latest = context.engine.latestStatuses(context.repo, sha);
  const required = body.required_contexts ?? latest.map((status) => status.context);
  const checked = latest.filter((status) => required.includes(status.context));
  const passing = required.every((name) => checked.some((s) => s.context === name && s.state === 'success'));
  if (passing) return;
  throw new HttpError(409, `Conflict: Commit status checks failed for ${body.ref}.`, {
    errors: [
      {
        contexts: checked.map((status) => ({ context: status.context, state: status.state })),
        resource: 'Deployment',
        field: 'required_contexts',
        code: 'invalid',
      },
    ],
  });
}

/**
 * GitHub answers `payload: {}` when none was sent (@octokit/webhooks-examples, the description's examples); a
 * JSON text that encodes an object is kept as that object (assumed: GitHub calls the field "a JSON text").
 */
function storedPayload(payload: CreateDeploymentBody['payload']): Record<string, unknown> | string {
  if (payload === undefined || payload === '') return {};
  if (typeof payload !== 'string') return payload;
  try {
    const parsed: unknown = JSON.parse(payload);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : payload;
  } catch {
    return payload;
  }
}

async function createDeployment(context: RouteContext): Promise<RouteResult> {
  const body = context.body as CreateDeploymentBody;
  const sha = await context.engine.resolveCommit(context.repo, body.ref);
  if (!sha) {
    throw new HttpError(422, `No ref found for: ${body.ref}`, {
      errors: [{ resource: 'Deployment', field: 'ref', code: 'invalid' }],
    });
  }
  if (body.auto_merge !== false) {
    const merged = await autoMergeDefaultBranch(context, body.ref, sha);
    if (merged) return merged;
  }
  checkRequiredContexts(context, body, sha);
  const environment = body.environment ?? 'production';
  const deployment = recordDeployment(context.state, context.engine, context.repo, {
    ref: body.ref,
    sha,
    task: body.task ?? 'deploy',
    payload: storedPayload(body.payload),
    environment,
    description: body.description === undefined ? '' : body.description,
    creator: context.identity.login,
    transientEnvironment: body.transient_environment ?? false,
    productionEnvironment: body.production_environment ?? environment === 'production',
  });
  return { status: 201, body: deploymentJson(context.state, context.repo, deployment) };
}

async function listDeployments(context: RouteContext): Promise<RouteResult> {
  const query = context.url.searchParams;
  const filters: [string, (deployment: DeploymentRecord) => string][] = [
    ['sha', (deployment) => deployment.sha],
    ['ref', (deployment) => deployment.ref],
    ['task', (deployment) => deployment.task],
    ['environment', (deployment) => deployment.environment],
  ];
  // Newest first, as GitHub lists them.
  const deployments = [...context.repo.deployments].reverse().filter((deployment) =>
    filters.every(([name, field]) => {
      const wanted = query.get(name);
      // The description's default is the literal `none`, meaning no filter.
      return wanted === null || wanted === 'none' || field(deployment) === wanted;
    }),
  );
  const page = paginate(deployments, context.url);
  return {
    status: 200,
    headers: page.headers,
    body: page.items.map((deployment) => deploymentJson(context.state, context.repo, deployment)),
  };
}

/**
 * Deleting a deployment (GitHub's description of the operation): any deployment when it is the repository's only
 * one, else only an `inactive` one — "to set a deployment as inactive, … mark the active deployment as inactive by
 * adding any non-successful deployment status". Answers 204, 404 for an unknown id, and 422
 * (validation-error-simple) for one that is not inactive. The 422 wording is not in the description; it is the one
 * quoted by code that calls the endpoint (found with code search). Statuses go with the deployment.
 */
async function deleteDeployment(context: RouteContext): Promise<RouteResult> {
  const deployment = deploymentOf(context);
  const { repo } = context;
  if (repo.deployments.length > 1 && latestDeploymentStatus(deployment)?.state !== 'inactive') {
    throw new HttpError(
      422,
      'We cannot delete an active deployment unless it is the only deployment in a given environment.',
    );
  }
  repo.deployments.splice(repo.deployments.indexOf(deployment), 1);
  return { status: 204 };
}

async function createStatus(context: RouteContext): Promise<RouteResult> {
  const deployment = deploymentOf(context);
  const body = context.body as {
    state: DeploymentStatusInput['state'];
    target_url?: string;
    log_url?: string;
    description?: string;
    environment?: string;
    environment_url?: string;
    auto_inactive?: boolean;
  };
  if (body.description !== undefined && body.description.length > 140) {
    throw new HttpError(422, 'Validation Failed', {
      errors: [
        {
          resource: 'DeploymentStatus',
          field: 'description',
          code: 'custom',
          message: 'description is too long (maximum is 140 characters)',
        },
      ],
    });
  }
  const status = recordDeploymentStatus(context.state, context.engine, context.repo, deployment, {
    state: body.state,
    creator: context.identity.login,
    ...(body.description === undefined ? {} : { description: body.description }),
    ...(body.environment === undefined ? {} : { environment: body.environment }),
    ...(body.target_url === undefined ? {} : { targetUrl: body.target_url }),
    ...(body.log_url === undefined ? {} : { logUrl: body.log_url }),
    ...(body.environment_url === undefined ? {} : { environmentUrl: body.environment_url }),
    ...(body.auto_inactive === undefined ? {} : { autoInactive: body.auto_inactive }),
  });
  return { status: 201, body: deploymentStatusJson(context.state, context.repo, deployment, status) };
}

/** The deployment and environment routes. */
export const deploymentsRoutes: readonly RouteDefinition[] = [
  { operation: 'POST /repos/{owner}/{repo}/deployments', handler: createDeployment },
  { operation: 'GET /repos/{owner}/{repo}/deployments', handler: listDeployments },
  {
    operation: 'GET /repos/{owner}/{repo}/deployments/{deployment_id}',
    handler: async (context) => ({
      status: 200,
      body: deploymentJson(context.state, context.repo, deploymentOf(context)),
    }),
  },
  { operation: 'DELETE /repos/{owner}/{repo}/deployments/{deployment_id}', handler: deleteDeployment },
  { operation: 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', handler: createStatus },
  {
    operation: 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    handler: async (context) => {
      const deployment = deploymentOf(context);
      const page = paginate([...deployment.statuses].reverse(), context.url);
      return {
        status: 200,
        headers: page.headers,
        body: page.items.map((status) =>
          deploymentStatusJson(context.state, context.repo, deployment, status),
        ),
      };
    },
  },
  {
    operation: 'GET /repos/{owner}/{repo}/environments',
    handler: async (context) => {
      const environments = [...context.repo.environments.values()].sort((a, b) =>
        a.name.localeCompare(b.name),
      );
      const page = paginate(environments, context.url);
      return {
        status: 200,
        headers: page.headers,
        body: {
          total_count: environments.length,
          environments: page.items.map((environment) =>
            environmentJson(context.state, context.repo, environment),
          ),
        },
      };
    },
  },
  {
    operation: 'GET /repos/{owner}/{repo}/environments/{environment_name}',
    handler: async (context) => {
      const environment = context.repo.environments.get(context.params.environment_name!.toLowerCase());
      if (!environment) throw notFound();
      return { status: 200, body: environmentJson(context.state, context.repo, environment) };
    },
  },
];
