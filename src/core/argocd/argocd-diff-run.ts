import type { CommentWriteResult } from '../comments/comment-write-result.js';
import type { CommentDocument } from '../comments/types.js';
import type { ComponentDiff, PrComponentSource } from './component-diff.js';

/** The outcome of a no-diff auto-merge. */
export interface AutoMergeOutcome {
  merged: boolean;
  /** Why it was not merged, or the merge failure. */
  reason: string | undefined;
  failed: boolean;
}

/** The outcome of a diff run. */
export interface ArgoCdDiffRun {
  /** Why nothing was diffed (the feature is off), else undefined. */
  skipped: string | undefined;
  componentSource: PrComponentSource | undefined;
  diffs: ComponentDiff[];
  hasDiff: boolean;
  /** `<app or path>: <error>` of every component whose diff failed. */
  failures: string[];
  /** Every component has an app and none changes anything. */
  noop: boolean;
  labels: { added: string[]; removed: string[] };
  autoMerge: AutoMergeOutcome | undefined;
  comment: CommentWriteResult;
  /** The whole comment, unsplit, for the job summary. */
  document: CommentDocument | undefined;
  warnings: string[];
}
