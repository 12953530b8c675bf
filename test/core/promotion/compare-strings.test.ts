import { describe, expect, it } from 'vitest';
import { compareStrings } from '../../../src/core/promotion/compare-strings.js';
import { literalPrefix } from '../../../src/core/promotion/literal-prefix.js';
import { fixedSlashCount } from '../../../src/core/promotion/fixed-slash-count.js';
import { splitCodePoints } from '../../../src/core/promotion/split-code-points.js';

describe('compareStrings', () => {
  it.each([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['a', 'a', 0],
    ['a', 'ab', -1],
    ['B', 'a', -1],
    // U+FF21 (fullwidth A) is below U+1F680 (rocket) in code points, above its UTF-16 high surrogate.
    ['\uFF21', '🚀', -1],
    ['x🚀', 'x\uFF21', 1],
  ])('orders %s against %s by code point', (a, b, sign) => {
    expect(Math.sign(compareStrings(a, b))).toBe(sign);
  });
});

describe('splitCodePoints', () => {
  it.each([
    ['abc', 2, ['ab', 'c']],
    ['🚀🚀🚀', 2, ['🚀🚀', '🚀']],
    ['ab', 5, ['ab', '']],
    ['', 0, ['', '']],
    ['\uD83Dx', 1, ['\uD83D', 'x']],
  ])('splits %s after %i code points', (text, count, expected) => {
    expect(splitCodePoints(text, count)).toEqual(expected);
  });
});

describe('literalPrefix', () => {
  it.each([
    ['workspace/', 'workspace/', true],
    ['clusters/staging/[^/]*/[^/]*/', 'clusters/staging/', false],
    ['clusters\\.io/', 'clusters.io/', true],
    ['ab*/', 'a', false],
    ['a|b/', '', false],
    ['(?i)prod/', '', false],
    ['🚀*/', '', false],
    ['env\\d/', 'env', false],
  ])('reads %s as prefix %s (complete: %s)', (pattern, prefix, complete) => {
    expect(literalPrefix(pattern)).toEqual({ prefix, complete });
  });
});

describe('fixedSlashCount', () => {
  it.each([
    ['workspace/', 1],
    ['clusters/staging/[^/]*/[^/]*/', 4],
    ['prod/[a-z0-9-]+/', 2],
    ['prod\\/x/', 2],
    ['(?:prod|staging)/', undefined],
    ['prod/.*/', undefined],
    ['prod/(?:[^/]+/)+', undefined],
    ['prod/(?P<region>[^/]+)/', 2],
    ['prod/[^a]*/', undefined],
    ['prod/[+-0]/', undefined],
    ['prod/\\S+/', undefined],
    ['prod//?', undefined],
    ['prod/x{2,3}/', 2],
    ['(unclosed/', undefined],
  ])('counts the slashes of %s as %s', (pattern, count) => {
    expect(fixedSlashCount(pattern)).toBe(count);
  });
});
