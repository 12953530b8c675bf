/** The version of the `json` promotion-event payload (docs/promotion-events.md); bumped on incompatible changes. */
export const PROMOTION_EVENT_PAYLOAD_VERSION = 1;
