import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from '../support/github-emulator/index.js';
import { checkoutRepo, parseCommandFile, runAction } from '../support/run-action.js';
import { OWNER, REPO, startSeededEmulator } from './emulator-fixture.js';

const coreUrl = pathToFileURL(
  fileURLToPath(new URL('../../node_modules/@actions/core/lib/core.js', import.meta.url)),
).href;

// A throwaway action: reads inputs and the event like a real one, calls the emulator, writes outputs.
const actionSource = `
import * as core from '${coreUrl}';
import { readFileSync } from 'node:fs';
const token = core.getInput('github-token', { required: true });
const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
const response = await fetch(process.env.GITHUB_API_URL + '/repos/' + process.env.GITHUB_REPOSITORY, {
  headers: { authorization: 'token ' + token },
});
const repo = await response.json();
core.setOutput('default-branch', repo.default_branch);
core.setOutput('multi', 'line one\\nline two');
core.setOutput('env', JSON.stringify({
  event: process.env.GITHUB_EVENT_NAME, action: event.action, ref: process.env.GITHUB_REF, sha: process.env.GITHUB_SHA,
  graphql: process.env.GITHUB_GRAPHQL_URL, server: process.env.GITHUB_SERVER_URL, actions: process.env.GITHUB_ACTIONS,
  temp: Boolean(process.env.RUNNER_TEMP), workspace: process.env.GITHUB_WORKSPACE === process.cwd(),
}));
await core.summary.addHeading('Result').addRaw('ok').write();
console.log('log line');
if (core.getBooleanInput('fail')) core.setFailed('asked to fail');
`;

describe('runAction', () => {
  let emulator: GitHubEmulator;
  let scratch: string;
  let bundle: string;

  beforeEach(async () => {
    emulator = await startSeededEmulator();
    scratch = mkdtempSync(join(tmpdir(), 'run-action-test-'));
    bundle = join(scratch, 'index.mjs');
    writeFileSync(bundle, actionSource);
  });
  afterEach(async () => {
    rmSync(scratch, { recursive: true, force: true });
    await emulator.close();
  });

  it('runs a bundle with INPUT_* (hyphens kept), the event file and the runner variables', async () => {
    const run = await runAction({
      bundle,
      eventName: 'pull_request',
      payload: {
        action: 'closed',
        pull_request: { number: 3, merge_commit_sha: 'abc', head: { sha: 'def' } },
      },
      inputs: { 'github-token': emulator.tokens.actions, fail: 'false' },
      emulator,
      repository: `${OWNER}/${REPO}`,
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs['default-branch']).toBe('main');
    expect(run.outputs.multi).toBe('line one\nline two');
    expect(JSON.parse(run.outputs.env!)).toEqual({
      event: 'pull_request',
      action: 'closed',
      ref: 'refs/pull/3/merge',
      sha: 'abc',
      graphql: emulator.graphqlUrl,
      server: emulator.serverUrl,
      actions: 'true',
      temp: true,
      workspace: true,
    });
    expect(run.summary).toContain('<h1>Result</h1>');
    expect(run.stdout).toContain('log line');
    expect(emulator.requests.at(-1)).toMatchObject({
      route: 'GET /repos/{owner}/{repo}',
      login: 'github-actions[bot]',
    });
  });

  it('reports a failed step through the exit code and the error annotation', async () => {
    const run = await runAction({
      bundle,
      eventName: 'workflow_dispatch',
      payload: { ref: 'refs/heads/main', inputs: {} },
      inputs: { 'github-token': emulator.tokens.actions, fail: 'true' },
      emulator,
      repository: `${OWNER}/${REPO}`,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error::asked to fail');
    const head = await emulator.branchSha(OWNER, REPO, 'main');
    expect(JSON.parse(run.outputs.env!)).toMatchObject({
      event: 'workflow_dispatch',
      ref: 'refs/heads/main',
      sha: head,
    });
  });

  it('parses the name<<delimiter blocks @actions/core writes', () => {
    expect(parseCommandFile('a=1\nb<<ghadelimiter_x\nline\n\nmore\nghadelimiter_x\nc=x=y\n')).toEqual({
      a: '1',
      b: 'line\n\nmore',
      c: 'x=y',
    });
    expect(() => parseCommandFile('b<<EOF\nnever closed\n')).toThrow(/unterminated/);
  });

  it('checks out a full clone of the emulated repository at a ref', async () => {
    await emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      files: { 'second.txt': '2\n' },
      message: 'second',
    });
    const dir = await checkoutRepo(emulator, OWNER, REPO, 'main');
    try {
      expect(readFileSync(join(dir, 'second.txt'), 'utf8')).toBe('2\n');
      expect(
        execFileSync('git', ['-C', dir, 'rev-list', '--count', 'HEAD'], { encoding: 'utf8' }).trim(),
      ).toBe('2');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks out from disk what the HTTP checkout gives, and the checkout then fetches over HTTP with the token', async () => {
    const git = (dir: string, ...args: string[]) =>
      execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();
    const state = (dir: string) => ({
      head: git(dir, 'rev-parse', 'HEAD'),
      branch: git(dir, 'symbolic-ref', 'HEAD'),
      refs: git(dir, 'for-each-ref', '--format=%(refname) %(objectname) %(upstream)'),
      origin: git(dir, 'remote', 'get-url', 'origin'),
      header: git(dir, 'config', `http.${emulator.serverUrl}/.extraheader`),
      status: git(dir, 'status', '--porcelain'),
      files: git(dir, 'ls-files', '-s'),
    });
    const overHttp = await checkoutRepo(emulator, OWNER, REPO, 'main', { transport: 'http' });
    const fromDisk = await checkoutRepo(emulator, OWNER, REPO, 'main');
    try {
      expect(state(fromDisk)).toEqual(state(overHttp));
      const served = emulator.gitRequests.length;
      const next = await emulator.commitFiles({
        owner: OWNER,
        repo: REPO,
        branch: 'main',
        files: { 'third.txt': '3\n' },
        message: 'third',
      });
      // Asynchronously: the emulator serving the fetch runs in this process.
      await promisify(execFile)('git', ['-C', fromDisk, 'fetch', '--quiet', 'origin']);
      expect(git(fromDisk, 'rev-parse', 'origin/main')).toBe(next);
      const fetches = emulator.gitRequests.slice(served);
      expect(fetches.length).toBeGreaterThan(0);
      expect(
        fetches.every((request) => request.status === 200 && request.login === 'github-actions[bot]'),
      ).toBe(true);
    } finally {
      rmSync(overHttp, { recursive: true, force: true });
      rmSync(fromDisk, { recursive: true, force: true });
    }
  });
});
