import type { PromoteResult } from '../../core/promotion/promote-result.js';
import type { GitHubPort } from '../../ports/github-port.js';
import type { LocalGitPort } from '../../ports/local-git-port.js';
import type { Logger } from '../../ports/logger.js';
import type { MergedPullRequest } from '../../ports/pull-request-ref.js';
import type { WorkflowContext } from '../../runtime/workflow-context.js';
import { recordMergeDeployments } from '../../use-cases/gates/record-merge-deployments.js';
import { createWorkflowDeployments } from '../shared/create-workflow-deployments.js';
import { manualRequest } from './merged-pull-request-from-event.js';
import type { PromoteInputs } from './read-promote-inputs.js';

/** What recording the merge's deployments needs beside the promote run's result. */
export interface RecordDeploymentsContext {
  inputs: PromoteInputs;
  workflow: WorkflowContext;
  /** Whether the action can reach an Argo CD (`deploymentConfirmation` absent means `argocd` then). */
  argoCdConfigured: boolean;
  github: GitHubPort;
  localGit: LocalGitPort | undefined;
  logger: Logger;
}

/**
 * Deployments of the merge (issue 15): recorded after promoting, when the configuration asks for them (a manual
 * dispatch records none). Returns the outcomes, the API calls spent and the merged PR's link.
 */
export async function recordDeploymentsOfMerge(
  pr: MergedPullRequest,
  result: PromoteResult,
  context: RecordDeploymentsContext,
) {
  const { workflow, inputs, logger } = context;
  const config = result.config;
  const repository = workflow.payload.repository as { html_url?: string } | undefined;
  const base = repository?.html_url ?? `https://github.com/${workflow.owner}/${workflow.repo}`;
  const url = `${base}/pull/${String(pr.number)}`;
  if (config === undefined || result.dryRun) return { deployments: [], calls: 0, url };
  if (workflow.eventName === 'workflow_dispatch' && manualRequest(workflow.payload) !== undefined)
    return { deployments: [], calls: 0, url };
  const records = createWorkflowDeployments(inputs, workflow, logger);
  const configured = config.deploymentConfirmation ?? 'auto';
  const confirmation =
    configured === 'merge' || (configured === 'auto' && !context.argoCdConfigured) ? 'merge' : 'argocd';
  const deployments = await logger.group('Record deployments', () =>
    recordMergeDeployments(
      { pullRequest: pr, url, config, confirmation },
      { github: context.github, deployments: records, localGit: context.localGit, logger },
    ),
  );
  return { deployments, calls: records.callCount(), url };
}
