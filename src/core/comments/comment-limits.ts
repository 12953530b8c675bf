import type { CommentLimits } from './types.js';

/**
 * GitHub's limits for an issue or PR comment body: 65,536 characters and, measured, 262,144 UTF-8 bytes
 * (see ../shared/reference/github-platform.md §5); ten parts at most so a PR never drowns in comments.
 */
export const defaultCommentLimits: CommentLimits = { maxChars: 65_536, maxBytes: 262_144, maxParts: 10 };
