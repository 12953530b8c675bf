import { createOctokitGitHub } from '../../adapters/github/create-octokit-github.js';
import type { GitHubPort } from '../../ports/github-port.js';
import type { Logger } from '../../ports/logger.js';
import { scrubSecrets } from '../../runtime/secret-registry.js';
import type { WorkflowContext } from '../../runtime/workflow-context.js';

/**
 * The GitHubPort of the workflow's repository for `token`, with write spacing from the `write-interval-ms`
 * input and the repository node id from the event (saves a GraphQL lookup for compare-and-swap ref updates);
 * every text it writes to GitHub is scrubbed of the step's secrets.
 */
export function createWorkflowGitHub(
  client: { token: string; writeIntervalMs: number },
  workflow: WorkflowContext,
  logger: Logger,
): GitHubPort {
  const { token, writeIntervalMs } = client;
  const repository = workflow.payload.repository as { node_id?: string } | undefined;
  return createOctokitGitHub({
    token,
    owner: workflow.owner,
    repo: workflow.repo,
    baseUrl: workflow.apiUrl,
    logger,
    writeIntervalMs,
    scrubText: scrubSecrets,
    ...(repository?.node_id === undefined ? {} : { repositoryNodeId: repository.node_id }),
  });
}

/** The repository's default branch from the event payload, else from the API (one call). */
export async function workflowDefaultBranch(workflow: WorkflowContext, github: GitHubPort): Promise<string> {
  const repository = workflow.payload.repository as { default_branch?: string } | undefined;
  return repository?.default_branch ?? (await github.getRepository()).defaultBranch;
}
