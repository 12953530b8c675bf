import type { RepoConfig } from '../config/types.js';

/** True when a `promotionPrs` entry with gates targets any of the promotion's target folders. */
export function isGatedPromotion(config: RepoConfig, targetPaths: readonly string[]): boolean {
  return config.promotionPaths.some((flow) =>
    flow.promotionPrs.some(
      (pr) => pr.gates !== undefined && pr.targetPaths.some((target) => targetPaths.includes(target)),
    ),
  );
}
