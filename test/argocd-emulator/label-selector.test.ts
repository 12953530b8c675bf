import { describe, expect, it } from 'vitest';
import { parseLabelSelector } from '../support/argocd-emulator/label-selector.js';

describe('parseLabelSelector', () => {
  const labels = { env: 'prod', tier: 'web', 'telefonistka.io/component-path-sha1': 'abc' };
  it.each([
    ['env=prod', true],
    ['env==prod', true],
    ['env!=prod', false],
    ['env=prod,tier=web', true],
    ['env=prod,tier=db', false],
    ['tier', true],
    ['!tier', false],
    ['missing!=x', true],
    ['env in (lab, prod)', true],
    ['env notin (lab,prod)', false],
    ['telefonistka.io/component-path-sha1=abc', true],
    ['', true],
  ])('evaluates %s -> %s', (selector, expected) => {
    expect(parseLabelSelector(selector)(labels)).toBe(expected);
  });

  it.each(['env in prod', 'a b'])('rejects %s', (selector) => {
    expect(() => parseLabelSelector(selector)).toThrow();
  });
});
