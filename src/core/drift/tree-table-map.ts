import { findTreeEntry } from './find-tree-entry.js';
import { treeTableEntry, type TreeTable, type TreeTableEntry } from './read-tree-table.js';

/** The table behind each map made here: the drift map and the dashboard ask it directly. */
const tables = new WeakMap<object, TreeTable>();

/**
 * A complete tree table as a read-only map of path -> entry, in git's order: entries are made when asked
 * for, so a 100,000-entry tree costs its text and a few typed arrays until something iterates it.
 */
export function treeTableMap(table: TreeTable): ReadonlyMap<string, TreeTableEntry> {
  const entryAt = (i: number, path?: string): TreeTableEntry => treeTableEntry(table, i, path);
  function* entries(): MapIterator<[string, TreeTableEntry]> {
    for (let i = 0; i < table.size; i++) {
      const entry = entryAt(i);
      yield [entry.path, entry];
    }
  }
  function* keys(): MapIterator<string> {
    for (let i = 0; i < table.size; i++) yield table.text.slice(table.pathStart[i], table.pathEnd[i]);
  }
  function* values(): MapIterator<TreeTableEntry> {
    for (let i = 0; i < table.size; i++) yield entryAt(i);
  }
  const map: ReadonlyMap<string, TreeTableEntry> = {
    get size() {
      return table.size;
    },
    get(path) {
      const i = findTreeEntry(table, path);
      return i < 0 ? undefined : entryAt(i, path);
    },
    has: (path) => findTreeEntry(table, path) >= 0,
    forEach(callback, thisArg?: unknown) {
      for (const [path, entry] of entries()) callback.call(thisArg, entry, path, map);
    },
    entries,
    keys,
    values,
    [Symbol.iterator]: entries,
  };
  tables.set(map, table);
  return map;
}

/** The tree table behind a map `treeTableMap` made, else undefined (a plain `Map`, GitHub's tree). */
export function treeTableOf(tree: object): TreeTable | undefined {
  return tables.get(tree);
}
