import type { CommentWriteResult } from '../comments/comment-write-result.js';
import type { CommentDocument } from '../comments/types.js';
import type { RenderDiffItem } from './types.js';

/** The outcome of a rendered diff run. */
export interface RenderedDiffRun {
  items: RenderDiffItem[];
  hasDiff: boolean;
  /** Folders that failed to render on either side. */
  failedPaths: string[];
  comment: CommentWriteResult;
  document: CommentDocument;
  warnings: string[];
}
