import { describe, expect, it } from 'vitest';
import { matchesLogin } from '../../../src/core/identity/matches-login.js';

describe('matchesLogin', () => {
  it.each<[string, string, boolean]>([
    ['github-actions[bot]', 'github-actions[bot]', true],
    ['github-actions[bot]', 'github-actions', true],
    ['Telefonistka[bot]', 'telefonistka[bot]', true],
    ['alice', 'Alice', true],
    ['github-actions', 'github-actions[bot]', false],
    ['telefonistka', 'telefonistka[bot]', false],
    ['mallory', 'telefonistka[bot]', false],
    ['', '', false],
    ['alice', '', false],
  ])('%s is %s: %s', (author, known, expected) => {
    expect(matchesLogin(author, known)).toBe(expected);
  });
});
