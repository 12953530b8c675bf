import { describe, expect, it } from 'vitest';
import { maskUrlCredentials, urlSecrets } from '../../../src/core/webhook/mask-url-credentials.js';

describe('maskUrlCredentials', () => {
  it.each([
    ['https://user:pa55@host.example/hook', 'https://user:***@host.example/hook'],
    ['https://ghp_token@host.example/hook', 'https://***@host.example/hook'],
    ['https://user:p@ss@host.example/hook', 'https://user:***@host.example/hook'],
    ['https://host.example/hook?token=abc&x=1', 'https://host.example/hook?token=***&x=1'],
    ['https://host.example/hook?x=1&api_key=abc#f', 'https://host.example/hook?x=1&api_key=***#f'],
    ['https://host.example/path@v1', 'https://host.example/path@v1'],
    ['not a url user:pw@x', 'not a url user:pw@x'],
    ['https://host.example/hook', 'https://host.example/hook'],
  ])('masks %s as %s', (url, masked) => {
    expect(maskUrlCredentials(url)).toBe(masked);
  });
});

describe('urlSecrets', () => {
  it('returns the password, user:password, a lone user part and sensitive query values, raw and decoded', () => {
    expect(urlSecrets('https://user:p%40ss@host/hook?token=a%2Fb')).toEqual([
      'p%40ss',
      'p@ss',
      'user:p%40ss',
      'user:p@ss',
      'a%2Fb',
      'a/b',
    ]);
    expect(urlSecrets('https://tok@host/')).toEqual(['tok']);
  });

  it('finds nothing in a URL without credentials', () => {
    expect(urlSecrets('https://host.example/api/webhook?refresh=1')).toEqual([]);
  });
});
