import { compareStrings } from './compare-strings.js';

/**
 * The targets left out of a promotion body's history: when every component of the promotion has skipped
 * targets, those of the component with the fewest (ties: first in sorted order); otherwise none, because
 * some component goes to every target. The body then errs towards showing too many targets, not too few.
 */
export function promotionSkipSet(
  components: readonly string[],
  skippedTargets: Readonly<Record<string, readonly string[]>>,
): ReadonlySet<string> {
  let fewest: readonly string[] | undefined;
  for (const component of [...components].sort(compareStrings)) {
    const skipped = Object.hasOwn(skippedTargets, component) ? skippedTargets[component] : undefined;
    if (skipped === undefined || skipped.length === 0) return new Set();
    if (fewest === undefined || skipped.length < fewest.length) fewest = skipped;
  }
  return new Set(fewest ?? []);
}
