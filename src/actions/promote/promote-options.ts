import type { WorkflowContext } from '../../runtime/workflow-context.js';
import type { PromoteOptions } from '../../use-cases/promote/promote-types.js';
import { chainWorkflowProblem } from '../shared/chain-workflow-problem.js';
import { payloadRepositorySettings } from '../shared/payload-repository-settings.js';
import { manualRequest } from './merged-pull-request-from-event.js';
import type { PromoteInputs } from './read-promote-inputs.js';

/** The promote use-case's options from the action's inputs and the event. */
export async function promoteOptions(
  inputs: PromoteInputs,
  workflow: WorkflowContext,
  where: { defaultBranch: string; checkoutDir: string | undefined },
): Promise<PromoteOptions> {
  const manual = workflow.eventName === 'workflow_dispatch' ? manualRequest(workflow.payload) : undefined;
  return {
    defaultBranch: where.defaultBranch,
    dryRun: inputs.dryRun,
    autoMergeMode: inputs.autoMergeMode,
    mergeMethod: inputs.mergeMethod,
    repositorySettings: payloadRepositorySettings(workflow.payload),
    dispatchAfterMerge: await chainDispatch(inputs, workflow, where),
    ...(manual === undefined ? {} : { manual }),
  };
}

/**
 * Merges made with GITHUB_TOKEN start no workflow, so the next hop would never run: dispatch this workflow
 * instead. `auto` dispatches only when the token is the workflow's own GITHUB_TOKEN (`workflow-token` input).
 */
async function chainDispatch(
  inputs: PromoteInputs,
  workflow: WorkflowContext,
  where: { defaultBranch: string; checkoutDir: string | undefined },
): Promise<PromoteOptions['dispatchAfterMerge']> {
  if (inputs.chain === 'off' || workflow.workflowFile === undefined) return undefined;
  if (inputs.chain === 'auto' && inputs.githubToken !== inputs.workflowToken) return undefined;
  // Checked before merging: a workflow that does not declare `merged-pr` would break the chain after the merge.
  const problem = await chainWorkflowProblem(where.checkoutDir, workflow.workflowFile, ['merged-pr']);
  const dispatch = { workflow: workflow.workflowFile, ref: where.defaultBranch };
  return problem === undefined ? dispatch : { ...dispatch, problem };
}
