import type { FolderTree, TreeIndex } from './types.js';
import { createTableLookup } from './create-table-lookup.js';
import { lowerBound } from './lower-bound.js';
import { sortByCodePoint } from './sort-by-code-point.js';
import { treeTableOf } from './tree-table-map.js';

/** Answers folder questions about one repository tree in O(log n) per question. */
export interface TreeLookup {
  /** The folder's tree SHA and its files (relative path -> blob SHA); `treeSha` undefined when missing. */
  folder(path: string): FolderTree;
  /** Tree SHA of a folder, undefined when it is not a folder of the tree. */
  treeSha(path: string): string | undefined;
  /** Blob SHA of a file, undefined when it is not a file (blob) of the tree. */
  blobSha(path: string): string | undefined;
  /** `blobSha(`${folder}/${name}`)`, without building the path where the tree need not. */
  fileSha(folder: string, name: string): string | undefined;
  /** Names of the sub-folders of a folder ('' is the root), sorted. */
  subfolders(path: string): readonly string[];
  /** Every folder path of the tree, sorted. */
  folders(): readonly string[];
  /** The folder paths that start with `prefix`, sorted (one contiguous range of `folders()`). */
  foldersStartingWith(prefix: string): readonly string[];
  /** Paths of the files (blobs) whose path ends with `suffix`, in no particular order. */
  blobPathsEndingWith(suffix: string): string[];
}

/** One index per tree object: the drift map, its component configs and the dashboard ask the same tree. */
const lookups = new WeakMap<TreeIndex, TreeLookup>();

/**
 * Indexes a whole tree (e.g. one `git ls-tree -r -t`) once per tree object (trees are read-only values): a
 * tree read from git (`parseLsTree`) is answered from its table; any other map by sorting its paths once, so
 * the files of any folder are one contiguous range found by binary search, sub-folders grouped by parent.
 */
export function createTreeLookup(tree: TreeIndex): TreeLookup {
  let lookup = lookups.get(tree);
  if (lookup === undefined) {
    const table = treeTableOf(tree);
    lookup = table === undefined ? indexTree(tree) : createTableLookup(table);
    lookups.set(tree, lookup);
  }
  return lookup;
}

function indexTree(tree: TreeIndex): TreeLookup {
  const blobs: string[] = [];
  const folders: string[] = [];
  const children = new Map<string, string[]>();
  for (const [path, entry] of tree) {
    if (entry.type === 'blob') blobs.push(path);
    else if (entry.type === 'tree') {
      folders.push(path);
      const slash = path.lastIndexOf('/');
      const parent = slash < 0 ? '' : path.slice(0, slash);
      const list = children.get(parent);
      if (list === undefined) children.set(parent, [path.slice(slash + 1)]);
      else list.push(path.slice(slash + 1));
    }
  }
  sortByCodePoint(blobs);
  sortByCodePoint(folders);
  for (const list of children.values()) sortByCodePoint(list);
  const treeSha = (path: string): string | undefined => {
    const entry = tree.get(path);
    return entry?.type === 'tree' ? entry.sha : undefined;
  };
  const blobSha = (path: string): string | undefined => {
    const entry = tree.get(path);
    return entry?.type === 'blob' ? entry.sha : undefined;
  };
  return {
    treeSha,
    blobSha,
    fileSha: (folder, name) => blobSha(`${folder}/${name}`),
    subfolders: (path) => children.get(path) ?? [],
    folders: () => folders,
    foldersStartingWith(prefix) {
      const start = lowerBound(folders, prefix);
      let end = start;
      while (end < folders.length && folders[end]!.startsWith(prefix)) end++;
      return folders.slice(start, end);
    },
    folder(path) {
      const sha = treeSha(path);
      const files = new Map<string, string>();
      if (sha === undefined) return { treeSha: undefined, files };
      const prefix = `${path}/`;
      for (let i = lowerBound(blobs, prefix); i < blobs.length && blobs[i]!.startsWith(prefix); i++) {
        const blob = blobs[i]!;
        files.set(blob.slice(prefix.length), tree.get(blob)!.sha);
      }
      return { treeSha: sha, files };
    },
    blobPathsEndingWith(suffix) {
      const found: string[] = [];
      for (const [path, entry] of tree) if (entry.type === 'blob' && path.endsWith(suffix)) found.push(path);
      return found;
    },
  };
}
