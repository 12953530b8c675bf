import type { SupersedeMode } from '../../core/config/types.js';
import { BOT_COMMENT_TAG } from '../shared/bot-comment-tag.js';
import type { CommentPort } from '../../ports/comment-port.js';
import type { Logger } from '../../ports/logger.js';
import type { PullRequestInfo, PullRequestPort } from '../../ports/pull-request-port.js';
import type { RivalPromotion } from './rank-rival-promotions.js';

/** What superseding uses of a promotion run's context. */
export interface SupersedeContext {
  github: CommentPort & PullRequestPort;
  logger: Logger;
  /** The run's open promotion PRs; superseded ones are taken out. */
  openPromotionPrs: PullRequestInfo[];
}

/**
 * Older open promotion PRs that promote to any of the same target folders would silently revert the newer
 * content if merged after it; comment on them with a link to what supersedes them (`by`: a PR number, or
 * undefined when the default branch already holds the newer content) and, by default, close them. The
 * comment is written once per pair: a re-run finds it (written by the PR's own author, this tool) and skips it.
 */
export async function supersedeOlderPrs(
  older: readonly RivalPromotion[],
  by: number | undefined,
  mode: SupersedeMode,
  context: SupersedeContext,
): Promise<number[]> {
  if (mode === 'off' || older.length === 0) return [];
  for (const { pr, sharedTargets } of older) {
    const marker = `<!-- telefonistka:superseded-by ${by ?? 'default-branch'} -->`;
    const comments = await context.github.listComments(pr.number);
    const commented = comments.some((c) => c.author === pr.author && c.body.includes(marker));
    if (!commented)
      await context.github.createComment(pr.number, supersedeComment(by, sharedTargets, mode, marker));
    if (mode === 'close') await context.github.updatePullRequest(pr.number, { state: 'closed' });
    context.logger.info(
      `#${pr.number} superseded by ${by === undefined ? 'the default branch' : `#${by}`} (${mode})`,
    );
  }
  const numbers = new Set(older.map((rival) => rival.pr.number));
  context.openPromotionPrs = context.openPromotionPrs.filter((pr) => !numbers.has(pr.number));
  return [...numbers];
}

function supersedeComment(
  by: number | undefined,
  targets: readonly string[],
  mode: SupersedeMode,
  marker: string,
): string {
  const paths = targets.map((path) => `\`${path}\``).join(', ');
  const action = mode === 'close' ? 'This PR was closed because' : 'Do not merge this PR:';
  const after = by === undefined ? '' : ` after #${by}`;
  const what =
    by === undefined
      ? `Superseded: the default branch already holds newer content for ${paths}.`
      : `Superseded by #${by}, which promotes newer content to ${paths}.`;
  return `${BOT_COMMENT_TAG}\n${marker}\n${what} ${action} merging it${after} would revert that content.`;
}
