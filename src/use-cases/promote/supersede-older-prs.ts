import type { SupersedeMode } from '../../core/config/types.js';
import { parsePromotionMetadata } from '../../core/promotion/parse-promotion-metadata.js';
import type { Promotion } from '../../core/promotion/types.js';
import type { PullRequestInfo } from '../../ports/git-hub-port.js';
import { BOT_COMMENT_TAG } from '../shared/bot-comment-tag.js';
import type { PromotionContext } from './promotion-context.js';

/**
 * Older open promotion PRs that promote to any of the same target folders would silently revert the newer
 * content if merged after `current`; comment on them with a link and, by default, close them.
 */
export async function supersedeOlderPrs(
  promotion: Promotion,
  current: PullRequestInfo,
  mode: SupersedeMode,
  context: PromotionContext,
): Promise<number[]> {
  if (mode === 'off') return [];
  const targets = new Set(promotion.metadata.promotedPaths);
  const older = context.openPromotionPrs.filter(
    (pr) =>
      pr.number < current.number &&
      pr.headRef !== promotion.branch &&
      (parsePromotionMetadata(pr.body)?.promotedPaths ?? []).some((path) => targets.has(path)),
  );
  for (const pr of older) {
    const shared = (parsePromotionMetadata(pr.body)?.promotedPaths ?? []).filter((path) => targets.has(path));
    const action = mode === 'close' ? 'This PR was closed because' : 'Do not merge this PR:';
    await context.github.createComment(
      pr.number,
      `${BOT_COMMENT_TAG}\nSuperseded by #${current.number}, which promotes newer content to ${shared
        .map((path) => `\`${path}\``)
        .join(', ')}. ${action} merging it after #${current.number} would revert that content.`,
    );
    if (mode === 'close') await context.github.updatePullRequest(pr.number, { state: 'closed' });
    context.logger.info(`#${pr.number} superseded by #${current.number} (${mode})`);
  }
  context.openPromotionPrs = context.openPromotionPrs.filter((pr) => !older.includes(pr));
  return older.map((pr) => pr.number);
}
