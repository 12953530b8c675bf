import type { DashboardPull } from '../../core/dashboard/dashboard-types.js';
import { matchesLogin } from '../../core/identity/matches-login.js';
import { parsePromotionMetadata } from '../../core/promotion/parse-promotion-metadata.js';
import type { OpenPullInfo } from '../../ports/open-pulls-port.js';
import { PROMOTION_BRANCH_PREFIX } from '../shared/read-trusted-promotion-metadata.js';

/**
 * The open promotion PRs this tool opened, with the folders each promotes: a `promotions/` branch, an author that
 * is the token's identity or a login of `promotionPrAuthors`, and metadata in the body. A PR anyone else opened
 * from such a branch never shows on the dashboard.
 */
export function listDashboardPulls(
  open: { viewer: string; pulls: readonly OpenPullInfo[] },
  promotionPrAuthors: readonly string[],
): DashboardPull[] {
  const trusted = (author: string): boolean =>
    matchesLogin(author, open.viewer) || promotionPrAuthors.some((known) => matchesLogin(author, known));
  return open.pulls.flatMap((pr) => {
    if (!pr.headRef.startsWith(PROMOTION_BRANCH_PREFIX) || !trusted(pr.author)) return [];
    const metadata = parsePromotionMetadata(pr.body);
    return metadata === undefined
      ? []
      : [{ number: pr.number, url: pr.url, targets: metadata.promotedPaths }];
  });
}
