// Bundles every entrypoint with ncc into dist/<name>/index.js (committed; CI fails when stale).
// Entries: src/actions/<name>/index.ts -> dist/<name>/ and src/cli/index.ts -> dist/cli/.
import ncc from '@vercel/ncc';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sourceStamp, STAMP_FILE } from './source-stamp.js';

const root = path.resolve(import.meta.dirname, '..');

async function entries(): Promise<{ name: string; file: string }[]> {
  const actionsDir = path.join(root, 'src', 'actions');
  const names = existsSync(actionsDir) ? await readdir(actionsDir) : [];
  const found = names
    .map((name) => ({ name, file: path.join(actionsDir, name, 'index.ts') }))
    .filter((entry) => existsSync(entry.file));
  const cli = path.join(root, 'src', 'cli', 'index.ts');
  if (existsSync(cli)) found.push({ name: 'cli', file: cli });
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

async function build(entry: { name: string; file: string }): Promise<void> {
  const started = Date.now();
  const { code, assets } = await ncc(entry.file, {
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
    target: 'es2022',
    // Type checking is the gate's own step (npm run typecheck); bundling only transpiles, with
    // src/tsconfig.json (ESM output), so a type error elsewhere in the tree never blocks a build.
    transpileOnly: true,
  });
  const outDir = path.join(root, 'dist', entry.name);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets ?? {})) {
    const target = path.join(outDir, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, asset.source);
  }
  console.log(
    `dist/${entry.name}/index.js (${Math.round(code.length / 1024)} KiB, ${Date.now() - started} ms)`,
  );
}

const only = process.argv.slice(2);
const all = await entries();
const wanted = only.length === 0 ? all : all.filter((entry) => only.includes(entry.name));
const stale = (existsSync(path.join(root, 'dist')) ? await readdir(path.join(root, 'dist')) : []).filter(
  (name) =>
    only.length === 0 &&
    !all.some((entry) => entry.name === name) &&
    name !== 'package.json' &&
    name !== path.basename(STAMP_FILE),
);
for (const name of stale) await rm(path.join(root, 'dist', name), { recursive: true, force: true });
for (const entry of wanted) await build(entry);
// Only a full build vouches for every bundle; the test setup compares this stamp with the sources.
if (only.length === 0) await writeFile(path.join(root, STAMP_FILE), `${await sourceStamp(root)}\n`);
