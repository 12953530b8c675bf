import { readTreeTable, treeTableEntry, type TreeTableEntry } from './read-tree-table.js';
import { treeTableMap } from './tree-table-map.js';

/** One entry of `git ls-tree`: the fields GitHub's recursive tree API also returns. */
export type LsTreeEntry = TreeTableEntry;

/**
 * Parses `git ls-tree -r -t -z <rev>` output (`<mode> SP <type> SP <sha> TAB <path> NUL` per entry)
 * into path -> entry. `-z` keeps unusual paths unquoted. Throws on a malformed record.
 * A complete listing (every folder before its entries, as `-r -t` prints) stays a tree table behind the map:
 * a 100,000-entry tree is read at every dashboard and drift map, and an object per entry was most of its cost.
 * Any other listing becomes a plain `Map` (the last of repeated paths wins).
 */
export function parseLsTree(output: string): ReadonlyMap<string, LsTreeEntry> {
  const table = readTreeTable(output);
  if (table.complete) return treeTableMap(table);
  const entries = new Map<string, LsTreeEntry>();
  for (let i = 0; i < table.size; i++) {
    const entry = treeTableEntry(table, i);
    entries.set(entry.path, entry);
  }
  return entries;
}
