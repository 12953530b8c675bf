import { promotionTitle } from './promotion-title.js';
import { renderPromotionBody } from './render-promotion-body.js';
import type { Promotion } from './types.js';

/**
 * The promotion without the target folders in `drop` (newer work owns them): their syncs leave, and the
 * components, title, body and `promotedPaths` describe what is left. The branch name, which depends on the
 * configured targets only, stays. Returns the promotion itself when nothing is dropped.
 */
export function narrowPromotion(promotion: Promotion, drop: ReadonlySet<string>): Promotion {
  const syncPaths = promotion.syncPaths.filter((sync) => !drop.has(sync.target));
  if (syncPaths.length === promotion.syncPaths.length) return promotion;
  const componentOf = (target: string) => {
    const prefix = promotion.targetPaths.find((path) => target.startsWith(path));
    return prefix === undefined ? target : target.slice(prefix.length);
  };
  const kept = new Set(syncPaths.map((sync) => componentOf(sync.target)));
  const synced = new Set(promotion.syncPaths.map((sync) => componentOf(sync.target)));
  // Components whose every target was skipped by their config stay listed, as planning lists them.
  const components = promotion.components.filter((c) => kept.has(c) || !synced.has(c));
  const metadata = {
    ...promotion.metadata,
    promotedPaths: promotion.metadata.promotedPaths.filter((path) => !drop.has(path)),
  };
  const { title, bodyPrefix } = promotionTitle(components, promotion.targetDescription);
  const body = renderPromotionBody({
    components,
    metadata,
    skippedTargets: promotion.skippedTargets,
    heldTargets: promotion.heldTargets,
    bodyPrefix,
    sourceCommit: promotion.sourceCommit,
  });
  return { ...promotion, components, syncPaths, metadata, title, body };
}
