import { ROLLBACK_BRANCH_PREFIX } from '../../core/rollback/rollback-branch-name.js';
import { isPromotionPrAuthor, type PromotionPrAuthors } from '../shared/is-promotion-pr-author.js';

/**
 * Whether a merged PR is a rollback PR this tool opened (the dashboard's *roll back*): its head branch starts with
 * `telefonistka/rollback/` and its author is the token's identity or a login of `promotionPrAuthors`. The branch and
 * the author decide, not the `telefonistka/rollback` label: anyone may add the label, and a person may remove it or
 * a token refusal leave it off. Undefined when only the token's login could tell and it is unreadable.
 */
export async function isOwnRollbackPr(
  pr: { headRef: string; author: string },
  trusted: PromotionPrAuthors,
): Promise<boolean | undefined> {
  if (!pr.headRef.startsWith(ROLLBACK_BRANCH_PREFIX)) return false;
  return isPromotionPrAuthor(pr.author, trusted);
}
