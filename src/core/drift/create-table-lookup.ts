import type { TreeLookup } from './create-tree-lookup.js';
import { findFileEntry } from './find-tree-entry.js';
import { lowerBound } from './lower-bound.js';
import { TREE_KIND, type TreeTable } from './read-tree-table.js';
import { sortByCodePoint } from './sort-by-code-point.js';

const byPath = (entry: readonly [string, string]): string => entry[0];

/**
 * Answers folder questions from a complete tree table: a folder's files are the contiguous range below its
 * entry (no sorted copy of every path), its sub-folders its direct children. Same answers as the map-based
 * lookup, in the same (code point) order.
 */
export function createTableLookup(table: TreeTable): TreeLookup {
  const { text } = table;
  const sha = (i: number): string => text.slice(table.shaStart[i], table.shaEnd[i]);
  const path = (i: number): string => text.slice(table.pathStart[i], table.pathEnd[i]);
  const subfolderNames = new Map<number, readonly string[]>();
  let folders: readonly string[] | undefined;
  const allFolders = (): readonly string[] => (folders ??= sortByCodePoint([...table.folders.keys()]));
  const blobSha = (file: string): string | undefined => {
    const slash = file.lastIndexOf('/');
    const parent = slash < 0 ? -1 : table.folders.get(file.slice(0, slash));
    const i = parent === undefined ? -1 : findFileEntry(table, parent, file.slice(slash + 1));
    return i >= 0 && table.kind[i] === TREE_KIND.blob ? sha(i) : undefined;
  };
  return {
    treeSha(folder) {
      const i = table.folders.get(folder);
      return i === undefined ? undefined : sha(i);
    },
    blobSha,
    fileSha(folder, name) {
      if (name.includes('/')) return blobSha(`${folder}/${name}`);
      const parent = table.folders.get(folder);
      const i = parent === undefined ? -1 : findFileEntry(table, parent, name);
      return i >= 0 && table.kind[i] === TREE_KIND.blob ? sha(i) : undefined;
    },
    subfolders(folder) {
      const parent = folder === '' ? -1 : table.folders.get(folder);
      if (parent === undefined) return [];
      let names = subfolderNames.get(parent);
      if (names === undefined) {
        names = listSubfolders(table, parent);
        subfolderNames.set(parent, names);
      }
      return names;
    },
    folders: allFolders,
    foldersStartingWith(prefix) {
      const sorted = allFolders();
      const start = lowerBound(sorted, prefix);
      let end = start;
      while (end < sorted.length && sorted[end]!.startsWith(prefix)) end++;
      return sorted.slice(start, end);
    },
    folder(folder) {
      const i = table.folders.get(folder);
      if (i === undefined) return { treeSha: undefined, files: new Map() };
      const files: [string, string][] = [];
      const nameStart = folder.length + 1;
      for (let j = i + 1; j < table.subtreeEnd[i]!; j++) {
        if (table.kind[j] === TREE_KIND.blob)
          files.push([text.slice(table.pathStart[j]! + nameStart, table.pathEnd[j]), sha(j)]);
      }
      return { treeSha: sha(i), files: new Map(sortByCodePoint(files, byPath)) };
    },
    blobPathsEndingWith(suffix) {
      const found: string[] = [];
      for (let i = 0; i < table.size; i++) {
        const start = table.pathEnd[i]! - suffix.length;
        if (
          table.kind[i] === TREE_KIND.blob &&
          start >= table.pathStart[i]! &&
          text.startsWith(suffix, start)
        )
          found.push(path(i));
      }
      return found;
    },
  };
}

function listSubfolders(table: TreeTable, parent: number): string[] {
  const names: string[] = [];
  const end = parent < 0 ? table.size : table.subtreeEnd[parent]!;
  const nameStart = parent < 0 ? 0 : table.pathEnd[parent]! - table.pathStart[parent]! + 1;
  for (let i = parent + 1; i < end; i = table.subtreeEnd[i]!) {
    if (table.kind[i] === TREE_KIND.tree)
      names.push(table.text.slice(table.pathStart[i]! + nameStart, table.pathEnd[i]));
  }
  return sortByCodePoint(names);
}
