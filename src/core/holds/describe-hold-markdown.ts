import { codeSpan } from '../comments/markdown-code.js';
import type { Hold } from './hold.js';

/**
 * How a hold reads in markdown (PR bodies, previews, job summaries): `held (`reason`, by `login`, since time)`.
 * Reason and login are the holds file's text, shown as inline code so that no link, image, HTML, mention or issue
 * reference in them does anything.
 */
export function describeHoldMarkdown(hold: Hold): string {
  const reason = hold.reason.replace(/\s+/g, ' ').trim();
  return `held (${codeSpan(reason)}, by ${codeSpan(hold.by.trim())}, since ${hold.since})`;
}
