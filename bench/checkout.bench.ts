// Checkout of a large IaC repository over the GitHub emulator's git smart HTTP, as `actions/checkout`
// with `fetch-depth: 0` does it: `checkoutFullMs` (full clone) against `checkoutBloblessMs`
// (`filter: blob:none`, blobs of other revisions fetched on demand). The repository — 20,000 files of
// 1–4 KB in 2,000 folders and 2,000 commits of 20 changed files each — is written once with
// `git fast-import` (`checkoutRepoBuildMs`, not part of the checkout figures). Both clones check out
// the default branch (all 20,000 files); `…PackMb` is what each clone stored in its packs.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { gitAuthHeader, startGitHubEmulator } from '../test/support/github-emulator/index.js';

const FILES = 20_000;
const COMMITS = 2_000;
const CHANGED_PER_COMMIT = 20;
const OWNER = 'acme';
const NAME = 'large-iac';

const exec = promisify(execFile);

/** A small deterministic PRNG (mulberry32), so every run builds the same repository. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pathOf = (file: number): string => {
  const folder = Math.floor(file / 10);
  return `clusters/env-${folder % 4}/region-${Math.floor(folder / 4) % 5}/app-${String(folder).padStart(4, '0')}/manifest-${file % 10}.yaml`;
};

/** 1–4 KB of YAML-like text for `file`; `version` rewrites one line, like a real edit. */
function contentOf(file: number, version: number): string {
  const random = prng(file + 1);
  const size = 1024 + Math.floor(random() * 3072);
  const lines: string[] = [];
  let length = 0;
  for (let line = 0; length < size; line++) {
    const text = `  key-${line}: ${Math.floor(random() * 0xffffffff).toString(16)}-${Math.floor(random() * 0xffffffff).toString(16)}\n`;
    lines.push(text);
    length += text.length;
  }
  if (version > 0) lines[version % lines.length] = `  edited: release-${version}\n`;
  return `kind: ConfigMap\nmetadata:\n  name: file-${file}\ndata:\n${lines.join('')}`;
}

/** The `git fast-import` stream, commit by commit, on top of `parent`. */
function* fastImportStream(parent: string): Generator<string> {
  const random = prng(42);
  const versions = new Map<number, number>();
  const blob = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  for (let commit = 0; commit < COMMITS; commit++) {
    const changed =
      commit === 0
        ? Array.from({ length: FILES }, (_, file) => file)
        : Array.from({ length: CHANGED_PER_COMMIT }, () => Math.floor(random() * FILES));
    const message = commit === 0 ? 'Import 20,000 manifests' : `Release ${commit}`;
    let chunk =
      `commit refs/heads/main\ncommitter Bench <bench@example.com> ${1_700_000_000 + commit * 60} +0000\n` +
      blob(`${message}\n`) +
      (commit === 0 ? `from ${parent}\n` : '');
    for (const file of changed) {
      const version = commit === 0 ? 0 : (versions.get(file) ?? 0) + 1;
      versions.set(file, version);
      chunk += `M 100644 inline ${pathOf(file)}\n${blob(contentOf(file, version))}`;
      if (chunk.length > 1_000_000) {
        yield chunk;
        chunk = '';
      }
    }
    yield `${chunk}\n`;
  }
}

async function fastImport(gitDir: string, parent: string): Promise<void> {
  const child = spawn('git', ['--git-dir', gitDir, 'fast-import', '--quiet', '--force'], {
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  const stderr: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  for (const chunk of fastImportStream(parent)) {
    if (!child.stdin.write(chunk)) await new Promise((resolve) => child.stdin.once('drain', resolve));
  }
  child.stdin.end();
  const code = await closed;
  if (code !== 0) throw new Error(`git fast-import failed: ${Buffer.concat(stderr).toString('utf8')}`);
}

/** Builds the repository in an emulator, then times a full and a blobless clone with checkout. */
export async function run(): Promise<Record<string, number>> {
  const emulator = await startGitHubEmulator();
  const work = mkdtempSync(join(tmpdir(), 'checkout-bench-'));
  try {
    await emulator.createRepo({ owner: OWNER, name: NAME, files: { 'README.md': '# large\n' } });
    const gitDir = emulator.gitDir(OWNER, NAME);
    const building = performance.now();
    await fastImport(gitDir, (await emulator.branchSha(OWNER, NAME, 'main'))!);
    const buildMs = Math.round(performance.now() - building);
    const header = `http.${emulator.serverUrl}/.extraheader=${gitAuthHeader(emulator.tokens.actions)}`;
    const env = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
    const clone = async (target: string, extra: string[]) => {
      const started = performance.now();
      await exec(
        'git',
        ['clone', '--quiet', '--config', header, ...extra, emulator.gitUrl(OWNER, NAME), target],
        {
          env,
          maxBuffer: 16 * 1024 * 1024,
        },
      );
      return Math.round(performance.now() - started);
    };
    const checkoutFullMs = await clone(join(work, 'full'), []);
    const checkoutBloblessMs = await clone(join(work, 'blobless'), ['--filter=blob:none']);
    const count = (
      await exec('git', ['-C', join(work, 'blobless'), 'rev-list', '--count', 'HEAD'])
    ).stdout.trim();
    if (Number(count) !== COMMITS + 1) throw new Error(`expected ${COMMITS + 1} commits, cloned ${count}`);
    const gitMb = async (clone: string) => {
      const { stdout } = await exec('git', ['-C', join(work, clone), 'count-objects', '-v']);
      const kib = /size-pack: (\d+)/.exec(stdout)?.[1] ?? '0';
      return Math.round(Number(kib) / 102.4) / 10;
    };
    return {
      checkoutFullMs,
      checkoutBloblessMs,
      checkoutFullPackMb: await gitMb('full'),
      checkoutBloblessPackMb: await gitMb('blobless'),
      checkoutRepoBuildMs: buildMs,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
    await emulator.close();
  }
}
