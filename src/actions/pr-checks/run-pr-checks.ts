import { createActionLogger } from '../../runtime/action-logger.js';
import { setOutputs } from '../../runtime/outputs.js';
import { readWorkflowContext } from '../../runtime/workflow-context.js';
import type { PrChecksDeps } from '../../use-cases/pr-checks/pr-checks-deps.js';
import { DEFAULT_OUTPUTS } from '../shared/default-outputs.js';
import { detectRepositoryAccess } from '../shared/detect-repository-access.js';
import { withFinalOutputs } from '../shared/with-final-outputs.js';
import { createWorkflowGitHub, workflowDefaultBranch } from '../shared/workflow-github.js';
import { checkPrEvent } from './check-pr-event.js';
import type { PrChecksInputs } from './read-pr-checks-inputs.js';
import { runDriftMap } from './run-drift-map.js';

/**
 * The pr-checks action. `mode: pr`: an opened, updated, reopened or labelled PR gets its drift warning,
 * promotion preview and `telefonistka` status; a PR comment may run `/retrigger` or a toggle command.
 * `mode: drift-map`: the whole repository's drift map in the job summary (for a scheduled workflow).
 */
export async function runPrChecks(inputs: PrChecksInputs): Promise<void> {
  setOutputs(DEFAULT_OUTPUTS['pr-checks']);
  const logger = createActionLogger();
  const workflow = readWorkflowContext();
  const github = createWorkflowGitHub({ ...inputs, token: inputs.githubToken }, workflow, logger);
  await withFinalOutputs(
    () => ({ 'api-calls': github.callCount() }),
    async () => {
      const access = await detectRepositoryAccess(inputs.checkoutPath ?? workflow.workspace, github, logger);
      const deps = { github, logger, ...access } satisfies PrChecksDeps;
      const defaultBranch = await workflowDefaultBranch(workflow, github);
      const today = new Date().toISOString().slice(0, 10);
      const run = { inputs, deps, defaultBranch, today };
      return inputs.mode === 'drift-map' ? runDriftMap(run) : checkPrEvent({ ...run, workflow });
    },
  );
}
