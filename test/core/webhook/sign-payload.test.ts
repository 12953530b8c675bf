import { describe, expect, it } from 'vitest';
import { buildDeliveryHeaders } from '../../../src/core/webhook/build-delivery-headers.js';
import { signSha1, signSha256 } from '../../../src/core/webhook/sign-payload.js';

describe('signSha256', () => {
  it("matches GitHub's documented test vector", () => {
    expect(signSha256('Hello, World!', "It's a Secret to Everybody")).toBe(
      'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
    );
  });

  it('signs bytes and their UTF-8 string identically', () => {
    const text = '{"ref":"refs/heads/main","name":"Zoë"}';
    expect(signSha256(new TextEncoder().encode(text), 's')).toBe(signSha256(text, 's'));
  });
});

describe('buildDeliveryHeaders', () => {
  const body = new TextEncoder().encode('{"a":1}');

  it('sends JSON with the event, the delivery id and both signatures when there is a secret', () => {
    expect(
      buildDeliveryHeaders({ event: 'push', deliveryId: 'id-1', body, secret: 'k', userAgent: 'ua' }),
    ).toEqual({
      'Content-Type': 'application/json',
      'User-Agent': 'ua',
      'X-GitHub-Event': 'push',
      'X-GitHub-Delivery': 'id-1',
      'X-Hub-Signature': signSha1(body, 'k'),
      'X-Hub-Signature-256': signSha256(body, 'k'),
    });
  });

  it('leaves signature headers out without a secret', () => {
    const headers = buildDeliveryHeaders({
      event: 'push',
      deliveryId: 'id',
      body,
      secret: undefined,
      userAgent: 'ua',
    });
    expect(Object.keys(headers)).not.toContain('X-Hub-Signature-256');
    expect(Object.keys(headers)).not.toContain('X-Hub-Signature');
  });
});
