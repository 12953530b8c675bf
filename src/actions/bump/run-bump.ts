import { createActionLogger } from '../../runtime/action-logger.js';
import { setOutputs, writeSummary } from '../../runtime/outputs.js';
import { sleep } from '../../runtime/sleep.js';
import type { WorkflowContext } from '../../runtime/workflow-context.js';
import { bumpVersion } from '../../use-cases/bump/bump-version.js';
import { DEFAULT_OUTPUTS } from '../shared/default-outputs.js';
import { withFinalOutputs } from '../shared/with-final-outputs.js';
import { createBumpPorts } from './create-bump-ports.js';
import type { BumpInputs } from './read-bump-inputs.js';
import { renderBumpSummary } from '../../core/bump/render-bump-summary.js';
import { resolveBumpEdits } from './resolve-bump-edits.js';

/** The bump action: a code repository's pipeline opens (or updates) a version-bump PR in the IaC repository. */
export async function runBump(inputs: BumpInputs, workflow: WorkflowContext): Promise<void> {
  setOutputs(DEFAULT_OUTPUTS.bump);
  const logger = createActionLogger();
  const ports = createBumpPorts(inputs, { baseUrl: workflow.apiUrl, logger });
  await withFinalOutputs(
    () => ({ 'api-calls': ports.apiCalls() }),
    async () => {
      const edits = await resolveBumpEdits(inputs.edits, workflow.workspace ?? process.cwd());
      const request = { ...inputs.request, edits, serverUrl: workflow.serverUrl };
      const result = await bumpVersion(request, { ...ports, logger, sleep });
      const apiCalls = ports.apiCalls();
      setOutputs({
        'pull-request-number': result.pullRequest?.number ?? '',
        'pull-request-url': result.pullRequest?.url ?? '',
        changed: result.changed,
        result: result.result,
        branch: result.branch ?? '',
        merge: result.merge,
      });
      const targetRepo = inputs.request.targetRepo;
      await writeSummary(
        renderBumpSummary(result, { targetRepo, apiCalls, graphqlCalls: ports.graphqlCalls() }),
      );
      if (result.mergeError !== undefined) {
        const number = result.pullRequest?.number ?? '?';
        throw new Error(`#${number} is open but auto-merge failed: ${result.mergeError}`);
      }
    },
  );
}
