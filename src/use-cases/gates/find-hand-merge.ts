import type { RepoConfig } from '../../core/config/types.js';
import type { IdentityPort } from '../../ports/identity-port.js';
import type { MergedPullRequest } from '../../ports/pull-request-ref.js';
import { isPromotionPrAuthor } from '../shared/is-promotion-pr-author.js';
import { readTrustedPromotionMetadata } from '../shared/read-trusted-promotion-metadata.js';

/** A promotion PR that a person (or another tool) merged, not this tool. */
export interface HandMerge {
  /** Who merged it (`merged_by`). */
  by: string;
  /** The promotion PR's target folders (its trusted promoted paths). */
  targets: string[];
}

/**
 * Whether the merged PR is a promotion PR of this tool that someone else merged: then no run of this tool sent its
 * `merged` event, and the promote run on its merge does. Undefined for a merge by this tool's identity or a login of
 * `promotionPrAuthors` (the merging run sent `merged`), for a PR that is not a trusted promotion PR, and when
 * nobody can tell (`merged_by` absent, the token's login unreadable). No call beyond the token's login, which the
 * run has read already when it trusted the PR's metadata.
 */
export async function findHandMerge(
  pr: MergedPullRequest,
  deps: { config: RepoConfig; github: IdentityPort },
): Promise<HandMerge | undefined> {
  if (pr.mergedBy === undefined || pr.mergedBy === '') return undefined;
  const trusted = { promotionPrAuthors: deps.config.promotionPrAuthors, github: deps.github };
  const { metadata } = await readTrustedPromotionMetadata(pr, trusted);
  if (metadata === undefined) return undefined;
  if ((await isPromotionPrAuthor(pr.mergedBy, trusted)) !== false) return undefined;
  return { by: pr.mergedBy, targets: [...metadata.promotedPaths] };
}
