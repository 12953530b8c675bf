import type { Diagnostics } from './create-diagnostics.js';
import { describeKeyPath } from './describe-key-path.js';
import type { PromotionEventEndpoint, PromotionEventFormat, PromotionEventKind } from './gates-types.js';
import { readConfigValue } from './read-config-value.js';

const { list, object, string, strings } = readConfigValue;

/** Every promotion event, in the order of a promotion's life. */
export const PROMOTION_EVENT_KINDS: readonly PromotionEventKind[] = [
  'opened',
  'gated',
  'merged',
  'deployed',
  'failed',
];

/**
 * Normalizes `promotionEvents`: each endpoint an `https://` (or loopback `http://`) URL, a payload format
 * (`json`, the default, or `slack`), and the events it receives (default: all).
 */
export function buildPromotionEvents(diagnostics: Diagnostics, value: unknown): PromotionEventEndpoint[] {
  const endpoints: PromotionEventEndpoint[] = [];
  list(value).forEach((item, index) => {
    const path = ['promotionEvents', index];
    const raw = object(item);
    const url = string(raw['url']);
    if (url === undefined) return;
    if (!isAllowedUrl(url)) {
      diagnostics.error(
        [...path, 'url'],
        `\`${describeKeyPath([...path, 'url'])}\` must be an https:// URL (http:// only for 127.0.0.1 or localhost), not ${JSON.stringify(url.slice(0, 60))}`,
      );
      return;
    }
    const format: PromotionEventFormat = raw['format'] === 'slack' ? 'slack' : 'json';
    const events = Object.hasOwn(raw, 'events')
      ? PROMOTION_EVENT_KINDS.filter((kind) => strings(raw['events']).includes(kind))
      : PROMOTION_EVENT_KINDS;
    endpoints.push({ url, format, events });
  });
  return endpoints;
}

function isAllowedUrl(text: string): boolean {
  try {
    const url = new URL(text);
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}
