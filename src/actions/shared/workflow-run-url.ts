import type { WorkflowContext } from '../../runtime/workflow-context.js';

/** The link of this workflow run, for commit statuses and comment hints; undefined outside a run. */
export function workflowRunUrl(workflow: WorkflowContext): string | undefined {
  if (workflow.runId === undefined) return undefined;
  return `${workflow.serverUrl}/${workflow.owner}/${workflow.repo}/actions/runs/${workflow.runId}`;
}
