/**
 * An entry of `POST /git/trees`: a blob or tree by SHA, a deletion (`sha: null`), or a file given inline as
 * `content` (GitHub writes the blob; use either `sha` or `content`, never both).
 */
export interface NewTreeEntry {
  path: string;
  mode: '100644' | '100755' | '040000' | '160000' | '120000';
  type: 'blob' | 'tree' | 'commit';
  sha?: string | null;
  /** UTF-8 file content for a blob entry; omit `sha` when set. */
  content?: string;
}

/** A flattened tree entry, path relative to the tree that was read. */
export interface TreeEntryInfo {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}
