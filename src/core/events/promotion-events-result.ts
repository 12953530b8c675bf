import type { PromotionEventFormat, PromotionEventKind } from '../config/gates-types.js';

/** One event sent (or not) to one endpoint. */
export interface EventDelivery {
  /** The endpoint URL with credentials masked. */
  endpoint: string;
  format: PromotionEventFormat;
  event: PromotionEventKind;
  /** The PR the event is about, when there is one. */
  pullRequest: number | null;
  outcome: 'delivered' | 'failed' | 'invalid';
  /** HTTP status of the last response; null when none came. */
  status: number | null;
  attempts: number;
  durationMs: number;
  signed: boolean;
  /** `X-GitHub-Delivery` of the delivery; null when nothing was sent. */
  deliveryId: string | null;
  error?: string;
}

/** What sending a run's promotion events did; delivery failures never fail the promotion. */
export interface PromotionEventsResult {
  /** Events the run produced (before the endpoints' `events` filters). */
  events: number;
  deliveries: EventDelivery[];
  /** One line per delivery that failed, credentials masked. */
  failures: string[];
  /** HTTP requests sent to the endpoints, retries included. */
  requests: number;
}
