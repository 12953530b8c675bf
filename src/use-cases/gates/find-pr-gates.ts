import type { GatesConfig } from '../../core/config/gates-types.js';
import type { PromotionPathConfig, RepoConfig } from '../../core/config/types.js';
import type { PromotionMetadata } from '../../core/promotion/types.js';

/** The gates of an open promotion PR and what they are measured against. */
export interface PrGates {
  gates: GatesConfig;
  flow: PromotionPathConfig;
  /** Source component folders (no trailing slash) of the promoted paths, e.g. `clusters/staging/nginx`. */
  sourceComponents: string[];
  /** The concrete source folder of the hop, e.g. `clusters/staging/`. */
  sourceFolder: string;
}

/**
 * Finds the gates of a promotion PR from its trusted metadata: the `promotionPrs` entry whose target folders
 * hold the promoted paths gives the gates (the first gated one), and the newest hop of the chain gives the
 * source folder. Undefined when the PR is not gated.
 */
export function findPrGates(config: RepoConfig, metadata: PromotionMetadata): PrGates | undefined {
  const hops = Object.entries(metadata.previousPromotionPaths).sort(([a], [b]) => Number(b) - Number(a));
  const hop = hops[0]?.[1];
  if (hop === undefined) return undefined;
  for (const flow of config.promotionPaths) {
    for (const pr of flow.promotionPrs) {
      if (pr.gates === undefined) continue;
      const components = metadata.promotedPaths.flatMap((promoted) => {
        const target = pr.targetPaths.find((folder) => `${promoted}/`.startsWith(folder));
        return target === undefined
          ? []
          : [`${hop.sourcePath}${promoted.slice(target.length)}`.replace(/\/$/, '')];
      });
      if (components.length > 0 && flow.sourcePathRegex.test(hop.sourcePath))
        return { gates: pr.gates, flow, sourceComponents: components, sourceFolder: hop.sourcePath };
    }
  }
  return undefined;
}
