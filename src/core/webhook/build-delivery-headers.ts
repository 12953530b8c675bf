import { signSha1, signSha256 } from './sign-payload.js';

/** What one delivery needs to be told apart and verified. */
export interface DeliveryHeaderOptions {
  /** `X-GitHub-Event`, e.g. `push`. */
  event: string;
  /** `X-GitHub-Delivery`: a GUID, kept across retries of the same delivery as GitHub does on redelivery. */
  deliveryId: string;
  /** The exact bytes that will be sent. */
  body: Uint8Array;
  /** HMAC key of this endpoint; no signature headers when undefined. */
  secret: string | undefined;
  userAgent: string;
}

/**
 * The headers GitHub sends with a webhook delivery: JSON content type (Argo CD rejects form-encoded bodies),
 * event name, delivery GUID and, when the endpoint has a secret, `X-Hub-Signature-256` (plus the legacy
 * SHA-1 `X-Hub-Signature`) computed over the body bytes.
 */
export function buildDeliveryHeaders(options: DeliveryHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'User-Agent': options.userAgent,
    'X-GitHub-Event': options.event,
    'X-GitHub-Delivery': options.deliveryId,
  };
  if (options.secret !== undefined && options.secret !== '') {
    headers['X-Hub-Signature'] = signSha1(options.body, options.secret);
    headers['X-Hub-Signature-256'] = signSha256(options.body, options.secret);
  }
  return headers;
}
