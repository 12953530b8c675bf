/** A file at one commit: its text (undefined when the file does not exist), git mode and blob id. */
export interface FileAtCommit {
  exists: boolean;
  /** UTF-8 text; undefined for a missing or binary file. */
  text: string | undefined;
  binary: boolean;
  /** Git mode as in trees (`100644`, `100755`, `120000`). */
  mode: string | undefined;
  oid: string | undefined;
}
