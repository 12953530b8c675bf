import { createHash } from 'node:crypto';
import { compareStrings } from './compare-strings.js';
import { splitCodePoints } from './split-code-points.js';

/** Longest head-ref part of a promotion branch name, in code points (the Go bot's 200 runes). */
const MAX_REF_CODE_POINTS = 200;
/** Longest promotion branch name, in code points. */
const MAX_BRANCH_CODE_POINTS = 250;

/**
 * The Go bot's promotion branch name: `promotions/<pr>-<head ref, "/" -> "-", at most 200 code points>-
 * <first 12 hex of SHA-1 of the sorted target paths joined by "_">`, never longer than 250 code points.
 */
export function promotionBranchName(
  prNumber: number,
  headRef: string,
  targetPaths: readonly string[],
): string {
  const sorted = [...targetPaths].sort(compareStrings);
  const hash = createHash('sha1').update(sorted.join('_'), 'utf8').digest('hex').slice(0, 12);
  const prefix = `promotions/${prNumber}-`;
  const suffix = `-${hash}`;
  const room = MAX_BRANCH_CODE_POINTS - [...prefix].length - suffix.length;
  const [ref] = splitCodePoints(
    headRef.replaceAll('/', '-'),
    Math.max(0, Math.min(MAX_REF_CODE_POINTS, room)),
  );
  return `${prefix}${ref}${suffix}`;
}
