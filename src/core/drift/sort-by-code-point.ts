import { compareStrings } from '../promotion/compare-strings.js';

const HIGH_UNIT = /[\uD800-\uFFFF]/;

/**
 * Sorts `items` in place by their keys in code point order (`compareStrings`' order) and returns them. Tree
 * listings arrive nearly sorted and almost never hold a unit at or above U+D800: a sorted list costs one pass,
 * and without such units the keys compare as plain UTF-16 strings (no check per comparison).
 */
export function sortByCodePoint<T>(items: T[], key: (item: T) => string): T[] {
  if (items.length < 2) return items;
  const keys = items.map(key);
  if (keys.some((text) => HIGH_UNIT.test(text))) {
    return isSorted(keys, compareStrings) ? items : items.sort((a, b) => compareStrings(key(a), key(b)));
  }
  if (isSorted(keys, compareUnits)) return items;
  return items.sort((a, b) => compareUnits(key(a), key(b)));
}

function compareUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isSorted(keys: readonly string[], compare: (a: string, b: string) => number): boolean {
  for (let i = 1; i < keys.length; i++) if (compare(keys[i - 1]!, keys[i]!) > 0) return false;
  return true;
}
