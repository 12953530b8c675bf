/** GitHub refuses status descriptions longer than 140 characters. */
export const MAX_STATUS_DESCRIPTION = 140;

// GitHub also refuses any character outside the Basic Multilingual Plane ("description doesn't accept 4-byte
// Unicode", e.g. an emoji); the joiners and variation selectors that glued an emoji together go with it.
const FOUR_BYTE = /[\u{10000}-\u{10FFFF}]|\u200D|\uFE0E|\uFE0F/gu;

/**
 * A commit status description GitHub accepts: one line, without 4-byte characters (emoji from a freeze file or a
 * hold reason), at most `limit` (140) characters, never ending in half a surrogate pair.
 */
export function shortenStatusDescription(text: string, limit = MAX_STATUS_DESCRIPTION): string {
  const line = text.replace(FOUR_BYTE, ' ').replace(/\s+/g, ' ').trim();
  if (line.length <= limit) return line;
  return `${line.slice(0, limit - 1).trimEnd()}…`;
}
