/** A pull request a commit came from, as history names it. */
export interface FolderChangePull {
  number: number;
  url: string;
  title: string;
  headRef: string;
  /** REST-style login: Apps end in `[bot]`. */
  author: string;
  merged: boolean;
}

/** The newest commit on a branch that changed something under a folder, and the folder just before it. */
export interface FolderChange {
  commit: string;
  url: string;
  /** First line of the commit message. */
  headline: string;
  /** ISO 8601 commit time. */
  date: string;
  /** The commit's first parent; undefined for a root commit. */
  parent: string | undefined;
  /** The folder's tree SHA in the first parent; undefined when the folder did not exist there. */
  previousTree: string | undefined;
  /** PRs GitHub associates with the commit (the one it was merged by first), newest first. */
  pulls: FolderChangePull[];
}

/** A folder on a branch now, and its last change. */
export interface FolderHistory {
  /** The branch head and its root tree. */
  head: string;
  headTree: string;
  /** The folder's tree SHA at the head; undefined when it does not exist there. */
  currentTree: string | undefined;
  /** Undefined when no commit reachable from the head changed the folder. */
  lastChange: FolderChange | undefined;
}

/** Reads a folder's history on a branch. */
export interface FolderHistoryPort {
  /** The folder (no trailing slash) on `branch` and its last change; undefined when the branch does not exist. */
  readFolderHistory(branch: string, folder: string): Promise<FolderHistory | undefined>;
}
