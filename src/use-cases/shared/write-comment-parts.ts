import { kindMarker } from '../../core/comments/comment-markers.js';
import { planCommentUpdates } from '../../core/comments/plan-comment-updates.js';
import type { CommentInfo, CommentPort } from '../../ports/comment-port.js';
import type { IdentityPort } from '../../ports/identity-port.js';
import { BOT_COMMENT_TAG } from './bot-comment-tag.js';
import { findOwnComments } from './find-own-comments.js';
import type { CommentWriteResult } from '../../core/comments/comment-write-result.js';

/**
 * The existing parts of a sticky comment: comments that start with the bot tag and the kind's marker and
 * that this action's identity wrote (a reader's comment carrying the markers is never adopted).
 */
export async function findCommentParts(
  github: IdentityPort,
  comments: readonly CommentInfo[],
  kind: string,
): Promise<CommentInfo[]> {
  const start = `${BOT_COMMENT_TAG}\n${kindMarker(kind)}\n`;
  return findOwnComments(
    github,
    comments.filter((comment) => comment.body.startsWith(start)),
  );
}

/**
 * Makes the PR show exactly `parts` (from `splitComment`): existing parts are edited in place, missing ones
 * created in order, leftovers and duplicates deleted; parts already showing the wanted text cost nothing.
 * No parts removes the sticky comment.
 */
export async function writeCommentParts(
  github: CommentPort & IdentityPort,
  target: { number: number; kind: string; existing: readonly CommentInfo[] },
  parts: readonly string[],
): Promise<CommentWriteResult> {
  const existing = await findCommentParts(github, target.existing, target.kind);
  const plan = planCommentUpdates(existing, parts, target.kind);
  for (const update of plan.update) await github.updateComment(update.id, update.body);
  for (const body of plan.create) await github.createComment(target.number, body);
  for (const id of plan.delete) await github.deleteComment(id);
  return {
    parts: parts.length,
    created: plan.create.length,
    updated: plan.update.length,
    deleted: plan.delete.length,
    unchanged: plan.unchanged.length,
  };
}
