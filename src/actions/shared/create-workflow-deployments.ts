import { createOctokitDeployments } from '../../adapters/github/create-octokit-deployments.js';
import type { DeploymentsPort } from '../../ports/deployments-port.js';
import type { GateSweepPort } from '../../ports/gate-sweep-port.js';
import type { Logger } from '../../ports/logger.js';
import { scrubSecrets } from '../../runtime/secret-registry.js';
import type { WorkflowContext } from '../../runtime/workflow-context.js';

/**
 * The Deployments and sweep-read ports of the run's repository, with the run's token and write spacing and
 * secrets scrubbed from what GitHub echoes back; promote (recording a merge) and the sweep build them alike.
 */
export function createWorkflowDeployments(
  inputs: { githubToken: string; writeIntervalMs: number },
  workflow: Pick<WorkflowContext, 'owner' | 'repo' | 'apiUrl'>,
  logger: Logger,
): DeploymentsPort & GateSweepPort {
  return createOctokitDeployments({
    token: inputs.githubToken,
    owner: workflow.owner,
    repo: workflow.repo,
    baseUrl: workflow.apiUrl,
    logger,
    writeIntervalMs: inputs.writeIntervalMs,
    scrubText: scrubSecrets,
  });
}
