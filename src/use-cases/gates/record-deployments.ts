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
 * confirmation is `merge` (GitHub then marks the environment's older deployments inactive). A deployment that
 * already exists for the environment and commit is left alone, so promote and the sweep may both record.
 * One environment failing does not stop the others; a token GitHub refuses (no `deployments: write`) is said once,
 * with the permission to add, and the other environments are skipped without calls. The promotion stands.
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
  const environment = planned.environment;
  const components = planned.components;
  try {
    const existing = await deps.deployments.findDeployments(environment, pr.mergeCommitSha);
    if (existing.length > 0) {
      deps.logger.info(`${environment}: deployment of ${pr.mergeCommitSha.slice(0, 7)} already recorded`);
      return { environment, outcome: 'exists', id: existing[0]?.id ?? 0, components };
    }
    const id = await deps.deployments.createDeployment({
      sha: pr.mergeCommitSha,
      environment,
      description: `#${String(pr.number)}: ${planned.components.join(' ')}`.slice(0, 140),
      payload: payloadOf(planned, pr),
    });
    const atOnce = input.confirmation === 'merge';
    await deps.deployments.createDeploymentStatus(id, {
      state: atOnce ? 'success' : 'in_progress',
      description: atOnce
        ? `merged in #${String(pr.number)}`
        : `merged in #${String(pr.number)}; waiting for Argo CD`,
      logUrl: pr.url,
    });
    deps.logger.info(`${environment}: deployment ${String(id)} of ${pr.mergeCommitSha.slice(0, 7)} recorded`);
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
