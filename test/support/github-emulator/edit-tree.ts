// Builds a new tree from a base tree and file edits in this process, with the result `git read-tree` +
// `git update-index --index-info` + `git write-tree` give (four git processes per commit before): deletions
// first, then writes in order, a write replacing a file that stands where a folder must go and the folder that
// stands where a file goes, folders left empty disappearing. It answers undefined, and the caller uses git, for
// anything where git might answer otherwise: a base tree git would not write back unchanged (odd modes, empty
// folders, unusual names), a path with a name git checks specially (`.git`, `..`) or any character outside a
// plain set, an object not stored loose.
import type { LooseObjectStore } from './loose-object-store.js';
import { CANONICAL_MODES, decodeTree, encodeTree } from './tree-codec.js';

/** What a path is set to: a blob with its mode, or null to delete it. */
export type TreeEdit = { readonly mode: '100644' | '100755'; readonly blob: string } | null;

interface Leaf {
  readonly kind: 'leaf';
  readonly mode: string;
  readonly sha: string;
}

interface Folder {
  readonly kind: 'folder';
  /** Set while the folder is still the stored tree; children are loaded on first change. */
  sha: string | undefined;
  children: Map<string, Leaf | Folder> | undefined;
}

const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const PLAIN_NAME = /^[A-Za-z0-9._@+=,-]+$/;

/** Whether git treats this path component plainly (verify_path and core.protectNTFS have nothing to say). */
export function isPlainPathComponent(name: string): boolean {
  return (
    PLAIN_NAME.test(name) &&
    name !== '.' &&
    name !== '..' &&
    !name.endsWith('.') &&
    !/^\.git\.*$/i.test(name) &&
    !/^git~\d/i.test(name)
  );
}

/** Whether every component of `path` is plain. */
export function isPlainPath(path: string): boolean {
  return path.split('/').every(isPlainPathComponent);
}

/** Trees known to round-trip through an index unchanged (immutable, so a verdict holds for good). */
export interface CanonicalTrees {
  readonly has: (sha: string) => boolean;
  readonly add: (sha: string) => void;
}

function isCanonical(store: LooseObjectStore, known: CanonicalTrees, sha: string, root: boolean): boolean {
  if (sha === EMPTY_TREE) return root;
  if (known.has(sha)) return true;
  const object = store.read(sha);
  if (object?.type !== 'tree') return false;
  const entries = decodeTree(object.body);
  if (entries.length === 0 && !root) return false;
  const plain = entries.every(
    (entry) =>
      CANONICAL_MODES.has(entry.mode) &&
      isPlainPathComponent(entry.name) &&
      (entry.type !== 'tree' || isCanonical(store, known, entry.sha, false)),
  );
  // Sorted as git sorts and encoded as git encodes: re-encoding gives the same bytes.
  if (!plain || !encodeTree(entries).equals(object.body)) return false;
  known.add(sha);
  return true;
}

function load(store: LooseObjectStore, folder: Folder): Map<string, Leaf | Folder> {
  if (folder.children) return folder.children;
  const children = new Map<string, Leaf | Folder>();
  const object = folder.sha === undefined || folder.sha === EMPTY_TREE ? undefined : store.read(folder.sha);
  for (const entry of object ? decodeTree(object.body) : []) {
    children.set(
      entry.name,
      entry.type === 'tree'
        ? { kind: 'folder', sha: entry.sha, children: undefined }
        : { kind: 'leaf', mode: entry.mode, sha: entry.sha },
    );
  }
  folder.children = children;
  folder.sha = undefined;
  return children;
}

function remove(store: LooseObjectStore, root: Folder, parts: readonly string[]): void {
  let folder = root;
  for (const part of parts.slice(0, -1)) {
    const child = load(store, folder).get(part);
    if (child?.kind !== 'folder') return;
    folder = child;
  }
  const children = load(store, folder);
  // An index holds files only: deleting a folder's path deletes nothing.
  if (children.get(parts.at(-1)!)?.kind === 'leaf') children.delete(parts.at(-1)!);
}

function put(store: LooseObjectStore, root: Folder, parts: readonly string[], leaf: Leaf): void {
  let folder = root;
  for (const part of parts.slice(0, -1)) {
    const children = load(store, folder);
    let child = children.get(part);
    if (child?.kind !== 'folder') {
      child = { kind: 'folder', sha: undefined, children: new Map() };
      children.set(part, child);
    }
    folder = child;
  }
  load(store, folder).set(parts.at(-1)!, leaf);
}

function write(store: LooseObjectStore, folder: Folder): string | undefined {
  if (!folder.children) return folder.sha;
  const entries: { mode: string; sha: string; name: string }[] = [];
  for (const [name, child] of folder.children) {
    if (child.kind === 'leaf') entries.push({ mode: child.mode, sha: child.sha, name });
    else {
      const sha = write(store, child);
      if (sha !== undefined) entries.push({ mode: '040000', sha, name });
    }
  }
  return entries.length === 0 ? undefined : store.write('tree', encodeTree(entries));
}

/** The tree `baseTree` (undefined: none) with `edits` applied, or undefined when git must build it. */
export function editTree(
  store: LooseObjectStore,
  known: CanonicalTrees,
  baseTree: string | undefined,
  edits: ReadonlyMap<string, TreeEdit>,
): string | undefined {
  if (![...edits.keys()].every(isPlainPath)) return undefined;
  if (baseTree !== undefined && !isCanonical(store, known, baseTree, true)) return undefined;
  const root: Folder = { kind: 'folder', sha: baseTree ?? EMPTY_TREE, children: undefined };
  for (const [path, edit] of edits) if (edit === null) remove(store, root, path.split('/'));
  for (const [path, edit] of edits) {
    if (edit !== null) put(store, root, path.split('/'), { kind: 'leaf', mode: edit.mode, sha: edit.blob });
  }
  const written = write(store, root);
  // git write-tree writes the empty tree too when nothing is left.
  const sha =
    written === undefined || written === EMPTY_TREE ? store.write('tree', Buffer.alloc(0)) : written;
  if (sha !== EMPTY_TREE) known.add(sha);
  return sha;
}
