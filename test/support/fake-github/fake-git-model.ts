// The git side of the typed GitHub fake: blobs, trees (one per directory, so a folder's tree SHA can be reused
// as GitHub allows), commits and branches, with the diff, ancestry and merge-base reads GitHub answers from.
import { createHash } from 'node:crypto';
import { gitBlobSha } from '../../../src/core/bump/git-blob-sha.js';
import type { NewTreeEntry, TreeEntryInfo } from '../../../src/core/tree/tree-entry.js';
import type { ChangedFileInfo } from '../../../src/ports/git-read-port.js';

/** A file of a tree: its text and mode. */
export interface FakeFile {
  text: string;
  mode: string;
}

/** A commit of the model. */
export interface FakeCommit {
  sha: string;
  treeSha: string;
  parents: string[];
  message: string;
}

/** Paths (relative to the tree) to files. */
export type FakeFiles = ReadonlyMap<string, FakeFile>;

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Blobs, trees, commits and branches of one fake repository. */
export function createFakeGitModel() {
  const blobs = new Map<string, string>();
  const trees = new Map<string, FakeFiles>();
  const commits = new Map<string, FakeCommit>();
  const branches = new Map<string, string>();

  const storeTree = (files: FakeFiles): string => {
    const sorted = [...files].sort(([a], [b]) => byPath(a, b));
    for (const [, file] of sorted) blobs.set(gitBlobSha(file.text), file.text);
    const sha = sha1(`tree\n${sorted.map(([p, f]) => `${f.mode} ${gitBlobSha(f.text)}\t${p}`).join('\n')}`);
    if (trees.has(sha)) return sha;
    trees.set(sha, new Map(sorted));
    for (const dir of directoriesOf(files.keys())) storeTree(filesUnder(files, dir));
    return sha;
  };

  const treeFiles = (treeSha: string): FakeFiles => {
    const files = trees.get(treeSha);
    if (files === undefined) throw new Error(`fake GitHub: no tree ${treeSha}`);
    return files;
  };

  const commitOf = (sha: string): FakeCommit => {
    const commit = commits.get(sha);
    if (commit === undefined) throw new Error(`fake GitHub: no commit ${sha}`);
    return commit;
  };

  /** A branch's commit, or the commit itself when `ref` is a known commit SHA. */
  const resolve = (ref: string): string | undefined =>
    branches.get(ref) ?? (commits.has(ref) ? ref : undefined);

  const ancestors = (sha: string): Set<string> => {
    const seen = new Set<string>();
    const queue = [sha];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (seen.has(next) || !commits.has(next)) continue;
      seen.add(next);
      queue.push(...commitOf(next).parents);
    }
    return seen;
  };

  return {
    branches,
    storeTree,
    treeFiles,
    commitOf,
    resolve,
    hasCommit: (sha: string) => commits.has(sha),
    /** Stores a commit; `sha` lets a test pick the id a webhook payload names. */
    storeCommit(options: { treeSha: string; parents: string[]; message: string; sha?: string }): string {
      const sha =
        options.sha ?? sha1(`${options.treeSha}${options.parents.join()}${options.message}${commits.size}`);
      commits.set(sha, {
        sha,
        treeSha: options.treeSha,
        parents: [...options.parents],
        message: options.message,
      });
      return sha;
    },
    /** The files of a branch or commit. */
    filesAt(ref: string): FakeFiles {
      const sha = resolve(ref);
      if (sha === undefined) throw new Error(`fake GitHub: no branch or commit ${ref}`);
      return treeFiles(commitOf(sha).treeSha);
    },
    /** Entries as `GET /git/trees` lists them: direct children, or every blob and folder when recursive. */
    treeEntries(treeSha: string, recursive: boolean): TreeEntryInfo[] {
      const files = treeFiles(treeSha);
      const folders = directoriesOf(files.keys()).map((dir): TreeEntryInfo => ({
        path: dir,
        mode: '040000',
        type: 'tree',
        sha: storeTree(filesUnder(files, dir)),
      }));
      const blobEntries = [...files].map(([path, file]): TreeEntryInfo => ({
        path,
        mode: file.mode,
        type: 'blob',
        sha: gitBlobSha(file.text),
      }));
      const all = [...folders, ...blobEntries].sort((a, b) => byPath(a.path, b.path));
      return recursive ? all : all.filter((entry) => !entry.path.includes('/'));
    },
    /** `POST /git/trees` on `baseTree`: blobs by content or SHA, deletions, and folders replaced by a tree SHA. */
    applyEntries(baseTree: string, entries: readonly NewTreeEntry[]): string {
      const files = new Map(treeFiles(baseTree));
      for (const entry of entries) {
        if (entry.type === 'tree' || entry.sha === null) {
          for (const path of [...files.keys()]) if (path.startsWith(`${entry.path}/`)) files.delete(path);
        }
        if (entry.sha === null) {
          files.delete(entry.path);
        } else if (entry.type === 'tree') {
          for (const [path, file] of treeFiles(entry.sha ?? '')) files.set(`${entry.path}/${path}`, file);
        } else {
          const text = entry.content ?? blobs.get(entry.sha ?? '');
          if (text === undefined)
            throw new Error(`fake GitHub: no blob ${entry.sha ?? ''} for ${entry.path}`);
          files.set(entry.path, { text, mode: entry.mode });
        }
      }
      return storeTree(files);
    },
    /** Whether `ancestor` is `sha` or one of its ancestors. */
    isAncestor: (ancestor: string, sha: string) => ancestors(sha).has(ancestor),
    /** The nearest common ancestor of two commits (breadth first from `b`), if any. */
    mergeBase(a: string, b: string): string | undefined {
      const ofA = ancestors(a);
      const queue = [b];
      const seen = new Set<string>();
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        if (ofA.has(next)) return next;
        if (seen.has(next) || !commits.has(next)) continue;
        seen.add(next);
        queue.push(...commitOf(next).parents);
      }
      return undefined;
    },
    /** Files that differ from `base` to `head`, by path; an identical blob removed and added is a rename. */
    diff(base: FakeFiles, head: FakeFiles): ChangedFileInfo[] {
      const added = [...head.keys()].filter((path) => !base.has(path)).sort(byPath);
      const removed = [...base.keys()].filter((path) => !head.has(path)).sort(byPath);
      const changes: ChangedFileInfo[] = [];
      for (const path of removed) {
        const text = base.get(path)?.text;
        const index = added.findIndex((candidate) => head.get(candidate)?.text === text);
        if (index < 0) {
          changes.push({ path, status: 'removed' });
        } else {
          changes.push({ path: added[index] ?? '', previousPath: path, status: 'renamed' });
          added.splice(index, 1);
        }
      }
      for (const path of added) changes.push({ path, status: 'added' });
      for (const [path, file] of head) {
        const before = base.get(path);
        if (before !== undefined && (before.text !== file.text || before.mode !== file.mode))
          changes.push({ path, status: 'modified' });
      }
      return changes.sort((a, b) => byPath(a.path, b.path));
    },
  };
}

/** The model's type, for the fake that wraps it. */
export type FakeGitModel = ReturnType<typeof createFakeGitModel>;

function directoriesOf(paths: Iterable<string>): string[] {
  const dirs = new Set<string>();
  for (const path of paths) {
    const parts = path.split('/');
    for (let depth = 1; depth < parts.length; depth++) dirs.add(parts.slice(0, depth).join('/'));
  }
  return [...dirs].sort(byPath);
}

function filesUnder(files: FakeFiles, dir: string): FakeFiles {
  const prefix = `${dir}/`;
  return new Map(
    [...files]
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, file]) => [path.slice(prefix.length), file]),
  );
}
