import { structuredPatch } from 'diff';

/** Limits that keep one diff cheap: beyond them no diff is computed. */
export interface UnifiedDiffLimits {
  /** Most edits (added plus removed lines) jsdiff explores. */
  maxEditLength: number;
  /** Most characters of the two texts together. */
  maxInputChars: number;
}

const defaultLimits: UnifiedDiffLimits = { maxEditLength: 5_000, maxInputChars: 2_000_000 };

/**
 * A unified diff from `oldText` to `newText` with three lines of context, formatted like `git diff`
 * (`@@ -1 +1 @@` for one-line ranges) and like the Go bot's drift diff; undefined when over the limits.
 */
export function unifiedDiff(
  names: { old: string; new: string },
  texts: { old: string; new: string },
  limits: UnifiedDiffLimits = defaultLimits,
): string | undefined {
  if (texts.old.length + texts.new.length > limits.maxInputChars) return undefined;
  const patch = structuredPatch(names.old, names.new, texts.old, texts.new, undefined, undefined, {
    context: 3,
    maxEditLength: limits.maxEditLength,
  });
  if (patch === undefined) return undefined;
  const hunks = patch.hunks.map(
    (hunk) =>
      `@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@\n${hunk.lines.join('\n')}\n`,
  );
  return `--- ${names.old}\n+++ ${names.new}\n${hunks.join('')}`;
}

function range(start: number, lines: number): string {
  return lines === 1 ? `${start}` : `${start},${lines}`;
}
