import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitSnapshot } from '../../../src/adapters/git/create-git-snapshot.js';
import { createLocalGit } from '../../../src/adapters/git/create-local-git.js';
import { createGraphqlFolderHistory } from '../../../src/adapters/github/create-graphql-folder-history.js';
import { createApiSnapshot } from '../../../src/adapters/github/create-api-snapshot.js';
import { createOctokitGitHub } from '../../../src/adapters/github/create-octokit-github.js';
import { parseHoldsFile } from '../../../src/core/holds/parse-holds-file.js';
import { silentLogger } from '../../../src/ports/logger.js';
import { createRollbackHandler } from '../../../src/use-cases/dashboard/create-rollback-handler.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';
import { checkoutRepo } from '../../support/run-action.js';

const OWNER = 'acme';
const REPO = 'iac';
const CONFIG = `promotionPaths:
  - sourcePath: "env/lab/"
    promotionPrs:
      - targetPaths: ["env/staging/"]
dashboard:
  version:
    - file: values.yaml
      path: .image.tag
`;
const NOW = new Date('2026-12-05T13:00:00.000Z');

let emulator: GitHubEmulator | undefined;
const checkouts: string[] = [];
afterEach(async () => {
  for (const dir of checkouts.splice(0)) rmSync(dir, { recursive: true, force: true });
  await emulator?.close();
  emulator = undefined;
});

function git(running: GitHubEmulator, ...args: string[]): string {
  return execFileSync('git', ['-C', running.gitDir(OWNER, REPO), ...args], { encoding: 'utf8' }).trim();
}

/** The tree SHA of `path` at `rev` in the emulator's repository, or '' when it is not there. */
function treeAt(running: GitHubEmulator, rev: string, path: string): string {
  try {
    return git(running, 'rev-parse', '--verify', '--quiet', `${rev}:${path}`);
  } catch {
    return '';
  }
}

/** A change by alice through a merged PR (as people change the IaC repo). */
async function mergeChange(running: GitHubEmulator, branch: string, files: Record<string, string | null>) {
  await running.commitFiles({
    owner: OWNER,
    repo: REPO,
    branch,
    from: 'main',
    files,
    message: `Change ${branch}`,
  });
  const opened = await running.openPullRequest({
    owner: OWNER,
    repo: REPO,
    head: branch,
    base: 'main',
    title: `Change ${branch}`,
    user: 'alice',
  });
  return running.mergePullRequest({ owner: OWNER, repo: REPO, number: opened.number, method: 'squash' });
}

/** The rollback handler wired as the dashboard flow wires it: a fresh checkout of main, the App's token. */
async function handler(running: GitHubEmulator) {
  const dir = await checkoutRepo(running, OWNER, REPO, 'main');
  checkouts.push(dir);
  const adapter = { token: running.tokens.app, owner: OWNER, repo: REPO, baseUrl: running.apiUrl };
  return createRollbackHandler({
    github: createOctokitGitHub({ ...adapter, logger: silentLogger, writeIntervalMs: 0 }),
    folderHistory: createGraphqlFolderHistory({ ...adapter, logger: silentLogger }),
    snapshot: createGitSnapshot(dir),
    localGit: createLocalGit(dir),
    defaultBranch: 'main',
    logger: silentLogger,
    sleep: () => Promise.resolve(),
  });
}

async function seed(semantics: 'replace' | 'merge') {
  const running = await startGitHubEmulator({ treeEntrySemantics: semantics });
  emulator = running;
  await running.createRepo({
    owner: OWNER,
    name: REPO,
    files: {
      'telefonistka.yaml': CONFIG,
      'env/lab/app/values.yaml': 'image:\n  tag: 2.0.0\n',
      'env/staging/app/values.yaml': 'image:\n  tag: 1.0.0\n',
      'env/staging/app/old-only.yaml': 'kept: before\n',
      'env/staging/other/values.yaml': 'image:\n  tag: 9.9.9\n',
    },
  });
  return running;
}

describe.each(['replace', 'merge'] as const)('rollback on the emulator (040000 entries %s)', (semantics) => {
  it('opens a PR whose one commit restores the folder tree exactly and holds it; a second tick is unchanged', async () => {
    const running = await seed(semantics);
    const before = treeAt(running, 'main', 'env/staging/app');
    const change = await mergeChange(running, 'bump-staging', {
      'env/staging/app/values.yaml': 'image:\n  tag: 2.0.0\n',
      'env/staging/app/old-only.yaml': null,
      'env/staging/app/new-only.yaml': 'added: by the change\n',
    });
    const head = git(running, 'rev-parse', 'refs/heads/main');
    expect(treeAt(running, head, 'env/staging/app')).not.toBe(before);

    running.resetLog();
    const rollBack = await handler(running);
    const outcome = await rollBack(
      { kind: 'rollback', folder: 'env/staging/app' },
      { actor: 'alice', now: NOW },
    );
    expect(outcome).toMatchObject({ outcome: 'done' });
    const routes = running.requests.map((request) => request.route);

    const pull = await running.getPullRequest(OWNER, REPO, outcome.pull!.number);
    expect(pull.state).toBe('open');
    expect(pull.user).toBe('telefonistka[bot]');
    expect(pull.labels).toEqual(['telefonistka/rollback']);
    expect(pull.assignees).toEqual(['alice']);
    // One commit on the default branch head; the folder's tree SHA is the one before the change.
    expect(git(running, 'rev-list', `${head}..${pull.headSha}`).split('\n')).toHaveLength(1);
    expect(git(running, 'rev-parse', `${pull.headSha}^`)).toBe(head);
    expect(treeAt(running, pull.headSha, 'env/staging/app')).toBe(before);
    expect(treeAt(running, pull.headSha, 'env/staging/other')).toBe(
      treeAt(running, head, 'env/staging/other'),
    );
    const holds = parseHoldsFile(git(running, 'show', `${pull.headSha}:.telefonistka/holds.yaml`)).config;
    expect(holds).toEqual([
      {
        folder: 'env/staging/app',
        reason: expect.stringContaining(change.mergeCommitSha!.slice(0, 7)),
        by: 'alice',
        since: NOW.toISOString(),
      },
    ]);
    expect(pull.body).toContain(`#${change.number}`);
    expect(pull.body).toContain('`2.0.0`');
    expect(pull.body).toContain('`1.0.0`');
    expect(pull.body).toContain(before.slice(0, 7));
    // From a checkout: the history is one GraphQL query, the restored version one file read, no blob uploaded;
    // the folder is cleared and then set (two tree calls), so it is exact under either 040000 semantics.
    expect(routes).toEqual([
      'POST /graphql',
      'GET /repos/{owner}/{repo}/pulls',
      'GET /repos/{owner}/{repo}/contents/{path}',
      'POST /repos/{owner}/{repo}/git/trees',
      'POST /repos/{owner}/{repo}/git/trees',
      'POST /repos/{owner}/{repo}/git/commits',
      'POST /repos/{owner}/{repo}/git/refs',
      'POST /repos/{owner}/{repo}/pulls',
      'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
    ]);

    running.resetLog();
    const again = await (
      await handler(running)
    )({ kind: 'rollback', folder: 'env/staging/app' }, { actor: 'alice', now: NOW });
    expect(again).toMatchObject({ outcome: 'unchanged', pull: { number: pull.number } });
    expect(
      running.requests.filter((request) => request.method !== 'GET' && request.route !== 'POST /graphql'),
    ).toEqual([]);
    expect((await running.listPullRequests(OWNER, REPO)).filter((p) => p.state === 'open')).toHaveLength(1);
  });

  it('deletes a folder that the last change created, and calls a merged rollback already done', async () => {
    const running = await seed(semantics);
    await mergeChange(running, 'add-new', { 'env/staging/new/values.yaml': 'image:\n  tag: 0.1.0\n' });
    const head = git(running, 'rev-parse', 'refs/heads/main');
    const outcome = await (
      await handler(running)
    )({ kind: 'rollback', folder: 'env/staging/new' }, { actor: 'alice', now: NOW });
    expect(outcome).toMatchObject({ outcome: 'done' });
    const pull = await running.getPullRequest(OWNER, REPO, outcome.pull!.number);
    expect(treeAt(running, pull.headSha, 'env/staging/new')).toBe('');
    expect(treeAt(running, pull.headSha, 'env/staging/app')).toBe(treeAt(running, head, 'env/staging/app'));
    expect(pull.body).toContain('**deletes**');

    await running.mergePullRequest({ owner: OWNER, repo: REPO, number: pull.number, method: 'squash' });
    const after = await (
      await handler(running)
    )({ kind: 'rollback', folder: 'env/staging/new' }, { actor: 'alice', now: NOW });
    expect(after).toMatchObject({
      outcome: 'unchanged',
      message: expect.stringContaining(`rollback #${pull.number}`),
    });
    expect((await running.listPullRequests(OWNER, REPO)).filter((p) => p.state === 'open')).toHaveLength(0);
  });
});

describe('rollback without a checkout on the emulator', () => {
  it('reads through the API: one GraphQL query, four file reads, the same exact tree', async () => {
    const running = await seed('merge');
    const before = treeAt(running, 'main', 'env/staging/app');
    await mergeChange(running, 'bump-staging', {
      'env/staging/app/values.yaml': 'image:\n  tag: 2.0.0\n',
      'env/staging/app/old-only.yaml': null,
      'env/staging/app/new-only.yaml': 'added: by the change\n',
    });
    const adapter = { token: running.tokens.app, owner: OWNER, repo: REPO, baseUrl: running.apiUrl };
    const github = createOctokitGitHub({ ...adapter, logger: silentLogger, writeIntervalMs: 0 });
    let graphql = 0;
    const rollBack = createRollbackHandler({
      github,
      folderHistory: createGraphqlFolderHistory({
        ...adapter,
        logger: silentLogger,
        onRequest: () => graphql++,
      }),
      snapshot: createApiSnapshot(github),
      defaultBranch: 'main',
      logger: silentLogger,
      sleep: () => Promise.resolve(),
    });
    running.resetLog();
    const outcome = await rollBack(
      { kind: 'rollback', folder: 'env/staging/app' },
      { actor: 'alice', now: NOW },
    );
    expect(outcome).toMatchObject({ outcome: 'done' });
    const pull = await running.getPullRequest(OWNER, REPO, outcome.pull!.number);
    expect(treeAt(running, pull.headSha, 'env/staging/app')).toBe(before);
    // config, holds file, current and restored version: four file reads; the rest as from a checkout.
    expect(
      running.requests.map((request) => request.route).filter((route) => route?.startsWith('GET')),
    ).toEqual([
      'GET /repos/{owner}/{repo}/contents/{path}',
      'GET /repos/{owner}/{repo}/pulls',
      'GET /repos/{owner}/{repo}/contents/{path}',
      'GET /repos/{owner}/{repo}/contents/{path}',
      'GET /repos/{owner}/{repo}/contents/{path}',
    ]);
    expect(graphql + github.callCount()).toBe(running.requests.length);
    expect(running.requests).toHaveLength(12);
  });
});

describe('rollback refusals on the emulator', () => {
  it('refuses a folder no commit changed and an unsafe folder, writing nothing', async () => {
    const running = await seed('replace');
    const rollBack = await handler(running);
    running.resetLog();
    const none = await rollBack({ kind: 'rollback', folder: 'env/prod/app' }, { actor: 'alice', now: NOW });
    expect(none).toMatchObject({
      outcome: 'refused',
      message: expect.stringContaining('nothing to roll back'),
    });
    const unsafe = await rollBack({ kind: 'rollback', folder: '../etc' }, { actor: 'alice', now: NOW });
    expect(unsafe).toMatchObject({ outcome: 'refused' });
    expect(
      running.requests.filter((request) => request.method !== 'GET' && request.route !== 'POST /graphql'),
    ).toEqual([]);
  });
});
