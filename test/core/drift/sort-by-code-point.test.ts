import { describe, expect, it } from 'vitest';
import { sortByCodePoint } from '../../../src/core/drift/sort-by-code-point.js';
import { compareStrings } from '../../../src/core/promotion/compare-strings.js';

describe('sortByCodePoint', () => {
  it.each([
    ['plain strings', ['b', 'a-b', 'a', 'a/b', 'A', 'a.b']],
    ['a surrogate pair against a unit at or above U+E000', ['z \uE000', 'z 😀', 'z', 'y 😀', 'z \uFFFF']],
    ['sorted input', ['a', 'b', 'c']],
    ['one item', ['a']],
  ])('orders %s as compareStrings does', (_name, items) => {
    const expected = [...items].sort(compareStrings);
    expect(sortByCodePoint([...items])).toEqual(expected);
    const keyed = items.map((folder) => ({ folder }));
    expect(sortByCodePoint(keyed, (item) => item.folder).map((item) => item.folder)).toEqual(expected);
  });

  it('sorts in place and returns the same array', () => {
    const items = ['b', 'a'];
    expect(sortByCodePoint(items)).toBe(items);
    expect(items).toEqual(['a', 'b']);
  });
});
