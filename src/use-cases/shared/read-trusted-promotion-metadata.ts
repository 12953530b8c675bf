import { parsePromotionMetadata } from '../../core/promotion/parse-promotion-metadata.js';
import type { PromotionMetadata } from '../../core/promotion/types.js';
import { isPromotionPrAuthor, type PromotionPrAuthors } from './is-promotion-pr-author.js';

/** The promotion metadata of a PR body, when the PR is one this tool opened. */
export interface TrustedMetadata {
  /** The metadata to act on; undefined when the body has none or it is not trusted. */
  metadata: PromotionMetadata | undefined;
  /** Why metadata found in the body was ignored (for a warning), else undefined. */
  ignored: string | undefined;
}

/** The branch prefix of every promotion PR this tool (and the Go bot) opens. */
export const PROMOTION_BRANCH_PREFIX = 'promotions/';

/**
 * Reads a PR body's promotion metadata only when the PR is a promotion PR this tool opened: its head branch
 * starts with `promotions/` and its author is the token's own identity or a login of `promotionPrAuthors`.
 * Anyone can paste a metadata comment into a PR body; elsewhere it is ignored and the changed files decide.
 * The token's login is read (one GraphQL call per run) only when the body carries metadata on such a branch.
 */
export async function readTrustedPromotionMetadata(
  pr: { number: number; headRef: string; author: string; body: string },
  trusted: PromotionPrAuthors,
): Promise<TrustedMetadata> {
  const metadata = parsePromotionMetadata(pr.body);
  if (metadata === undefined) return { metadata: undefined, ignored: undefined };
  const ignore = (why: string): TrustedMetadata => ({
    metadata: undefined,
    ignored: `the promotion metadata in the body of #${pr.number} is ignored: ${why}; its changed files decide`,
  });
  if (!pr.headRef.startsWith(PROMOTION_BRANCH_PREFIX))
    return ignore(`its branch ${JSON.stringify(pr.headRef)} is not a ${PROMOTION_BRANCH_PREFIX} branch`);
  const own = await isPromotionPrAuthor(pr.author, trusted);
  if (own === true) return { metadata, ignored: undefined };
  if (own === undefined)
    return ignore(
      `the token cannot read its own login, so ${pr.author || 'its author'} cannot be checked; ` +
        'list the identity that opens promotion PRs in promotionPrAuthors in telefonistka.yaml',
    );
  return ignore(
    `it was opened by ${pr.author || 'an unknown author'}, not by this action's identity or a login of ` +
      'promotionPrAuthors in telefonistka.yaml',
  );
}
