import { compareStrings } from '../promotion/compare-strings.js';

/** First index of `sorted` (in code point order) whose value is not below `value`: binary search. */
export function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareStrings(sorted[middle]!, value) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
