import type { CommentPort } from '../../ports/comment-port.js';
import type { IdentityPort } from '../../ports/identity-port.js';
import { BOT_COMMENT_TAG } from './bot-comment-tag.js';
import { findOwnComments } from './find-own-comments.js';

/** What happened to a sticky comment. */
export type StickyResult = 'created' | 'updated' | 'unchanged';

/**
 * Keeps one comment per `marker` on an issue or PR: updated in place on re-runs instead of piling up.
 * The body gets the bot tag and the hidden marker as its first lines. Only a comment this action's identity
 * wrote is updated: anyone could post the marker first.
 */
export async function upsertStickyComment(
  github: CommentPort & IdentityPort,
  issueNumber: number,
  comment: { marker: string; body: string },
): Promise<StickyResult> {
  const body = `${BOT_COMMENT_TAG}\n${comment.marker}\n${comment.body}`;
  const marked = (await github.listComments(issueNumber)).filter((c) => c.body.includes(comment.marker));
  const [existing] = await findOwnComments(github, marked);
  if (existing === undefined) {
    await github.createComment(issueNumber, body);
    return 'created';
  }
  if (existing.body === body) return 'unchanged';
  await github.updateComment(existing.id, body);
  return 'updated';
}
