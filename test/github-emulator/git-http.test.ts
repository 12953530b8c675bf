import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitAuthHeader, type GitHubEmulator } from '../support/github-emulator/index.js';
import { checkoutRepo } from '../support/run-action.js';
import { git, OWNER, REPO, seedFiles, startSeededEmulator } from './emulator-fixture.js';

// Async on purpose: a synchronous git child would block the emulator serving it in this process.
const run = promisify(execFile);
const gitEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
const gitIn = async (dir: string, ...args: string[]) =>
  (await run('git', ['-C', dir, ...args], { env: gitEnv, maxBuffer: 16 * 1024 * 1024 })).stdout.trim();

describe('GitHub emulator git smart HTTP', () => {
  let emulator: GitHubEmulator;
  const dirs: string[] = [];
  const fresh = () => {
    const dir = mkdtempSync(join(tmpdir(), 'git-http-'));
    dirs.push(dir);
    return dir;
  };

  beforeEach(async () => {
    emulator = await startSeededEmulator();
  });
  afterEach(async () => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    await emulator.close();
  });

  it('answers 401 without the runner authorization header or with an unknown token', async () => {
    const url = emulator.gitUrl(OWNER, REPO);
    await expect(run('git', ['clone', '-q', url, fresh()], { env: gitEnv })).rejects.toThrow(
      /Username|401|Authentication/,
    );
    const bad = `http.extraheader=${gitAuthHeader('ghs_not_a_token')}`;
    await expect(run('git', ['-c', bad, 'clone', '-q', url, fresh()], { env: gitEnv })).rejects.toThrow();
    expect(emulator.gitRequests.map((request) => request.status)).toEqual([401, 401]);
  });

  it('clones over HTTP with the workflow token, full history, and fetches new commits with the persisted header', async () => {
    await emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      files: { 'two.txt': '2\n' },
      message: 'two',
    });
    const dir = await checkoutRepo(emulator, OWNER, REPO, 'main', { filter: 'none', transport: 'http' });
    dirs.push(dir);
    expect(await gitIn(dir, 'remote', 'get-url', 'origin')).toBe(emulator.gitUrl(OWNER, REPO));
    expect(await gitIn(dir, 'rev-list', '--count', 'HEAD')).toBe('2');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(seedFiles['README.md']);
    const third = await emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      files: { 'three.txt': '3\n' },
      message: 'three',
    });
    await gitIn(dir, 'fetch', '--quiet', 'origin');
    expect(await gitIn(dir, 'rev-parse', 'origin/main')).toBe(third);
    expect(emulator.gitRequests.every((request) => request.login === 'github-actions[bot]')).toBe(true);
    // Git traffic is neither in the API request log nor charged to the rate limit.
    expect(emulator.requests).toEqual([]);
  });

  it('serves a blobless partial clone and fetches missing blobs on demand, equal to the bare repository', async () => {
    const first = git(emulator.gitDir(OWNER, REPO), 'rev-parse', 'main');
    await emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      files: { 'clusters/prod/eu/c1/app/values.yaml': 'replicas: 5\n' },
      message: 'scale',
    });
    const dir = await checkoutRepo(emulator, OWNER, REPO, 'main', { filter: 'blob:none' });
    dirs.push(dir);
    expect(await gitIn(dir, 'config', 'remote.origin.promisor')).toBe('true');
    const missing = (await gitIn(dir, 'rev-list', '--objects', '--all', '--missing=print'))
      .split('\n')
      .filter((line) => line.startsWith('?'));
    expect(missing.length).toBeGreaterThan(0); // the old values.yaml was never downloaded
    const old = await gitIn(dir, 'cat-file', 'blob', `${first}:clusters/prod/eu/c1/app/values.yaml`);
    expect(old).toBe(seedFiles['clusters/prod/eu/c1/app/values.yaml']!.trim());
    expect(
      emulator.gitRequests.filter((request) => request.service === 'git-upload-pack').length,
    ).toBeGreaterThan(2);
  });

  it('lets a read-only user clone and refuses every push (the emulator changes repositories through the API only)', async () => {
    const dir = await checkoutRepo(emulator, OWNER, REPO, 'main', { token: emulator.tokens.reader });
    dirs.push(dir);
    await gitIn(
      dir,
      '-c',
      'user.name=x',
      '-c',
      'user.email=x@x',
      'commit',
      '--quiet',
      '--allow-empty',
      '-m',
      'x',
    );
    await expect(gitIn(dir, 'push', '--quiet', 'origin', 'HEAD:refs/heads/pushed')).rejects.toThrow(
      /403|pushes are refused/,
    );
    expect(await emulator.branchSha(OWNER, REPO, 'pushed')).toBeUndefined();
  });
});
