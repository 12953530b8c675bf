import type { RepositoryScope } from './repository-scope.js';

/** Starting workflow runs (the next promotion hop when `GITHUB_TOKEN` starts none by itself). */
export interface WorkflowDispatchPort extends RepositoryScope {
  /** Starts a `workflow_dispatch` run; GitHub's 422 on inputs throws with refusal `dispatch-inputs-rejected`. */
  dispatchWorkflow(workflow: string, ref: string, inputs: Record<string, string>): Promise<void>;
}
