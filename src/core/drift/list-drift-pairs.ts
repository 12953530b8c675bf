import type { DriftPair } from './types.js';
import type { PromotionPlan } from '../promotion/types.js';
import { compareStrings } from '../promotion/compare-strings.js';

/**
 * The (source, target) folder pairs a plan syncs, each once, sorted by source then target: the pairs whose
 * drift the PR is warned about. Deletions are included: what the target holds today is still worth seeing.
 */
export function listDriftPairs(plan: PromotionPlan): DriftPair[] {
  const pairs = new Map<string, DriftPair>();
  for (const promotion of plan.promotions) {
    for (const sync of promotion.syncPaths) {
      const key = `${sync.source}\u0000${sync.target}`;
      if (!pairs.has(key)) pairs.set(key, { source: sync.source, target: sync.target });
    }
  }
  return [...pairs.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([, pair]) => pair);
}
