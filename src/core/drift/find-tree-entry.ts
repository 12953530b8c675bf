import { TREE_KIND, type TreeTable } from './read-tree-table.js';

/** A folder with more entries below it than this indexes its files by name (once) instead of scanning them. */
const SCAN_LIMIT = 64;

/** Per table: parent entry (-1 for the root) -> its files' names -> entry, for the large folders asked about. */
const fileIndexes = new WeakMap<TreeTable, Map<number, Map<string, number>>>();

/**
 * The entry of `path` in a complete tree table, or -1: folders from the table's folder map, other entries
 * among their parent folder's direct children.
 */
export function findTreeEntry(table: TreeTable, path: string): number {
  const folder = table.folders.get(path);
  if (folder !== undefined) return folder;
  const slash = path.lastIndexOf('/');
  if (slash < 0) return findFileEntry(table, -1, path);
  const parent = table.folders.get(path.slice(0, slash));
  return parent === undefined ? -1 : findFileEntry(table, parent, path.slice(slash + 1));
}

/** The entry of the file (blob or submodule) `name` directly in folder entry `parent` (-1: the root), or -1. */
export function findFileEntry(table: TreeTable, parent: number, name: string): number {
  const first = parent + 1;
  const end = parent < 0 ? table.size : table.subtreeEnd[parent]!;
  if (end - first > SCAN_LIMIT) return fileIndex(table, parent).get(name) ?? -1;
  // A child's name starts right after its parent's path and a slash.
  const nameStart = parent < 0 ? 0 : table.pathEnd[parent]! - table.pathStart[parent]! + 1;
  for (let i = first; i < end; i = table.subtreeEnd[i]!) {
    if (table.kind[i] === TREE_KIND.tree) continue;
    const start = table.pathEnd[i]! - name.length;
    if (start === table.pathStart[i]! + nameStart && table.text.startsWith(name, start)) return i;
  }
  return -1;
}

function fileIndex(table: TreeTable, parent: number): Map<string, number> {
  let byParent = fileIndexes.get(table);
  if (byParent === undefined) {
    byParent = new Map();
    fileIndexes.set(table, byParent);
  }
  let names = byParent.get(parent);
  if (names === undefined) {
    names = new Map();
    const end = parent < 0 ? table.size : table.subtreeEnd[parent]!;
    const nameStart = parent < 0 ? 0 : table.pathEnd[parent]! - table.pathStart[parent]! + 1;
    for (let i = parent + 1; i < end; i = table.subtreeEnd[i]!) {
      if (table.kind[i] === TREE_KIND.tree) continue;
      const name = table.text.slice(table.pathStart[i]! + nameStart, table.pathEnd[i]);
      if (!names.has(name)) names.set(name, i);
    }
    byParent.set(parent, names);
  }
  return names;
}
