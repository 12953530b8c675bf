import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceStamp, STAMP_FILE } from '../../scripts/source-stamp.js';
import { distStaleness } from '../support/dist-stamp.js';

let root: string | undefined;
afterEach(() => {
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/** A project tree with sources and a dist/ stamped from them. */
async function project(): Promise<string> {
  const dir = (root = mkdtempSync(path.join(tmpdir(), 'stamp-')));
  mkdirSync(path.join(dir, 'src', 'core'), { recursive: true });
  mkdirSync(path.join(dir, 'scripts'));
  mkdirSync(path.join(dir, 'dist'));
  writeFileSync(path.join(dir, 'src', 'core', 'a.ts'), 'export const a = 1;\n');
  writeFileSync(path.join(dir, 'scripts', 'build.ts'), '// build\n');
  writeFileSync(path.join(dir, 'package-lock.json'), '{}\n');
  writeFileSync(path.join(dir, STAMP_FILE), `${await sourceStamp(dir)}\n`);
  return dir;
}

describe('the dist/ source stamp', () => {
  it('accepts a dist/ built from the sources as they are, whatever their mtimes', async () => {
    const dir = await project();
    writeFileSync(path.join(dir, 'src', 'core', 'a.ts'), 'export const a = 1;\n'); // newer mtime, same bytes
    expect(await distStaleness(dir)).toBeUndefined();
  });

  it.each([
    ['a source file changes', 'src/core/a.ts', 'export const a = 2;\n'],
    ['a source file is added', 'src/core/b.ts', 'export const b = 1;\n'],
    ['the lock file changes', 'package-lock.json', '{"lockfileVersion":3}\n'],
    ['the build script changes', 'scripts/build.ts', '// build, minified\n'],
  ])('calls dist/ stale when %s, and says to run npm run build', async (_case, file, content) => {
    const dir = await project();
    writeFileSync(path.join(dir, file), content);
    expect(await distStaleness(dir)).toMatch(/^dist\/ is stale: .*; run npm run build$/);
  });

  it('calls dist/ stale when it has no stamp', async () => {
    const dir = await project();
    rmSync(path.join(dir, STAMP_FILE));
    expect(await distStaleness(dir)).toBe(
      'dist/ is stale: dist/source-stamp.txt is missing; run npm run build',
    );
  });

  it('matches the stamp committed with dist/ in this repository', async () => {
    expect(await distStaleness()).toBeUndefined();
  });
});
