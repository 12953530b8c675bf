import type { PromotionEventEndpoint } from '../config/gates-types.js';
import { maskUrlCredentials, urlSecrets } from '../webhook/mask-url-credentials.js';

/**
 * An endpoint as logs and summaries show it. A Slack incoming-webhook URL is a credential in its path
 * (`/services/T…/B…/…`), so a `slack` endpoint shows only its origin; others hide userinfo and secret-looking
 * query values (`maskUrlCredentials`).
 */
export function showEventEndpoint(endpoint: PromotionEventEndpoint): string {
  if (endpoint.format !== 'slack') return maskUrlCredentials(endpoint.url);
  try {
    return `${new URL(endpoint.url).origin}/***`;
  } catch {
    return '***';
  }
}

/** The parts of an endpoint URL to mask wherever they appear: credentials, and a Slack URL's path. */
export function eventEndpointSecrets(endpoint: PromotionEventEndpoint): string[] {
  const secrets = urlSecrets(endpoint.url);
  if (endpoint.format !== 'slack') return secrets;
  try {
    const path = new URL(endpoint.url).pathname;
    return path.length > 1 ? [...secrets, path, endpoint.url] : secrets;
  } catch {
    return [...secrets, endpoint.url];
  }
}
