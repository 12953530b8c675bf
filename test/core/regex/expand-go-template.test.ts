import { describe, expect, it } from 'vitest';
import { compileRegex, RegexSyntaxError } from '../../../src/core/regex/compile-regex.js';
import { replaceAllGo } from '../../../src/core/regex/expand-go-template.js';

describe('replaceAllGo', () => {
  const clusters = compileRegex('^clusters\\/([^/]*)\\/([^/]*)\\/([^/]*)\\/.*');
  it.each([
    [
      'https://ingress-a-${1}-${2}-${3}.example.com/webhook',
      'https://ingress-a-sdeprod-dsm1-c1.example.com/webhook',
    ],
    ['https://$1.example.com', 'https://sdeprod.example.com'],
    ['https://$1a.example.com', 'https://.example.com'],
    ['https://service.{2}.example.com', 'https://service.{2}.example.com'],
    ['cost $$5', 'cost $5'],
    ['broken ${1', 'broken ${1'],
    ['trailing $', 'trailing $'],
    ['${9}', ''],
  ])('expands %s as Go does', (template, expected) => {
    expect(replaceAllGo(clusters, 'clusters/sdeprod/dsm1/c1/csi-verify/values/global.yaml', template)).toBe(
      expected,
    );
  });

  it('keeps the unmatched rest of the input like Go ReplaceAllString', () => {
    expect(
      replaceAllGo(compileRegex('workspace/'), 'workspace/nginx/values.yaml', 'https://e.com/hook'),
    ).toBe('https://e.com/hooknginx/values.yaml');
  });

  it('expands named groups with (?P<name>) syntax', () => {
    const re = compileRegex('^(?P<env>[^/]+)/(?P<app>[^/]+)');
    expect(replaceAllGo(re, 'prod/nginx', '$app@${env}')).toBe('nginx@prod');
  });

  it('replaces every match, skipping an empty match right after a match', () => {
    expect(replaceAllGo(compileRegex('a*'), 'baaac', 'X')).toBe('XbXcX');
  });
});

describe('compileRegex', () => {
  it('rejects syntax that RE2 does not support, such as backreferences', () => {
    expect(() => compileRegex('(a)\\1')).toThrow(RegexSyntaxError);
  });

  it('matches a pathological pattern without backtracking', () => {
    // Its time is reported by bench/input-guards.bench.ts; a backtracking engine would not finish.
    expect(compileRegex('(a+)+$').test('a'.repeat(50_000) + 'b')).toBe(false);
  });
});
