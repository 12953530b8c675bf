import { classifyGitHubRefusal } from './classify-github-refusal.js';
import { restLogin, type GraphqlActor } from './rest-login.js';
import { ExternalError } from '../../core/errors/external-error.js';
import type { DeploymentState, ReviewFact } from '../../core/gates/gate-types.js';
import type { DeploymentsPort } from '../../ports/deployments-port.js';
import type { GateSweepPort, SweepDeployment, SweepPullRequest } from '../../ports/gate-sweep-port.js';
import type { CommitState } from '../../ports/github-port.js';
import { createCountedOctokit } from './create-counted-octokit.js';
import type { RepositoryClientOptions } from './repository-client-options.js';
import { sweepQuery } from './sweep-query.js';

/** Options of the Deployments and sweep adapter. */
export type OctokitDeploymentsOptions = RepositoryClientOptions;

/** DeploymentsPort (REST) and GateSweepPort (one GraphQL query per 100 PRs) over Octokit, counting requests. */
export function createOctokitDeployments(
  options: OctokitDeploymentsOptions,
): DeploymentsPort & GateSweepPort {
  const { octokit, repo, callCount } = createCountedOctokit(options);
  // The holds file as a whole: GraphQL answers `text: null` for a file GitHub takes for binary and cuts a large
  // one (`isTruncated`); a prefix could drop a hold, so those are read whole (one more call) and parsed as they
  // are, and the parser refuses them (fail closed).
  const holdsText = async (holds: SweepPage['repository']['holds']): Promise<string | undefined> => {
    if (holds === null || (holds.text !== null && !holds.isTruncated)) return holds?.text ?? undefined;
    const { data } = await octokit.rest.git.getBlob({ ...repo, file_sha: holds.oid });
    return Buffer.from(data.content, 'base64').toString('utf8');
  };
  return {
    callCount,
    createDeployment: (deployment) =>
      guard('create deployment', async () => {
        const { data } = await octokit.rest.repos.createDeployment({
          ...repo,
          ref: deployment.sha,
          environment: deployment.environment,
          description: deployment.description,
          payload: deployment.payload,
          auto_merge: false,
          required_contexts: [],
        });
        if (!('id' in data)) throw new Error(`GitHub did not create the deployment: ${data.message ?? ''}`);
        return data.id;
      }),
    createDeploymentStatus: (id, status) =>
      guard('create deployment status', async () => {
        await octokit.rest.repos.createDeploymentStatus({
          ...repo,
          deployment_id: id,
          state: status.state,
          description: status.description.slice(0, 140),
          ...(status.logUrl === undefined ? {} : { log_url: status.logUrl }),
          ...(status.autoInactive === undefined ? {} : { auto_inactive: status.autoInactive }),
        });
      }),
    findDeployments: (environment, sha) =>
      guard('list deployments', async () => {
        const { data } = await octokit.rest.repos.listDeployments({
          ...repo,
          environment,
          sha,
          per_page: 10,
        });
        return data.map((deployment) => ({ id: deployment.id }));
      }),
    deleteDeployment: (id) =>
      guard('delete deployment', async () => {
        try {
          await octokit.rest.repos.deleteDeployment({ ...repo, deployment_id: id });
          return 'deleted' as const;
        } catch (error) {
          if ((error as { status?: unknown }).status === 404) return 'gone' as const;
          throw error;
        }
      }),
    readSweep: (query) =>
      guard('read promotion PRs and deployments', async () => {
        const pulls: SweepPullRequest[] = [];
        let after: string | undefined;
        let first: SweepPage | undefined;
        do {
          const page = await octokit.graphql<SweepPage>(
            sweepQuery(query.environments.length, first === undefined),
            {
              ...sweepVariables(options, query, first === undefined),
              after: after ?? null,
            },
          );
          first ??= page;
          pulls.push(...page.repository.pullRequests.nodes.map((node) => toPull(node)));
          after = page.repository.pullRequests.pageInfo.hasNextPage
            ? page.repository.pullRequests.pageInfo.endCursor
            : undefined;
        } while (after !== undefined);
        return {
          defaultBranch: first.repository.defaultBranchRef?.name ?? 'main',
          // A freeze file GitHub takes for binary (UTF-16 from Windows PowerShell) answers `text: null`: it exists,
          // so it freezes all the same.
          freezeFileText: first.repository.freeze === null ? undefined : (first.repository.freeze.text ?? ''),
          holdsFileText: await holdsText(first.repository.holds),
          pullRequests: pulls,
          deployments: new Map(
            query.environments.map((environment, index) => [
              environment,
              (first?.repository[`d${String(index)}`] as DeploymentConnection | undefined)?.nodes.map(
                toDeployment,
              ) ?? [],
            ]),
          ),
        };
      }),
  };
}

interface DeploymentConnection {
  nodes: {
    databaseId: number | null;
    environment: string | null;
    commitOid: string;
    createdAt: string;
    payload: string | null;
    latestStatus: { state: string } | null;
    statuses: { nodes: { state: string; createdAt: string }[] } | null;
  }[];
}

interface PullNode {
  number: number;
  id: string;
  url: string;
  headRefName: string;
  headRefOid: string;
  baseRefName: string;
  body: string;
  author: GraphqlActor | null;
  labels: { nodes: { name: string }[] } | null;
  reviews: {
    nodes: { state: string; authorCanPushToRepository: boolean; author: { login: string } | null }[];
  } | null;
  commits: {
    nodes: { commit: { status: { context: { state: string; description: string | null } | null } | null } }[];
  };
}

type SweepPage = {
  repository: {
    defaultBranchRef: { name: string } | null;
    freeze: { text: string | null } | null;
    holds: { oid: string; text: string | null; isTruncated: boolean } | null;
    pullRequests: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: PullNode[] };
  } & Record<string, unknown>;
};

function sweepVariables(
  options: OctokitDeploymentsOptions,
  query: Parameters<GateSweepPort['readSweep']>[0],
  firstPage: boolean,
): Record<string, unknown> {
  const variables: Record<string, unknown> = {
    owner: options.owner,
    name: options.repo,
    context: query.statusContext,
  };
  if (!firstPage) return variables;
  variables['freeze'] = `HEAD:${query.freezeFile}`;
  // Without a holds file to read, an expression naming no object answers null like a missing file.
  variables['holds'] = `HEAD:${query.holdsFile ?? '.telefonistka/no-holds-file'}`;
  query.environments.forEach((environment, index) => {
    variables[`e${String(index)}`] = [environment];
  });
  return variables;
}

function toPull(node: PullNode): SweepPullRequest {
  const status = node.commits.nodes[0]?.commit.status?.context ?? null;
  return {
    number: node.number,
    nodeId: node.id,
    url: node.url,
    headRef: node.headRefName,
    headSha: node.headRefOid,
    baseRef: node.baseRefName,
    author: node.author === null ? 'ghost' : restLogin(node.author),
    body: node.body,
    labels: node.labels?.nodes.map((label) => label.name) ?? [],
    reviews: (node.reviews?.nodes ?? []).map((review): ReviewFact => ({
      author: review.author?.login ?? 'ghost',
      state: review.state as ReviewFact['state'],
      authorCanPush: review.authorCanPushToRepository,
    })),
    gateStatus:
      status === null
        ? undefined
        : { state: status.state.toLowerCase() as CommitState, description: status.description ?? '' },
  };
}

function toDeployment(node: DeploymentConnection['nodes'][number]): SweepDeployment {
  const statuses = node.statuses?.nodes ?? [];
  const successes = statuses
    .filter((status) => status.state === 'SUCCESS')
    .map((status) => Date.parse(status.createdAt));
  return {
    id: node.databaseId ?? 0,
    environment: node.environment ?? '',
    sha: node.commitOid,
    createdAt: Date.parse(node.createdAt),
    state:
      node.latestStatus === null ? undefined : (node.latestStatus.state.toLowerCase() as DeploymentState),
    successAt: successes.length === 0 ? undefined : Math.min(...successes),
    payload: node.payload ?? '',
  };
}

async function guard<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof ExternalError) throw error;
    const status = (error as { status?: unknown }).status;
    const message = error instanceof Error ? error.message : String(error);
    const code = typeof status === 'number' ? status : undefined;
    // A 403 "Resource not accessible by integration" (REST) or the same GraphQL error: the token lacks
    // `deployments`; the use-cases say which permission to add.
    const refusal = classifyGitHubRefusal(code, message);
    throw new ExternalError(message, {
      service: 'GitHub',
      operation,
      status: code,
      cause: error,
      ...(refusal === undefined ? {} : { refusal }),
    });
  }
}
