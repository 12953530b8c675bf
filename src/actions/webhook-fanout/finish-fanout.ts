import type { Logger } from '../../ports/logger.js';
import { setOutputs, writeSummary } from '../../runtime/outputs.js';
import type { FanoutResult } from '../../core/webhook/fanout-result.js';
import type { WebhookFanoutInputs } from './read-webhook-fanout-inputs.js';
import { renderFanoutSummary } from '../../core/webhook/render-fanout-summary.js';

/** How a fan-out ended: the push was skipped, or it produced deliveries. */
export type FanoutEnd =
  | { skipped: string; apiCalls: number; logger: Logger }
  | { result: FanoutResult; apiCalls: number; logger: Logger };

/**
 * Sets the outputs and the job summary of a fan-out, and fails the step when a delivery failed (a warning
 * instead with `fail-on-error: false`).
 */
export async function finishFanout(inputs: WebhookFanoutInputs, end: FanoutEnd): Promise<void> {
  const { apiCalls, logger } = end;
  if ('skipped' in end) {
    logger.info(`Nothing to forward: ${end.skipped}. Webhook fan-out handles pushes to the default branch.`);
  }
  const result = 'result' in end ? end.result : skippedResult(end.skipped);
  setOutputs({ deliveries: result.deliveries, 'api-calls': apiCalls });
  await writeSummary(renderFanoutSummary(result, { apiCalls, dryRun: inputs.dryRun }));
  if (result.failures.length === 0) return;
  const count = result.failures.length;
  const message = `${count} webhook deliver${count === 1 ? 'y' : 'ies'} failed:\n${result.failures.map((f) => `- ${f}`).join('\n')}`;
  if (inputs.failOnError) throw new Error(message);
  logger.warning(`${message}\n(fail-on-error is false: the step succeeds)`);
}

function skippedResult(reason: string): FanoutResult {
  return {
    skipped: reason,
    changes: undefined,
    unmatchedFiles: 0,
    payloadBytes: 0,
    deliveries: [],
    failures: [],
  };
}
