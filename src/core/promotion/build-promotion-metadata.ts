import { compareStrings } from './compare-strings.js';
import type { PlanPullRequest, PromotionHop, PromotionMetadata } from './types.js';

/** The current hop of a chain: the merged PR and what it promotes. */
export interface PromotionHopInput {
  pullRequest: PlanPullRequest;
  /** Metadata read from the merged PR's body, when it was itself a promotion PR. */
  previous: PromotionMetadata | undefined;
  sourcePath: string;
  targetPaths: readonly string[];
  promotedPaths: readonly string[];
}

/**
 * Metadata of the next promotion PR: the original author and PR carry across hops; the history gets the
 * merged PR as its newest hop with every target of the promotion. The Go bot always wrote
 * `originalPrNumber: 0`; for such chains the earliest hop of the history is taken as the start.
 */
export function buildPromotionMetadata(input: PromotionHopInput): PromotionMetadata {
  const { pullRequest, previous } = input;
  const history: Record<string, PromotionHop> = {};
  for (const [pr, hop] of Object.entries(previous?.previousPromotionPaths ?? {})) {
    history[pr] = { sourcePath: hop.sourcePath, targetPaths: [...hop.targetPaths] };
  }
  history[String(pullRequest.number)] = {
    sourcePath: input.sourcePath,
    targetPaths: [...new Set(input.targetPaths)].sort(compareStrings),
  };
  return {
    originalPrAuthor: previous?.originalPrAuthor ? previous.originalPrAuthor : pullRequest.author,
    originalPrNumber: chainStart(previous, pullRequest.number),
    promotedPaths: [...new Set(input.promotedPaths)].sort(compareStrings),
    previousPromotionPaths: history,
  };
}

function chainStart(previous: PromotionMetadata | undefined, current: number): number {
  if (previous === undefined) return current;
  if (previous.originalPrNumber > 0) return previous.originalPrNumber;
  const earliest = Object.keys(previous.previousPromotionPaths)
    .map(Number)
    .filter((pr) => Number.isSafeInteger(pr) && pr > 0)
    .sort((a, b) => a - b)[0];
  return earliest ?? current;
}
