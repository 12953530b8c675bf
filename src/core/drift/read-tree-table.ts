import type { TreeIndexEntry } from './types.js';

/** Entry kinds of a tree table, in `TreeTable.kind`. */
export const TREE_KIND = { blob: 0, tree: 1, commit: 2 } as const;

const KIND_NAMES = ['blob', 'tree', 'commit'] as const;

/** An entry as a map of the tree gives it: the fields GitHub's recursive tree API also returns. */
export interface TreeTableEntry extends TreeIndexEntry {
  path: string;
  mode: string;
}

/**
 * One `git ls-tree -r -t -z` listing kept as its text and per-entry offsets: no object, and no string but the
 * folder paths, per entry. Entries stay in git's order (a pre-order walk), so the entries below a folder are
 * the contiguous range `(i, subtreeEnd[i])`.
 */
export interface TreeTable {
  text: string;
  size: number;
  /** Offset of each record (its mode starts there); the mode ends at the first space. */
  recordStart: Int32Array;
  shaStart: Int32Array;
  shaEnd: Int32Array;
  pathStart: Int32Array;
  pathEnd: Int32Array;
  /** `TREE_KIND` of each entry. */
  kind: Uint8Array;
  /** One past the last entry below each entry (`i + 1` for a blob or an empty folder). */
  subtreeEnd: Int32Array;
  /** Every folder path -> its entry. */
  folders: Map<string, number>;
  /**
   * True when every entry's parent folder is listed right before its subtree (what `git ls-tree -r -t` prints):
   * the ranges above hold. False for other listings (no `-t`, paths without their folders, repeated paths).
   */
  complete: boolean;
}

/**
 * Reads `git ls-tree -r -t -z <rev>` output (`<mode> SP <type> SP <sha> TAB <path> NUL` per entry) into a
 * tree table in one pass. `-z` keeps unusual paths unquoted. Throws on a malformed record.
 */
export function readTreeTable(output: string): TreeTable {
  const capacity = countRecords(output);
  const table: TreeTable = {
    text: output,
    size: 0,
    recordStart: new Int32Array(capacity),
    shaStart: new Int32Array(capacity),
    shaEnd: new Int32Array(capacity),
    pathStart: new Int32Array(capacity),
    pathEnd: new Int32Array(capacity),
    kind: new Uint8Array(capacity),
    subtreeEnd: new Int32Array(capacity),
    folders: new Map(),
    complete: true,
  };
  const open: number[] = [];
  const openPaths: string[] = [];
  for (let start = 0; start < output.length;) {
    let end = output.indexOf('\0', start);
    if (end < 0) end = output.length;
    if (end > start && !(end === start + 1 && output.charCodeAt(start) === 0x0a)) {
      const i = table.size++;
      readRecord(table, i, start, end);
      placeEntry(table, i, open, openPaths);
    }
    start = end + 1;
  }
  for (const i of open) table.subtreeEnd[i] = table.size;
  return table;
}

function countRecords(output: string): number {
  let count = 1;
  for (let at = output.indexOf('\0'); at >= 0; at = output.indexOf('\0', at + 1)) count++;
  return count;
}

/** One record, `output[start, end)`; the header (before the first tab) is `<mode> <type> <sha>[ ...]`. */
function readRecord(table: TreeTable, i: number, start: number, end: number): void {
  const output = table.text;
  const tab = output.indexOf('\t', start);
  const header = tab < 0 || tab > end ? -1 : tab;
  const space1 = header < 0 ? -1 : output.indexOf(' ', start);
  const space2 = space1 < 0 || space1 > header ? -1 : output.indexOf(' ', space1 + 1);
  const space3 = space2 < 0 || space2 > header ? -1 : output.indexOf(' ', space2 + 1);
  const kind = space2 < 0 || space2 > header ? undefined : kindOf(output, space1 + 1, space2);
  if (kind === undefined) {
    throw new Error(
      `unexpected git ls-tree record ${JSON.stringify(output.slice(start, Math.min(end, start + 200)))}`,
    );
  }
  table.recordStart[i] = start;
  table.kind[i] = kind;
  table.shaStart[i] = space2 + 1;
  table.shaEnd[i] = space3 < 0 || space3 > header ? header : space3;
  table.pathStart[i] = header + 1;
  table.pathEnd[i] = end;
  table.subtreeEnd[i] = i + 1;
}

function kindOf(text: string, start: number, end: number): number | undefined {
  const length = end - start;
  if (length === 4 && text.startsWith('blob', start)) return TREE_KIND.blob;
  if (length === 4 && text.startsWith('tree', start)) return TREE_KIND.tree;
  if (length === 6 && text.startsWith('commit', start)) return TREE_KIND.commit;
  return undefined;
}

/**
 * Closes the folders entry `i` is not in, checks that its parent folder is the innermost one still open (else
 * the listing is not complete), and opens it when it is a folder.
 */
function placeEntry(table: TreeTable, i: number, open: number[], openPaths: string[]): void {
  const { text } = table;
  const start = table.pathStart[i]!;
  const end = table.pathEnd[i]!;
  const slash = text.lastIndexOf('/', end - 1);
  const parentLength = slash < start ? -1 : slash - start;
  while (open.length > 0) {
    const top = openPaths[openPaths.length - 1]!;
    if (top.length === parentLength && text.startsWith(top, start)) break;
    table.subtreeEnd[open.pop()!] = i;
    openPaths.pop();
  }
  if (parentLength >= 0 && open.length === 0) table.complete = false;
  if (table.kind[i] !== TREE_KIND.tree) return;
  const path = text.slice(start, end);
  if (table.folders.has(path)) table.complete = false;
  table.folders.set(path, i);
  open.push(i);
  openPaths.push(path);
}

/** Entry `i` of a table as an object (`path` when the caller has it already). */
export function treeTableEntry(table: TreeTable, i: number, path?: string): TreeTableEntry {
  const { text } = table;
  return {
    path: path ?? text.slice(table.pathStart[i], table.pathEnd[i]),
    mode: text.slice(table.recordStart[i], text.indexOf(' ', table.recordStart[i])),
    type: KIND_NAMES[table.kind[i]!]!,
    sha: text.slice(table.shaStart[i], table.shaEnd[i]),
  };
}
