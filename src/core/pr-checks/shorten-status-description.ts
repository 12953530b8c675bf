/** GitHub refuses status descriptions longer than 140 characters. */
export const MAX_STATUS_DESCRIPTION = 140;

/** A commit status description: one line, at most 140 characters, never ending in half a surrogate pair. */
export function shortenStatusDescription(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= MAX_STATUS_DESCRIPTION) return line;
  return `${line.slice(0, MAX_STATUS_DESCRIPTION - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}
