// Reads a bare repository's refs from its files (loose refs under refs/, then packed-refs), in this process:
// the emulator resolves a branch on almost every request, and a `git rev-parse` per read was a third of the git
// processes of a promote test. Only well-formed full ref names are read here (git check-ref-format's rules);
// anything else answers null and the caller asks git, so revision syntax behaves exactly as before.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A ref and the object it points to. */
export interface RefFileEntry {
  readonly ref: string;
  readonly sha: string;
}

/** File-based ref reads of one bare repository. */
export interface RefFiles {
  /** The SHA the ref points to, undefined when it does not exist, null when git must answer. */
  readonly read: (ref: string) => string | undefined | null;
  /**
   * Every ref matching `pattern` as `git for-each-ref` matches it (the whole name, or a prefix ending at a
   * `/`), sorted by name; null (git must answer) for glob patterns.
   */
  readonly list: (pattern: string) => RefFileEntry[] | null;
  /**
   * `git update-ref ref sha [expected]` (expected: undefined = unconditional, ZERO_SHA = must not exist): true when
   * written, false when the ref was not at `expected` or is locked, null when git must do it (a name to
   * interpret, a folder or a ref in the way of the new name).
   */
  readonly update: (ref: string, sha: string, expected: string | undefined) => boolean | null;
}

const ZERO = '0000000000000000000000000000000000000000';

const SHA = /^[0-9a-f]{40}$/;

/** Whether `ref` is a full ref name git would accept (`git check-ref-format`), with nothing to interpret. */
export function isPlainRefName(ref: string): boolean {
  if (!ref.startsWith('refs/') || ref.endsWith('/') || ref.endsWith('.') || ref.includes('@{')) return false;
  // Control characters, space and ~ ^ : ? * [ \ are not allowed anywhere in a ref name.
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(ref) || ref.includes('..')) return false;
  return ref.split('/').every((part) => part !== '' && !part.startsWith('.') && !part.endsWith('.lock'));
}

function packedRefs(gitDir: string): Map<string, string> {
  const refs = new Map<string, string>();
  let text: string;
  try {
    text = readFileSync(join(gitDir, 'packed-refs'), 'utf8');
  } catch {
    return refs;
  }
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#') || line.startsWith('^')) continue;
    const [sha, ref] = line.split(' ');
    if (sha && ref && SHA.test(sha)) refs.set(ref, sha);
  }
  return refs;
}

function looseRefs(gitDir: string, folder: string, into: Map<string, string>): void {
  let names: string[];
  try {
    names = readdirSync(join(gitDir, folder));
  } catch {
    return;
  }
  for (const name of names) {
    const ref = `${folder}/${name}`;
    if (name.endsWith('.lock')) continue;
    let content: string;
    try {
      content = readFileSync(join(gitDir, ref), 'utf8').trim();
    } catch {
      looseRefs(gitDir, ref, into);
      continue;
    }
    if (SHA.test(content)) into.set(ref, content);
  }
}

/** Binds file-based ref reads to the bare repository at `gitDir`. */
export function createRefFiles(gitDir: string): RefFiles {
  const readLoose = (ref: string): string | undefined | null => {
    let content: string;
    try {
      content = readFileSync(join(gitDir, ref), 'utf8').trim();
    } catch (error) {
      // Missing, or a folder of longer ref names (`refs/heads/a` when `refs/heads/a/b` exists).
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR' ? undefined : null;
    }
    // A symbolic ref (`ref: refs/heads/main`) or anything unexpected: git resolves it.
    return SHA.test(content) ? content : null;
  };
  const read: RefFiles['read'] = (ref) => {
    if (!isPlainRefName(ref)) return null;
    const loose = readLoose(ref);
    if (loose !== undefined) return loose;
    return packedRefs(gitDir).get(ref);
  };
  // A ref named like a folder of refs, or inside a ref's name (`refs/heads/a` and `refs/heads/a/b`): git refuses
  // or tidies up; it decides.
  const inTheWay = (ref: string): boolean => {
    const parts = ref.split('/');
    const packed = packedRefs(gitDir);
    for (let length = 2; length < parts.length; length++) {
      const prefix = parts.slice(0, length).join('/');
      if (packed.has(prefix)) return true;
      try {
        if (!statSync(join(gitDir, prefix)).isDirectory()) return true;
      } catch {
        break;
      }
    }
    if ([...packed.keys()].some((name) => name.startsWith(`${ref}/`))) return true;
    try {
      return statSync(join(gitDir, ref)).isDirectory();
    } catch {
      return false;
    }
  };
  return {
    read,
    update: (ref, sha, expected) => {
      if (!isPlainRefName(ref) || !SHA.test(sha) || inTheWay(ref)) return null;
      const current = read(ref);
      if (current === null) return null;
      if (expected !== undefined && (expected === ZERO ? current !== undefined : current !== expected))
        return false;
      const path = join(gitDir, ref);
      mkdirSync(dirname(path), { recursive: true });
      try {
        // The lock git takes: whoever holds it, this update fails as git's would.
        writeFileSync(`${path}.lock`, `${sha}\n`, { flag: 'wx' });
      } catch {
        return false;
      }
      renameSync(`${path}.lock`, path);
      return true;
    },
    list: (pattern) => {
      if (/[*?[\\]/.test(pattern)) return null;
      const all = packedRefs(gitDir);
      looseRefs(gitDir, 'refs', all);
      const prefix = pattern.endsWith('/') ? pattern : `${pattern}/`;
      return [...all]
        .filter(([ref]) => ref === pattern || ref.startsWith(prefix))
        .map(([ref, sha]) => ({ ref, sha }))
        .sort((a, b) => Buffer.compare(Buffer.from(a.ref), Buffer.from(b.ref)));
    },
  };
}
