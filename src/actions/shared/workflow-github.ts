import { createOctokitGitHub } from '../../adapters/github/create-octokit-github.js';
import type { GitHubPort } from '../../ports/github-port.js';
import type { Logger } from '../../ports/logger.js';
import { InputError } from '../../core/errors/input-error.js';
import { createActionLogger } from '../../runtime/action-logger.js';
import { integerInput, secretInput } from '../../runtime/inputs.js';
import { scrubSecrets } from '../../runtime/secret-registry.js';
import { readWorkflowContext, type WorkflowContext } from '../../runtime/workflow-context.js';

/**
 * The GitHubPort of the workflow's repository for `token`, with write spacing from the `write-interval-ms`
 * input and the repository node id from the event (saves a GraphQL lookup for compare-and-swap ref updates);
 * every text it writes to GitHub is scrubbed of the step's secrets.
 */
export function createWorkflowGitHub(token: string, workflow: WorkflowContext, logger: Logger): GitHubPort {
  const repository = workflow.payload.repository as { node_id?: string } | undefined;
  return createOctokitGitHub({
    token,
    owner: workflow.owner,
    repo: workflow.repo,
    baseUrl: workflow.apiUrl,
    logger,
    writeIntervalMs: integerInput('write-interval-ms', 1000, { min: 0, max: 60_000 }),
    scrubText: scrubSecrets,
    ...(repository?.node_id === undefined ? {} : { repositoryNodeId: repository.node_id }),
  });
}

/** What every runner starts from: its logger, the workflow context and the repository's GitHubPort. */
export interface WorkflowRun {
  logger: Logger;
  workflow: WorkflowContext;
  github: GitHubPort;
  /** The `github-token` input (masked): for what needs the token itself, like dispatching the next hop. */
  token: string;
}

/**
 * The common start of a runner: the action logger, the workflow context and a GitHubPort for the
 * `github-token` input (refused when empty, before any API call).
 */
export function startWorkflowRun(): WorkflowRun {
  const logger = createActionLogger();
  const workflow = readWorkflowContext();
  const token = secretInput('github-token') ?? '';
  if (token === '')
    throw new InputError('github-token', 'is empty; pass ${{ github.token }} or an App token');
  return { logger, workflow, github: createWorkflowGitHub(token, workflow, logger), token };
}

/** The repository's default branch from the event payload, else from the API (one call). */
export async function workflowDefaultBranch(workflow: WorkflowContext, github: GitHubPort): Promise<string> {
  const repository = workflow.payload.repository as { default_branch?: string } | undefined;
  return repository?.default_branch ?? (await github.getRepository()).defaultBranch;
}
