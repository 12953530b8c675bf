import { describe, expect, it } from 'vitest';
import { createSecretScrubber } from '../../../src/core/secrets/create-secret-scrubber.js';
import { secretForms } from '../../../src/core/secrets/secret-forms.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('createSecretScrubber', () => {
  const secret = 'pa ss/w+rd=42';
  it.each([
    ['plain', `token ${secret} echoed`],
    ['percent-encoded', `GET /hook?token=${encodeURIComponent(secret)} failed`],
    ['form-encoded', `body: token=${new URLSearchParams({ t: secret }).toString().slice(2)}`],
    ['base64 alone', `secret=${b64(secret)}`],
    ['base64 after one byte', `Authorization: Basic ${b64(`u${secret}`)}`],
    ['base64 after two bytes', `Authorization: Basic ${b64(`u:${secret}`)}`],
    ['base64 after three bytes', `Authorization: Basic ${b64(`bot${secret}`)}`],
    ['base64 of user:password', `Authorization: Basic ${b64(`user:${secret}`)}`],
  ])('hides the %s form', (_name, text) => {
    const scrubbed = createSecretScrubber([secret]).scrub(text);
    expect(scrubbed).toContain('***');
    for (const form of secretForms(secret)) expect(scrubbed).not.toContain(form);
    expect(scrubbed).not.toContain(secret);
  });

  it('keeps text without secrets unchanged and ignores empty and very short secrets', () => {
    const scrubber = createSecretScrubber(['', 'ab']);
    expect(scrubber.scrub('ab abc nothing to hide')).toBe('ab abc nothing to hide');
  });

  it('reports only forms it did not know', () => {
    const scrubber = createSecretScrubber();
    expect(scrubber.add('hunter22')).toEqual(secretForms('hunter22'));
    expect(scrubber.add('hunter22')).toEqual([]);
  });
});
