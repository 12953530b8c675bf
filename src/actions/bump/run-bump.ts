import { createActionLogger } from '../../runtime/action-logger.js';
import { setOutputs, writeSummary } from '../../runtime/outputs.js';
import { sleep } from '../../runtime/sleep.js';
import type { WorkflowContext } from '../../runtime/workflow-context.js';
import { bumpVersion } from '../../use-cases/bump/bump-version.js';
import { DEFAULT_OUTPUTS } from '../shared/default-outputs.js';
import { withFinalOutputs } from '../shared/with-final-outputs.js';
import { createBumpPorts } from '../../adapters/github/create-bump-ports.js';
import { scrubSecrets } from '../../runtime/secret-registry.js';
import type { BumpInputs } from './read-bump-inputs.js';
import { bumpOutputs } from './bump-outputs.js';
import { renderBumpSummary } from '../../core/bump/render-bump-summary.js';
import { resolveBumpEdits } from './resolve-bump-edits.js';

/** The bump action: a code repository's pipeline opens (or updates) a version-bump PR in the IaC repository. */
export async function runBump(inputs: BumpInputs, workflow: WorkflowContext): Promise<void> {
  setOutputs(DEFAULT_OUTPUTS.bump);
  const logger = createActionLogger();
  const ports = createBumpPorts({
    token: inputs.githubToken,
    ...inputs.target,
    baseUrl: workflow.apiUrl,
    logger,
    writeIntervalMs: inputs.writeIntervalMs,
    scrubText: scrubSecrets,
  });
  await withFinalOutputs(
    () => ({ 'api-calls': ports.apiCalls() }),
    async () => {
      const edits = await resolveBumpEdits(inputs.edits, workflow.workspace ?? process.cwd());
      const request = { ...inputs.request, edits, serverUrl: workflow.serverUrl };
      const result = await bumpVersion(request, { ...ports, logger, sleep });
      setOutputs(bumpOutputs(result));
      const calls = { apiCalls: ports.apiCalls(), graphqlCalls: ports.graphqlCalls() };
      const summary = { targetRepo: inputs.request.targetRepo, ...calls };
      await writeSummary(renderBumpSummary(result, summary));
      if (result.mergeError !== undefined)
        throw new Error(
          `#${result.pullRequest?.number ?? '?'} is open but auto-merge failed: ${result.mergeError}`,
        );
    },
  );
}
