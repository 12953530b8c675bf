import { describe, expect, it } from 'vitest';
import { validateEndpointUrl } from '../../../src/core/webhook/validate-endpoint-url.js';

describe('validateEndpointUrl', () => {
  it.each(['https://argocd.example.com/api/webhook', 'http://10.0.0.1:8080/api/webhook?x=1'])(
    'accepts %s',
    (url) => {
      expect(validateEndpointUrl(url)).toEqual({ ok: true, url });
    },
  );

  it.each([
    ['ftp://example.com/hook', 'is not http or https'],
    ['file:///etc/passwd', 'is not http or https'],
    ['example.com/hook', 'is not an absolute URL'],
    ['', 'is not an absolute URL'],
    ['https://example.com/hook nginx/values.yaml', 'whitespace'],
    ['https://example.com/\nhook', 'whitespace'],
    ['http://', 'not an absolute URL'],
  ])('rejects %j', (url, reason) => {
    const check = validateEndpointUrl(url);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.reason).toContain(reason);
  });

  it('never repeats a password of the URL in its reason', () => {
    const check = validateEndpointUrl('ftp://bot:hunter2@example.com/hook');
    expect(check.ok ? '' : check.reason).not.toContain('hunter2');
    expect(check.ok ? '' : check.reason).toContain('bot:***@');
  });
});
