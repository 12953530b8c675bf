// The content stamp of what dist/ is built from: a SHA-256 over every file under src/, scripts/build.ts and
// package-lock.json (paths and bytes, sorted). mtimes mean nothing in a fresh clone; contents do.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Where `npm run build` writes the stamp of the sources it bundled. */
export const STAMP_FILE = path.join('dist', 'source-stamp.txt');

const INPUTS = ['src', path.join('scripts', 'build.ts'), 'package-lock.json'];

async function filesUnder(root: string, relative: string): Promise<string[]> {
  const entries = await readdir(path.join(root, relative), { withFileTypes: true }).catch(() => undefined);
  if (entries === undefined) return [relative];
  const nested = await Promise.all(entries.map((entry) => filesUnder(root, path.join(relative, entry.name))));
  return nested.flat();
}

/** The stamp of the current sources under `root` (the project root). */
export async function sourceStamp(root: string): Promise<string> {
  const files = (await Promise.all(INPUTS.map((input) => filesUnder(root, input))))
    .flat()
    .map((file) => file.split(path.sep).join('/'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(await readFile(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}
