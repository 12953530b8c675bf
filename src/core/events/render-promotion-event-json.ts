import type { PromotionEvent, PromotionEventContext } from './promotion-event.js';
import { PROMOTION_EVENT_PAYLOAD_VERSION } from './promotion-event-payload-version.js';

/** The `json` payload of a promotion event, version 1 (documented field by field in docs/promotion-events.md). */
export interface PromotionEventJson {
  version: typeof PROMOTION_EVENT_PAYLOAD_VERSION;
  tool: 'telefonistka';
  event: PromotionEvent['kind'];
  failure: PromotionEvent['failure'] | null;
  source: PromotionEvent['source'];
  occurredAt: string;
  repository: { owner: string; name: string; url: string };
  run: { url: string } | null;
  pullRequest: { number: number; url: string } | null;
  environments: string[];
  folders: string[];
  commit: string | null;
  deploymentId: number | null;
  reason: string;
}

/** The plain JSON payload of one event: every field present (null when unknown), keys in a fixed order. */
export function renderPromotionEventJson(
  event: PromotionEvent,
  context: PromotionEventContext,
): PromotionEventJson {
  return {
    version: PROMOTION_EVENT_PAYLOAD_VERSION,
    tool: 'telefonistka',
    event: event.kind,
    failure: event.failure ?? null,
    source: event.source,
    occurredAt: new Date(context.now).toISOString(),
    repository: context.repository,
    run: context.runUrl === undefined ? null : { url: context.runUrl },
    pullRequest: event.pullRequest ?? null,
    environments: event.environments,
    folders: event.folders,
    commit: event.commit ?? null,
    deploymentId: event.deploymentId ?? null,
    reason: event.reason,
  };
}
