import { randomUUID } from 'node:crypto';
import { createAxiosWebhookSender } from '../../adapters/http/create-axios-webhook-sender.js';
import type { PromotionEventEndpoint } from '../../core/config/gates-types.js';
import type { PromotionEvent } from '../../core/events/promotion-event.js';
import type { PromotionEventsResult } from '../../core/events/promotion-events-result.js';
import type { Logger } from '../../ports/logger.js';
import { maskSecret } from '../../runtime/mask-secret.js';
import { scrubSecrets } from '../../runtime/secret-registry.js';
import type { WorkflowContext } from '../../runtime/workflow-context.js';
import { sendPromotionEvents } from '../../use-cases/promotion-events/send-promotion-events.js';
import type { WebhookSecrets } from './read-webhook-secrets.js';

const USER_AGENT = 'telefonistka-promotion-events';

/** The sender's policy for promotion events: the push fan-out's defaults (10 s per attempt, 3 retries). */
const TIMEOUT_MS = 10_000;
const RETRIES = 3;
const CONCURRENCY = 10;

/**
 * Sends a promote or sweep run's promotion events to the configured endpoints (repository and run from the
 * workflow context, secrets from the inputs). Never throws for a delivery: the caller reports the result.
 */
export async function sendRunPromotionEvents(
  events: readonly PromotionEvent[],
  run: {
    endpoints: readonly PromotionEventEndpoint[] | undefined;
    secrets: WebhookSecrets;
    workflow: WorkflowContext;
    logger: Logger;
  },
): Promise<PromotionEventsResult> {
  const endpoints = run.endpoints ?? [];
  if (endpoints.length === 0 || events.length === 0)
    return { events: events.length, deliveries: [], failures: [], requests: 0 };
  const { workflow, logger } = run;
  const sender = createAxiosWebhookSender({ timeoutMs: TIMEOUT_MS, retries: RETRIES, logger });
  const options = {
    endpoints,
    defaultSecret: run.secrets.secret,
    secretRules: run.secrets.secretRules,
    userAgent: USER_AGENT,
    concurrency: CONCURRENCY,
    context: {
      repository: {
        owner: workflow.owner,
        name: workflow.repo,
        url: `${workflow.serverUrl}/${workflow.owner}/${workflow.repo}`,
      },
      runUrl: workflow.runUrl,
      now: Date.now(),
    },
  };
  // Reasons quote error texts: no registered secret (token, webhook secret) leaves the runner in a payload.
  const scrubbed = events.map((event) => ({ ...event, reason: scrubSecrets(event.reason) }));
  return logger.group('Promotion events', () =>
    sendPromotionEvents(scrubbed, options, { sender, logger, newDeliveryId: randomUUID, maskSecret }).finally(
      () => sender.close(),
    ),
  );
}

/** The `promotion-events` output: one entry per delivery, endpoint credentials masked. */
export function promotionEventsOutput(result: PromotionEventsResult): object[] {
  return result.deliveries.map((d) => ({
    endpoint: d.endpoint,
    event: d.event,
    pullRequest: d.pullRequest,
    outcome: d.outcome,
    status: d.status,
    attempts: d.attempts,
    ...(d.error === undefined ? {} : { error: d.error }),
  }));
}
