import { mapWithConcurrency } from '../../core/concurrency/map-with-concurrency.js';
import type { PromotionEventEndpoint } from '../../core/config/gates-types.js';
import { errorMessage } from '../../core/errors/error-message.js';
import type { PromotionEvent, PromotionEventContext } from '../../core/events/promotion-event.js';
import type { EventDelivery, PromotionEventsResult } from '../../core/events/promotion-events-result.js';
import { renderPromotionEventJson } from '../../core/events/render-promotion-event-json.js';
import { renderPromotionEventSlack } from '../../core/events/render-promotion-event-slack.js';
import { eventEndpointSecrets, showEventEndpoint } from '../../core/events/show-event-endpoint.js';
import { buildDeliveryHeaders } from '../../core/webhook/build-delivery-headers.js';
import type { SecretRule } from '../../core/webhook/parse-secret-rules.js';
import { selectSecret } from '../../core/webhook/select-secret.js';
import { validateEndpointUrl } from '../../core/webhook/validate-endpoint-url.js';
import type { Logger } from '../../ports/logger.js';
import type { WebhookSenderPort } from '../../ports/webhook-sender-port.js';

/** The `X-GitHub-Event` of promotion-event deliveries; `X-Telefonistka-Event` names the event itself. */
export const PROMOTION_EVENT_HEADER = 'telefonistka_promotion';

/** How the events are signed and sent. */
export interface PromotionEventsOptions {
  /** `promotionEvents` of telefonistka.yaml: URLs from the configuration, never from PR text. */
  endpoints: readonly PromotionEventEndpoint[];
  /** Secret for endpoints no `secretRules` pattern matches; unsigned when undefined. */
  defaultSecret: string | undefined;
  secretRules: readonly SecretRule[];
  userAgent: string;
  /** Endpoints served at the same time (each receives its events one after the other, in order). */
  concurrency: number;
  context: PromotionEventContext;
}

/** What sending needs from outside. */
export interface PromotionEventsPorts {
  sender: WebhookSenderPort;
  logger: Logger;
  /** A fresh GUID for `X-GitHub-Delivery`. */
  newDeliveryId: () => string;
  /** Hides a value (credentials found in endpoint URLs, e.g. a Slack webhook path) from the log. */
  maskSecret: (value: string) => void;
}

/**
 * Sends a run's promotion events to the `promotionEvents` endpoints through the webhook engine: each event an
 * endpoint subscribes to as its own delivery, in the order the events happened, the `json` (version 1) or
 * `slack` payload, signed with the endpoint's secret (`X-Hub-Signature-256`), retried by the sender. Every
 * delivery gets a result; a failing endpoint never stops the others nor throws: the promotion is done either way.
 */
export async function sendPromotionEvents(
  events: readonly PromotionEvent[],
  options: PromotionEventsOptions,
  ports: PromotionEventsPorts,
): Promise<PromotionEventsResult> {
  const result: PromotionEventsResult = { events: events.length, deliveries: [], failures: [], requests: 0 };
  if (options.endpoints.length === 0 || events.length === 0) return result;
  for (const endpoint of options.endpoints)
    for (const secret of eventEndpointSecrets(endpoint)) ports.maskSecret(secret);
  const settled = await mapWithConcurrency(options.endpoints, options.concurrency, (endpoint) =>
    deliverAll(endpoint, events, options, ports),
  );
  settled.forEach((outcome, index) => {
    const endpoint = options.endpoints[index];
    if (endpoint === undefined) return;
    const deliveries =
      outcome.status === 'fulfilled'
        ? outcome.value
        : [unsent(endpoint, undefined, `unexpected failure: ${errorMessage(outcome.reason)}`)];
    result.deliveries.push(...deliveries);
  });
  for (const delivery of result.deliveries) {
    result.requests += delivery.attempts;
    if (delivery.outcome !== 'delivered')
      result.failures.push(`${delivery.endpoint} (${delivery.event}): ${delivery.error ?? 'failed'}`);
  }
  return result;
}

async function deliverAll(
  endpoint: PromotionEventEndpoint,
  events: readonly PromotionEvent[],
  options: PromotionEventsOptions,
  ports: PromotionEventsPorts,
): Promise<EventDelivery[]> {
  const wanted = events.filter((event) => endpoint.events.includes(event.kind));
  if (wanted.length === 0) return [];
  const check = validateEndpointUrl(endpoint.url);
  if (!check.ok) {
    const reason = `${showEventEndpoint(endpoint)} is not a valid URL`;
    ports.logger.warning(`Promotion-event endpoint ${reason}: not sent.`);
    return wanted.map((event) => ({ ...unsent(endpoint, event, reason), outcome: 'invalid' as const }));
  }
  const deliveries: EventDelivery[] = [];
  for (const event of wanted) deliveries.push(await deliverOne(endpoint, event, options, ports));
  return deliveries;
}

async function deliverOne(
  endpoint: PromotionEventEndpoint,
  event: PromotionEvent,
  options: PromotionEventsOptions,
  ports: PromotionEventsPorts,
): Promise<EventDelivery> {
  const shown = showEventEndpoint(endpoint);
  const payload =
    endpoint.format === 'slack'
      ? renderPromotionEventSlack(event, options.context)
      : renderPromotionEventJson(event, options.context);
  const body = new TextEncoder().encode(JSON.stringify(payload));
  const secret = selectSecret(options.secretRules, options.defaultSecret, endpoint.url);
  const deliveryId = ports.newDeliveryId();
  const headers = {
    ...buildDeliveryHeaders({
      event: PROMOTION_EVENT_HEADER,
      deliveryId,
      body,
      secret,
      userAgent: options.userAgent,
    }),
    'X-Telefonistka-Event': event.kind,
  };
  const sent = await ports.sender.send({ url: endpoint.url, headers, body, skipTlsVerify: false });
  const delivery: EventDelivery = {
    endpoint: shown,
    format: endpoint.format,
    event: event.kind,
    pullRequest: event.pullRequest?.number ?? null,
    outcome: sent.ok ? 'delivered' : 'failed',
    status: sent.status ?? null,
    attempts: sent.attempts,
    durationMs: sent.durationMs,
    signed: secret !== undefined,
    deliveryId,
    ...(sent.error === undefined ? {} : { error: sent.error.split(endpoint.url).join(shown) }),
  };
  const line = `${event.kind} → ${shown}: ${delivery.outcome}, HTTP ${delivery.status ?? '-'}, ${String(sent.attempts)} attempt(s)`;
  if (sent.ok) ports.logger.info(line);
  else ports.logger.warning(`${line}: ${delivery.error ?? ''}`);
  return delivery;
}

function unsent(
  endpoint: PromotionEventEndpoint,
  event: PromotionEvent | undefined,
  error: string,
): EventDelivery {
  return {
    endpoint: showEventEndpoint(endpoint),
    format: endpoint.format,
    event: event?.kind ?? 'failed',
    pullRequest: event?.pullRequest?.number ?? null,
    outcome: 'failed',
    status: null,
    attempts: 0,
    durationMs: 0,
    signed: false,
    deliveryId: null,
    error,
  };
}
