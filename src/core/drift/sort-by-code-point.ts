import { compareStrings } from '../promotion/compare-strings.js';

const HIGH_UNIT = /[\uD800-\uFFFF]/;

/**
 * Sorts `items` in place by their keys (the strings themselves when no key is given) in code point order
 * (`compareStrings`' order) and returns them. Tree listings arrive nearly sorted and almost never hold a unit at
 * or above U+D800: a sorted list costs one pass, and without such units the keys compare as plain UTF-16
 * strings (no check per comparison).
 */
export function sortByCodePoint(items: string[]): string[];
export function sortByCodePoint<T>(items: T[], key: (item: T) => string): T[];
export function sortByCodePoint<T>(items: T[], key?: (item: T) => string): T[] {
  if (items.length < 2) return items;
  const keys = key === undefined ? (items as unknown as string[]) : items.map(key);
  const keyOf = key ?? ((item: T) => item as unknown as string);
  if (keys.some((text) => HIGH_UNIT.test(text))) {
    return isSorted(keys, compareStrings) ? items : items.sort((a, b) => compareStrings(keyOf(a), keyOf(b)));
  }
  if (isSorted(keys, compareUnits)) return items;
  // Without a key, the default order is UTF-16 order, which is code point order for these strings.
  return key === undefined ? items.sort() : items.sort((a, b) => compareUnits(key(a), key(b)));
}

function compareUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isSorted(keys: readonly string[], compare: (a: string, b: string) => number): boolean {
  for (let i = 1; i < keys.length; i++) if (compare(keys[i - 1]!, keys[i]!) > 0) return false;
  return true;
}
