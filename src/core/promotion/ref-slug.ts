import { splitCodePoints } from './split-code-points.js';

/**
 * A readable piece of a branch name made from any text (a folder, an environment): every run of characters outside
 * `[A-Za-z0-9._-]` becomes `-`, dot runs one dot, no leading or trailing `-`/`.`, at most `max` code points. What a
 * git ref refuses (`..`, `~`, `^`, `:`, spaces, `@{`) never remains; callers add a hash to keep names unique.
 */
export function refSlug(text: string, max: number): string {
  const readable = text
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '');
  const [head] = splitCodePoints(readable, max);
  return head.replace(/[-.]+$/, '');
}
