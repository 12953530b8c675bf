import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors/input-error.js';
import { parseSecretRules } from '../../../src/core/webhook/parse-secret-rules.js';
import { selectSecret } from '../../../src/core/webhook/select-secret.js';

describe('parseSecretRules', () => {
  it('reads a YAML mapping in the order written, every value as text', () => {
    const rules = parseSecretRules('"^https://a\\\\.": 00123\n"^https://b": "x: y"\nunsigned\\.example:\n');
    expect(rules.map((r) => [r.pattern, r.secret])).toEqual([
      ['^https://a\\.', '00123'],
      ['^https://b', 'x: y'],
      ['unsigned\\.example', ''],
    ]);
  });

  it('reads JSON, including secrets written with toJSON()', () => {
    const rules = parseSecretRules('{"argocd-a": "s\\"1", "argocd-b": "two"}');
    expect(rules.map((r) => r.secret)).toEqual(['s"1', 'two']);
  });

  it('treats an empty input as no rules', () => {
    expect(parseSecretRules(undefined)).toEqual([]);
    expect(parseSecretRules('  \n')).toEqual([]);
  });

  it.each([
    ['- a\n- b', 'must be a mapping'],
    ['"(": x', 'invalid regular expression'],
    ['a: [x]', 'must be text'],
    ['a: "unterminated', 'syntax error on line 1'],
  ])('rejects %j with an InputError', (text, message) => {
    expect(() => parseSecretRules(text)).toThrow(InputError);
    expect(() => parseSecretRules(text)).toThrow(message);
  });

  it('never puts a secret value in its error message', () => {
    expect(() => parseSecretRules('ok: hunter2\nbad: [hunter3]')).toThrow(/^(?!.*hunter).*$/s);
  });
});

describe('selectSecret', () => {
  const rules = parseSecretRules(
    '"^https://a\\\\.": sa\n"^https://a\\\\.example/unsigned": ""\n"^https://b": sb',
  );

  it('uses the first rule whose pattern matches the URL', () => {
    expect(selectSecret(rules, 'default', 'https://a.example/unsigned')).toBe('sa');
    expect(selectSecret(rules, 'default', 'https://b.example/')).toBe('sb');
  });

  it('falls back to the default secret, and to no signature without one', () => {
    expect(selectSecret(rules, 'default', 'https://c.example/')).toBe('default');
    expect(selectSecret(rules, undefined, 'https://c.example/')).toBeUndefined();
  });

  it('sends unsigned when the matching rule has an empty secret', () => {
    const only = parseSecretRules('"unsigned": ""');
    expect(selectSecret(only, 'default', 'https://x/unsigned')).toBeUndefined();
  });
});
