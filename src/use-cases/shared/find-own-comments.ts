import { matchesLogin } from '../../core/identity/matches-login.js';
import type { CommentInfo } from '../../ports/comment-port.js';
import type { IdentityPort } from '../../ports/identity-port.js';

/**
 * The comments among `candidates` that this action's identity wrote. Anyone can paste the hidden markers of a
 * sticky comment; only the token's own comments are edited, deleted or believed. The token's login is read
 * (one call per run) only when there is a candidate. When the token cannot read its login, comments by Apps
 * (`[bot]`) still count: people without an App installed on the repository cannot write as one.
 */
export async function findOwnComments(
  github: IdentityPort,
  candidates: readonly CommentInfo[],
): Promise<CommentInfo[]> {
  if (candidates.length === 0) return [];
  let viewer: string | undefined;
  try {
    viewer = await github.getViewerLogin();
  } catch {
    viewer = undefined;
  }
  return candidates.filter((comment) =>
    viewer === undefined
      ? comment.author.toLowerCase().endsWith('[bot]')
      : matchesLogin(comment.author, viewer),
  );
}
