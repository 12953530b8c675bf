// Reads and writes a bare repository's loose objects in this process: zlib-deflated `<type> <size>\0<body>` files
// under objects/xx/yyyy…, named by the SHA-1 of the inflated bytes (https://git-scm.com/book/en/v2/Git-Internals-Git-Objects).
// The emulator writes every object loose (nothing repacks its repositories), so its reads and writes need no git
// process; an object that is not loose (a packed one) reads as undefined and the caller asks git instead.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { constants, deflateSync, inflateSync } from 'node:zlib';

/** The four git object types. */
export type GitObjectType = 'blob' | 'tree' | 'commit' | 'tag';

/** A loose object's type and body. */
export interface LooseObject {
  readonly type: GitObjectType;
  readonly body: Buffer;
}

/** A loose object's header. */
export interface LooseObjectHeader {
  readonly type: GitObjectType;
  readonly size: number;
}

/** Loose-object access to one bare repository. */
export interface LooseObjectStore {
  /** The object, or undefined when it is not stored loose. */
  readonly read: (sha: string) => LooseObject | undefined;
  /** The object's type and size from its first bytes, or undefined when it is not stored loose. */
  readonly header: (sha: string) => LooseObjectHeader | undefined;
  /** Writes the object (unless present) and returns its SHA-1, as `git hash-object -w -t <type>` does. */
  readonly write: (type: GitObjectType, body: Buffer) => string;
}

const TYPES: readonly string[] = ['blob', 'tree', 'commit', 'tag'];
let writeCounter = 0;

function parseHeader(raw: Buffer): { header: LooseObjectHeader; bodyStart: number } | undefined {
  const nul = raw.indexOf(0);
  if (nul < 0) return undefined;
  const [type, size] = raw.toString('latin1', 0, nul).split(' ');
  if (type === undefined || !TYPES.includes(type) || !/^\d+$/.test(size ?? '')) return undefined;
  return { header: { type: type as GitObjectType, size: Number(size) }, bodyStart: nul + 1 };
}

/** Binds loose-object reads and writes to the bare repository at `gitDir`. */
export function createLooseObjectStore(gitDir: string): LooseObjectStore {
  const pathOf = (sha: string) => join(gitDir, 'objects', sha.slice(0, 2), sha.slice(2));
  const readFile = (sha: string): Buffer | undefined => {
    if (!/^[0-9a-f]{40}$/.test(sha)) return undefined;
    try {
      return readFileSync(pathOf(sha));
    } catch {
      return undefined;
    }
  };
  return {
    read: (sha) => {
      const file = readFile(sha);
      if (file === undefined) return undefined;
      const raw = inflateSync(file);
      const parsed = parseHeader(raw);
      if (!parsed) return undefined;
      return { type: parsed.header.type, body: raw.subarray(parsed.bodyStart) };
    },
    header: (sha) => {
      const file = readFile(sha);
      if (file === undefined) return undefined;
      // The header is in the first inflated bytes: inflate a prefix of the file without insisting on its end
      // (a dynamic Huffman block may need a few hundred bytes before its first output), else all of it.
      if (file.length > 1024) {
        const prefix = inflateSync(file.subarray(0, 1024), { finishFlush: constants.Z_SYNC_FLUSH });
        const parsed = parseHeader(prefix);
        if (parsed) return parsed.header;
      }
      return parseHeader(inflateSync(file))?.header;
    },
    write: (type, body) => {
      const raw = Buffer.concat([Buffer.from(`${type} ${body.length}\0`, 'latin1'), body]);
      const sha = createHash('sha1').update(raw).digest('hex');
      const path = pathOf(sha);
      if (existsSync(path)) return sha;
      mkdirSync(join(gitDir, 'objects', sha.slice(0, 2)), { recursive: true });
      // Written aside and renamed, as git does, so a concurrent reader never sees half an object.
      const temporary = join(gitDir, 'objects', `tmp_obj_${process.pid}_${writeCounter++}`);
      writeFileSync(temporary, deflateSync(raw, { level: 1 }), { mode: 0o444 });
      renameSync(temporary, path);
      return sha;
    },
  };
}
