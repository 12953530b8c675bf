import type { Re2Regex } from '../regex/compile-regex.js';

/**
 * Drops every line matching one of the regexes (`driftDetectionIgnoreLineRegex`); a regex sees the line
 * without its line break. The other lines keep their line breaks, so the result diffs like the original.
 */
export function stripIgnoredLines(text: string, ignoreLines: readonly Re2Regex[]): string {
  if (ignoreLines.length === 0) return text;
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  return lines
    .filter((line) => !ignoreLines.some((regex) => regex.test(line.replace(/\r?\n$/, ''))))
    .join('');
}
