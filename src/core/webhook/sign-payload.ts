import { createHmac } from 'node:crypto';

/**
 * GitHub's `X-Hub-Signature-256` value for a body: `sha256=` + hex HMAC-SHA256 keyed with the secret, over
 * the exact bytes sent (https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries).
 */
export function signSha256(body: Uint8Array | string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** GitHub's legacy `X-Hub-Signature` value (`sha1=` + hex HMAC-SHA1), still checked by older receivers. */
export function signSha1(body: Uint8Array | string, secret: string): string {
  return `sha1=${createHmac('sha1', secret).update(body).digest('hex')}`;
}
