import { ExternalError } from '../../core/errors/external-error.js';
import type { PlannedDeployment } from '../../core/gates/plan-deployments.js';
import type { PromotionMetadata } from '../../core/promotion/types.js';
import type { DeploymentsPort } from '../../ports/deployments-port.js';
import type { Logger } from '../../ports/logger.js';
import { GATES_PERMISSIONS, tokenPermissionFix } from '../shared/token-permission-fix.js';

/** The merged PR a deployment record is made for. */
export interface DeployedPullRequest {
  number: number;
  url: string;
  mergeCommitSha: string;
  /** Trusted promotion metadata when the PR is a promotion PR of this tool (the chain goes into the payload). */
  metadata: PromotionMetadata | undefined;
  /** The commit the promotion PR promoted (its source-commit marker), when it is one. */
  sourceCommit: string | undefined;
}

/** What was recorded for one environment. */
export interface RecordedDeployment {
  environment: string;
  /** `exists`: a deployment of this environment at the merge commit was already recorded (another run). */
  outcome: 'in_progress' | 'success' | 'exists' | 'failed';
  id?: number;
  /** The component folders the deployment records. */
  components?: string[];
  error?: string;
  /** GitHub refused the token (it lacks `deployments: write`): the merge is not recorded, the promotion stands. */
  refusal?: 'token-permission-missing';
}

/** The marker of deployments this tool records, in their payload. */
export const DEPLOYMENT_PAYLOAD_TOOL = 'telefonistka';

/**
 * Records one GitHub Deployment per environment a merge changed (`ref` = merge commit, a payload naming the
 * components, folders, PR and promotion chain), with status `in_progress`, or `success` at once when the
 * confirmation is `merge` (GitHub then marks the environment's older deployments inactive). One environment failing
 * does not stop the others; a token GitHub refuses (no `deployments: write`) is said once, with the permission to
 * add, and the other environments are skipped without calls. The promotion stands.
 *
 * Promote, the sweep and a re-run may all record one merge, at the same time: "look, then create" cannot stop two
 * writers that both looked first, so recording converges after the fact. A deployment already recorded is left
 * alone (`exists`); after creating one the run lists the environment's deployments of the commit again, and the
 * oldest is the record: every younger one is made `inactive` and deleted (GitHub deletes only inactive deployments),
 * and statuses are written on the record only. 4 requests per environment when nobody races.
 */
export async function recordDeployments(
  input: {
    pullRequest: DeployedPullRequest;
    planned: readonly PlannedDeployment[];
    confirmation: 'argocd' | 'merge';
  },
  deps: { deployments: DeploymentsPort; logger: Logger },
): Promise<RecordedDeployment[]> {
  const results: RecordedDeployment[] = [];
  let refused: string | undefined;
  for (const planned of input.planned) {
    // The token may not create deployments: every other environment would be refused alike (no more calls).
    const result =
      refused === undefined
        ? await recordOne(planned, input, deps)
        : {
            environment: planned.environment,
            outcome: 'failed' as const,
            error: refused,
            components: planned.components,
            refusal: 'token-permission-missing' as const,
          };
    if (result.refusal === 'token-permission-missing') refused ??= result.error;
    results.push(result);
  }
  return results;
}

async function recordOne(
  planned: PlannedDeployment,
  input: Parameters<typeof recordDeployments>[0],
  deps: Parameters<typeof recordDeployments>[1],
): Promise<RecordedDeployment> {
  const { pullRequest: pr } = input;
  const { environment, components } = planned;
  const short = pr.mergeCommitSha.slice(0, 7);
  try {
    const existing = await deps.deployments.findDeployments(environment, pr.mergeCommitSha);
    if (existing.length > 0) {
      const record = await converge(existing, { environment, deps });
      deps.logger.info(`${environment}: deployment ${String(record)} of ${short} already recorded`);
      return { environment, outcome: 'exists', id: record, components };
    }
    const id = await deps.deployments.createDeployment({
      sha: pr.mergeCommitSha,
      environment,
      description: `#${String(pr.number)}: ${planned.components.join(' ')}`.slice(0, 140),
      payload: payloadOf(planned, pr),
    });
    const listed = await deps.deployments.findDeployments(environment, pr.mergeCommitSha);
    const record = await converge([...listed, { id }], { environment, deps });
    if (record !== id) {
      deps.logger.info(
        `${environment}: ${short} was recorded by another run too; deployment ${String(record)} stays`,
      );
      return { environment, outcome: 'exists', id: record, components };
    }
    const atOnce = input.confirmation === 'merge';
    await deps.deployments.createDeploymentStatus(id, {
      state: atOnce ? 'success' : 'in_progress',
      description: atOnce
        ? `merged in #${String(pr.number)}`
        : `merged in #${String(pr.number)}; waiting for Argo CD`,
      logUrl: pr.url,
    });
    deps.logger.info(`${environment}: deployment ${String(id)} of ${short} recorded`);
    return { environment, outcome: atOnce ? 'success' : 'in_progress', id, components };
  } catch (error) {
    if (error instanceof ExternalError && error.refusal === 'token-permission-missing') {
      const fix = tokenPermissionFix({
        message: 'Resource not accessible by integration',
        permissions: GATES_PERMISSIONS,
        refused: 'create deployments',
      });
      const message = `No deployment recorded for ${input.planned.map((p) => p.environment).join(', ')}: ${fix}`;
      deps.logger.warning(message);
      return { environment, outcome: 'failed', error: message, components, refusal: error.refusal };
    }
    const message = error instanceof Error ? error.message : String(error);
    deps.logger.warning(`${environment}: the deployment could not be recorded: ${message}`);
    return { environment, outcome: 'failed', error: message, components };
  }
}

/**
 * The record among deployments of one environment and commit: the oldest (lowest id). Every younger one is a
 * duplicate of a racing writer (or of this run): made `inactive`, then deleted. Another run may be removing the same
 * duplicate: one already gone is fine. Returns the record's id.
 */
async function converge(
  deployments: readonly { id: number }[],
  context: { environment: string; deps: { deployments: DeploymentsPort; logger: Logger } },
): Promise<number> {
  const ids = [...new Set(deployments.map((deployment) => deployment.id))].sort((a, b) => a - b);
  const [record, ...duplicates] = ids as [number, ...number[]];
  for (const duplicate of duplicates) {
    if (!(await retire(duplicate, record, context.deps.deployments))) continue;
    context.deps.logger.info(
      `${context.environment}: deployment ${String(duplicate)} duplicated ${String(record)}; deleted`,
    );
  }
  return record;
}

/** Makes a duplicate inactive and deletes it; false when another run removed it first. */
async function retire(duplicate: number, record: number, deployments: DeploymentsPort): Promise<boolean> {
  try {
    await deployments.createDeploymentStatus(duplicate, {
      state: 'inactive',
      description: `duplicate of deployment ${String(record)} (the merge was recorded twice)`,
      autoInactive: false,
    });
  } catch (error) {
    if (error instanceof ExternalError && error.status === 404) return false;
    throw error;
  }
  return (await deployments.deleteDeployment(duplicate)) === 'deleted';
}

function payloadOf(planned: PlannedDeployment, pr: DeployedPullRequest): Record<string, unknown> {
  return {
    tool: DEPLOYMENT_PAYLOAD_TOOL,
    components: planned.components,
    folders: planned.folders,
    pullRequest: { number: pr.number, url: pr.url },
    ...(pr.sourceCommit === undefined ? {} : { sourceCommit: pr.sourceCommit }),
    ...(pr.metadata === undefined
      ? {}
      : {
          promotion: {
            originalPrNumber: pr.metadata.originalPrNumber,
            originalPrAuthor: pr.metadata.originalPrAuthor,
            hops: pr.metadata.previousPromotionPaths,
          },
        }),
  };
}
