import type { CommentWriteResult } from '../comments/comment-write-result.js';
import type { CommentDocument } from '../comments/types.js';
import type { DriftReport } from '../drift/types.js';
import type { PreviewReason } from '../promotion/render-promotion-preview.js';
import type { PromotionPlan } from '../promotion/types.js';
import type { CommitState } from './commit-state.js';

/** The outcome of a check run. */
export interface PrCheckResult {
  /** Why nothing was done (an irrelevant label), else undefined. */
  skipped: string | undefined;
  defaultHead: string;
  plan: PromotionPlan;
  reports: DriftReport[];
  drifted: boolean;
  preview: PreviewReason | undefined;
  comment: CommentWriteResult & { parts: number };
  /** The whole report, unsplit, for the job summary. */
  document: CommentDocument | undefined;
  warnings: string[];
  contentReads: number;
}

/** A commit status flipped by a `toggleCommitStatus` command. */
export interface StatusToggle {
  command: string;
  context: string;
  from: CommitState | undefined;
  to: CommitState;
}

/** What a comment led to. */
export interface CommentHandling {
  /** Why nothing was done, when nothing was. */
  ignored: string | undefined;
  /** True when the commenter lacked write access and got a reply. */
  refused: boolean;
  /** The re-run of the checks (`/retrigger`). */
  check: PrCheckResult | undefined;
  toggled: StatusToggle[];
}
