/** One block of a comment, kept whole in one part whenever it fits. */
export interface CommentSection {
  /** Plain-text name, used in "continued" and "truncated" notes. */
  title: string;
  /** The complete markdown of the section. */
  full: string;
  /** A shorter markdown form, used when `full` does not fit in one comment. */
  concise?: string | undefined;
  /** Markdown telling where to see everything (job summary, artifact); overrides the document's hint. */
  hint?: string | undefined;
}

/** A comment before splitting: a header, sections in order, and an optional footer. */
export interface CommentDocument {
  /** Which sticky comment this is (`drift`, `preview`, `argocd-diff`): lowercase letters, digits and `-`. */
  kind: string;
  /** Markdown at the top of the first part. */
  header: string;
  /** Markdown at the top of every later part; empty when absent. */
  continuationHeader?: string | undefined;
  sections: readonly CommentSection[];
  /** Markdown at the end of the last part. */
  footer?: string | undefined;
  /** Markdown telling where to see everything, used when a section has no hint of its own. */
  hint?: string | undefined;
}

/** Size limits of one comment part; both apply. */
export interface CommentLimits {
  /** Characters (UTF-16 code units, which never undercount GitHub's count), markers included. */
  maxChars: number;
  /** UTF-8 bytes, markers included. */
  maxBytes: number;
  /** Parts at most; content beyond them is dropped with a note and the hint. */
  maxParts: number;
}
