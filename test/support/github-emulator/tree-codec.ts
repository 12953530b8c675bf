// The binary format of git tree objects: `<octal mode> <name>\0<20-byte SHA>` per entry, entries in git's order
// (names compared bytewise, a folder's name as if it ended in `/`). Decoding answers what `git ls-tree` prints
// (six-digit modes); encoding accepts only what `git mktree` would write unchanged, so a caller can fall back to
// git for anything else and keep git's own answer, errors included.

/** One decoded tree entry. */
export interface DecodedTreeEntry {
  /** Six digits, as `git ls-tree` prints it: `040000`, `100644`, `100755`, `120000`, `160000`. */
  readonly mode: string;
  readonly type: 'blob' | 'tree' | 'commit';
  readonly sha: string;
  readonly name: string;
}

/** The type git derives from a tree entry's mode. */
export function typeOfMode(mode: string): DecodedTreeEntry['type'] {
  if (mode === '040000' || mode === '40000') return 'tree';
  return mode === '160000' ? 'commit' : 'blob';
}

/** The modes git writes in trees it builds itself, six digits. */
export const CANONICAL_MODES: ReadonlySet<string> = new Set([
  '040000',
  '100644',
  '100755',
  '120000',
  '160000',
]);

/** Decodes a tree object's body. */
export function decodeTree(body: Buffer): DecodedTreeEntry[] {
  const entries: DecodedTreeEntry[] = [];
  let at = 0;
  while (at < body.length) {
    const space = body.indexOf(0x20, at);
    const nul = body.indexOf(0, space);
    if (space < 0 || nul < 0 || nul + 21 > body.length) throw new Error('malformed tree object');
    const mode = body.toString('latin1', at, space).padStart(6, '0');
    const name = body.toString('utf8', space + 1, nul);
    const sha = body.toString('hex', nul + 1, nul + 21);
    entries.push({ mode, type: typeOfMode(mode), sha, name });
    at = nul + 21;
  }
  return entries;
}

function sortKey(entry: { readonly mode: string; readonly name: string }): Buffer {
  return Buffer.from(typeOfMode(entry.mode) === 'tree' ? `${entry.name}/` : entry.name, 'utf8');
}

/** Encodes entries (canonical six-digit modes, plain names) as a tree body in git's order. */
export function encodeTree(entries: readonly { mode: string; sha: string; name: string }[]): Buffer {
  const sorted = [...entries].sort((a, b) => Buffer.compare(sortKey(a), sortKey(b)));
  return Buffer.concat(
    sorted.flatMap((entry) => [
      Buffer.from(`${entry.mode.replace(/^0/, '')} ${entry.name}\0`, 'utf8'),
      Buffer.from(entry.sha, 'hex'),
    ]),
  );
}
