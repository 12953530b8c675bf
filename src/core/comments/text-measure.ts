import { utf8Length } from './text-size.js';

/** Size of a text in the two units GitHub limits: characters (UTF-16 code units) and UTF-8 bytes. */
export interface TextSize {
  chars: number;
  bytes: number;
}

/** Measures a text in characters and UTF-8 bytes. */
export function measure(text: string): TextSize {
  return { chars: text.length, bytes: utf8Length(text) };
}

/** Sum of two sizes (sizes of concatenated texts add up). */
export function addSizes(a: TextSize, b: TextSize): TextSize {
  return { chars: a.chars + b.chars, bytes: a.bytes + b.bytes };
}

/** Difference of two sizes, e.g. the room left in a budget. */
export function subtractSizes(a: TextSize, b: TextSize): TextSize {
  return { chars: a.chars - b.chars, bytes: a.bytes - b.bytes };
}

/** True when `size` is within `budget` in both units. */
export function fitsIn(size: TextSize, budget: TextSize): boolean {
  return size.chars <= budget.chars && size.bytes <= budget.bytes;
}

/** Length (in UTF-16 code units) of the longest prefix of `text` within `budget`, never splitting a surrogate pair. */
export function prefixWithin(text: string, budget: TextSize): number {
  let bytes = 0;
  let i = 0;
  while (i < text.length && i < budget.chars) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const width = pair ? 2 : 1;
    const size = utf8Length(text.slice(i, i + width));
    if (bytes + size > budget.bytes || i + width > budget.chars) break;
    bytes += size;
    i += width;
  }
  return i;
}
