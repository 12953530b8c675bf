/** Reads what the tree alone does not say: blob texts in bulk and when folders last changed. */
export interface RepoHistoryPort {
  /** Texts of blobs by SHA (each once); blobs that cannot be read are left out. */
  readBlobs(requests: readonly { sha: string; path: string }[]): Promise<Map<string, string>>;
  /** Folder -> ISO time of the newest commit up to `commit` that changed something in it; unknown folders left out. */
  lastChanges(commit: string, folders: readonly string[]): Promise<Map<string, string>>;
}
