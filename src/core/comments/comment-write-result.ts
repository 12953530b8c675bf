/** What writing a sticky comment's parts did. */
export interface CommentWriteResult {
  parts: number;
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
}
