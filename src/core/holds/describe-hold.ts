import type { Hold } from './hold.js';

/** How a hold reads in plans, previews, PR bodies and summaries: `held (reason, by login, since time)`. */
export function describeHold(hold: Hold): string {
  const reason = hold.reason.replace(/\s+/g, ' ').trim();
  return `held (${reason}, by ${hold.by}, since ${hold.since})`;
}
