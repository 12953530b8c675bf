/** An entry of `POST /git/trees`: a blob or tree by SHA, or a deletion (`sha: null`). */
export interface NewTreeEntry {
  path: string;
  mode: '100644' | '100755' | '040000' | '160000' | '120000';
  type: 'blob' | 'tree' | 'commit';
  sha: string | null;
}

/** A flattened tree entry, path relative to the tree that was read. */
export interface TreeEntryInfo {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}
