import { context } from '@actions/github';

/** What a step knows about the run that started it, read from the runner's environment. */
export interface WorkflowContext {
  eventName: string;
  payload: Record<string, unknown>;
  owner: string;
  repo: string;
  apiUrl: string;
  serverUrl: string;
  /** Workflow file of this run (from GITHUB_WORKFLOW_REF), for dispatching the next hop. */
  workflowFile: string | undefined;
  workspace: string | undefined;
}

/** Reads the event and repository of the current run. */
export function readWorkflowContext(): WorkflowContext {
  const workflowRef = process.env.GITHUB_WORKFLOW_REF ?? '';
  const match = /\/\.github\/workflows\/([^@]+)@/.exec(workflowRef);
  return {
    eventName: context.eventName,
    payload: context.payload,
    owner: context.repo.owner,
    repo: context.repo.repo,
    apiUrl: context.apiUrl,
    serverUrl: context.serverUrl,
    workflowFile: match?.[1],
    workspace: process.env.GITHUB_WORKSPACE,
  };
}
