import type { IdentityPort } from '../../ports/identity-port.js';
import type { PullRequestInfo, PullRequestPort } from '../../ports/pull-request-port.js';
import type { Logger } from '../../ports/logger.js';
import { isPromotionPrAuthor } from '../shared/is-promotion-pr-author.js';
import { PROMOTION_BRANCH_PREFIX } from '../shared/read-trusted-promotion-metadata.js';

/** What telling this action's promotion PRs apart needs. */
export interface OwnPromotionPrsDeps {
  promotionPrAuthors: readonly string[];
  github: PullRequestPort & IdentityPort;
  logger: Logger;
}

/**
 * The open promotion PRs this action opened. Anyone can open a PR from a `promotions/…` branch (a fork's
 * branch name included): such a PR is never updated, adopted, ranked, merged or closed as superseded here.
 */
export async function listOwnPromotionPrs(
  base: string,
  deps: OwnPromotionPrsDeps,
  /** PRs known to be this action's (just opened by this run): no identity check for them. */
  known: ReadonlySet<number> = new Set(),
): Promise<PullRequestInfo[]> {
  const open = (await deps.github.listOpenPullRequests({ base })).filter((pr) =>
    pr.headRef.startsWith(PROMOTION_BRANCH_PREFIX),
  );
  const own: PullRequestInfo[] = [];
  for (const pr of open) {
    if (known.has(pr.number) || (await isPromotionPrAuthor(pr.author, deps)) === true) own.push(pr);
    else
      deps.logger.info(
        `#${pr.number} (${pr.headRef}) was opened by ${pr.author}, not by this action: left alone.`,
      );
  }
  return own;
}
