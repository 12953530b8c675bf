import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHistory } from '../../../src/adapters/git/create-git-history.js';
import { createGitSnapshot } from '../../../src/adapters/git/create-git-snapshot.js';
import { createLocalGit } from '../../../src/adapters/git/create-local-git.js';
import { createApiSnapshot } from '../../../src/adapters/github/create-api-snapshot.js';
import { createOctokitGitHub } from '../../../src/adapters/github/create-octokit-github.js';
import { parsePromotionMetadata } from '../../../src/core/promotion/parse-promotion-metadata.js';
import { silentLogger } from '../../../src/ports/logger.js';
import { createBundleHandler } from '../../../src/use-cases/dashboard/create-bundle-handler.js';
import { promoteMergedPullRequest } from '../../../src/use-cases/promote/promote-merged-pull-request.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';
import { checkoutRepo } from '../../support/run-action.js';
import { mergedPullRequestOf } from '../../support/merged-pull-request-of.js';

const OWNER = 'acme';
const REPO = 'iac';
const CONFIG = `promotionPaths:
  - sourcePath: "env/lab/"
    promotionPrs:
      - targetPaths: ["env/staging/"]
  - sourcePath: "env/staging/"
    promotionPrs:
      - targetPaths: ["env/prod/"]
dashboard:
  version:
    - file: values.yaml
      path: .image.tag
`;
const HOLDS = `holds:
  - folder: env/staging/app-d
    reason: incident 42
    by: bob
    since: "2026-12-01T00:00:00Z"
`;
const NOW = new Date('2026-12-05T13:00:00.000Z');
const tag = (version: string) => `image:\n  tag: ${version}\n`;

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

function treeAt(running: GitHubEmulator, rev: string, path: string): string {
  try {
    return git(running, 'rev-parse', '--verify', '--quiet', `${rev}:${path}`);
  } catch {
    return '';
  }
}

async function seed(semantics: 'replace' | 'merge') {
  const running = await startGitHubEmulator({ treeEntrySemantics: semantics });
  emulator = running;
  await running.createRepo({
    owner: OWNER,
    name: REPO,
    files: {
      'telefonistka.yaml': CONFIG,
      '.telefonistka/holds.yaml': HOLDS,
      // drifted, with a file only staging has (per-file entries under either 040000 reading)
      'env/lab/app-a/values.yaml': tag('2.0.0'),
      'env/staging/app-a/values.yaml': tag('1.0.0'),
      'env/staging/app-a/staging-only.yaml': 'x: 1\n',
      // missing in staging
      'env/lab/app-b/values.yaml': tag('1.5.0'),
      // in sync
      'env/lab/app-c/values.yaml': tag('3.0.0'),
      'env/staging/app-c/values.yaml': tag('3.0.0'),
      // drifted but held
      'env/lab/app-d/values.yaml': tag('2.0.0'),
      'env/staging/app-d/values.yaml': tag('1.0.0'),
      // drifted but staging is on its block list
      'env/lab/app-e/values.yaml': tag('2.0.0'),
      'env/lab/app-e/telefonistka.yaml': 'promotionTargetBlockList: ["env/staging/"]\n',
      'env/staging/app-e/values.yaml': tag('1.0.0'),
    },
  });
  return running;
}

/** The bundle handler wired as the dashboard flow wires it: a fresh checkout of main, the App's token. */
async function bundleHandler(running: GitHubEmulator) {
  const dir = await checkoutRepo(running, OWNER, REPO, 'main');
  checkouts.push(dir);
  return createBundleHandler({
    github: createOctokitGitHub({
      token: running.tokens.app,
      owner: OWNER,
      repo: REPO,
      baseUrl: running.apiUrl,
      logger: silentLogger,
      writeIntervalMs: 0,
    }),
    snapshot: createGitSnapshot(dir),
    history: createGitHistory(dir),
    localGit: createLocalGit(dir),
    defaultBranch: 'main',
    logger: silentLogger,
    sleep: () => Promise.resolve(),
  });
}

const tick = async (running: GitHubEmulator) =>
  (await bundleHandler(running))(
    { kind: 'bundle', environment: 'env/staging/' },
    { actor: 'alice', now: NOW },
  );

const isWrite = (request: { method: string; graphql?: string }): boolean =>
  request.method !== 'GET' && !(request.method === 'POST' && request.graphql?.startsWith('query'));

describe.each(['replace', 'merge'] as const)('bundle on the emulator (040000 entries %s)', (semantics) => {
  it('syncs every pending component in one commit, leaves held and blocked ones; a second tick is unchanged', async () => {
    const running = await seed(semantics);
    const head = git(running, 'rev-parse', 'refs/heads/main');
    running.resetLog();
    const outcome = await tick(running);
    expect(outcome).toMatchObject({ outcome: 'done', message: expect.stringContaining('1 held left out') });
    // From a checkout (head by ls-remote, trees and files read locally): one tree call of tree SHAs, no blob.
    expect(running.requests.map((request) => request.route)).toEqual([
      'GET /repos/{owner}/{repo}/pulls',
      'POST /repos/{owner}/{repo}/git/trees',
      'POST /repos/{owner}/{repo}/git/commits',
      'POST /repos/{owner}/{repo}/git/refs',
      'POST /repos/{owner}/{repo}/pulls',
      'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
      'GET /repos/{owner}/{repo}/pulls',
    ]);

    const pull = await running.getPullRequest(OWNER, REPO, outcome.pull!.number);
    expect(pull.head).toMatch(/^promotions\/bundle-env-staging-[0-9a-f]{12}$/);
    expect(pull.user).toBe('telefonistka[bot]');
    expect([...pull.labels].sort()).toEqual(['promotion', 'telefonistka/bundle']);
    expect(pull.assignees).toEqual(['alice']);
    expect(git(running, 'rev-list', `${head}..${pull.headSha}`).split('\n')).toHaveLength(1);
    expect(git(running, 'rev-parse', `${pull.headSha}^`)).toBe(head);
    for (const synced of ['app-a', 'app-b'])
      expect(treeAt(running, pull.headSha, `env/staging/${synced}`)).toBe(
        treeAt(running, head, `env/lab/${synced}`),
      );
    for (const untouched of ['app-c', 'app-d', 'app-e'])
      expect(treeAt(running, pull.headSha, `env/staging/${untouched}`)).toBe(
        treeAt(running, head, `env/staging/${untouched}`),
      );
    expect(git(running, 'diff', '--name-only', head, pull.headSha).split('\n').sort()).toEqual([
      'env/staging/app-a/staging-only.yaml',
      'env/staging/app-a/values.yaml',
      'env/staging/app-b/values.yaml',
    ]);
    expect(pull.body).toContain('| `app-a` | `1.0.0` | ➡️ | `2.0.0` | `env/lab/app-a` |');
    expect(pull.body).toContain('| `app-b` | not there | ➡️ | `1.5.0` | `env/lab/app-b` |');
    expect(pull.body).toContain('- `env/staging/app-d`: `incident 42` by `bob`');
    expect(pull.body).not.toContain('app-e');
    expect(parsePromotionMetadata(pull.body ?? '')).toEqual({
      originalPrAuthor: 'alice',
      originalPrNumber: 0,
      promotedPaths: ['env/staging/app-a', 'env/staging/app-b'],
      previousPromotionPaths: {},
    });

    running.resetLog();
    const again = await tick(running);
    expect(again).toMatchObject({ outcome: 'unchanged', pull: { number: pull.number } });
    expect(running.requests.filter(isWrite)).toEqual([]);
  });
});

describe('bundle without a checkout on the emulator', () => {
  it('reads everything through the API and writes the same one-commit PR', async () => {
    const running = await seed('merge');
    const github = createOctokitGitHub({
      token: running.tokens.app,
      owner: OWNER,
      repo: REPO,
      baseUrl: running.apiUrl,
      logger: silentLogger,
      writeIntervalMs: 0,
    });
    const handle = createBundleHandler({
      github,
      snapshot: createApiSnapshot(github),
      defaultBranch: 'main',
      logger: silentLogger,
      sleep: () => Promise.resolve(),
    });
    const head = git(running, 'rev-parse', 'refs/heads/main');
    running.resetLog();
    const outcome = await handle(
      { kind: 'bundle', environment: 'env/staging' },
      { actor: 'alice', now: NOW },
    );
    expect(outcome).toMatchObject({ outcome: 'done' });
    const pull = await running.getPullRequest(OWNER, REPO, outcome.pull!.number);
    for (const synced of ['app-a', 'app-b'])
      expect(treeAt(running, pull.headSha, `env/staging/${synced}`)).toBe(
        treeAt(running, head, `env/lab/${synced}`),
      );
    expect(treeAt(running, pull.headSha, 'env/staging/app-d')).toBe(
      treeAt(running, head, 'env/staging/app-d'),
    );
    const writes = running.requests.filter(isWrite).map((request) => request.route);
    expect(writes).toEqual([
      'POST /repos/{owner}/{repo}/git/trees',
      'POST /repos/{owner}/{repo}/git/commits',
      'POST /repos/{owner}/{repo}/git/refs',
      'POST /repos/{owner}/{repo}/pulls',
      'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
    ]);
    // 18 in all: 5 writes, 2 PR lists, the head, one commit + one recursive tree, the config (once: the dashboard
    // hands what it read to the drift map, h/dashperf), the holds file, one component config, 5 version files, the
    // head's tree.
    expect(running.requests).toHaveLength(18);
    expect(github.callCount()).toBe(18);
  });
});

describe('bundle superseding and chaining on the emulator', () => {
  it('opens a new bundle when the pending content changed and closes the older one as superseded', async () => {
    const running = await seed('replace');
    const first = await tick(running);
    await running.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      message: 'lab app-c 3.1.0',
      files: { 'env/lab/app-c/values.yaml': tag('3.1.0') },
    });
    const second = await tick(running);
    expect(second).toMatchObject({
      outcome: 'done',
      message: expect.stringContaining(`superseded #${first.pull!.number}`),
    });
    expect(second.pull!.number).not.toBe(first.pull!.number);
    const older = await running.getPullRequest(OWNER, REPO, first.pull!.number);
    expect(older.state).toBe('closed');
    expect(
      running
        .listComments(OWNER, REPO, older.number)
        .map((c) => c.body)
        .join('\n'),
    ).toContain(`Superseded by #${second.pull!.number}`);
    const newer = await running.getPullRequest(OWNER, REPO, second.pull!.number);
    expect(treeAt(running, newer.headSha, 'env/staging/app-c')).toBe(
      treeAt(running, 'main', 'env/lab/app-c'),
    );
  });

  it('a merged bundle chains like a promotion PR: promote opens the next hop with the bundle as the chain start', async () => {
    const running = await seed('replace');
    const bundled = await tick(running);
    const merged = await running.mergePullRequest({ owner: OWNER, repo: REPO, number: bundled.pull!.number });
    const dir = await checkoutRepo(running, OWNER, REPO, 'main');
    checkouts.push(dir);
    const result = await promoteMergedPullRequest(
      mergedPullRequestOf(merged),
      {
        defaultBranch: 'main',
        dryRun: false,
        autoMergeMode: 'direct',
        mergeMethod: 'merge',
        dispatchAfterMerge: undefined,
      },
      {
        github: createOctokitGitHub({
          token: running.tokens.app,
          owner: OWNER,
          repo: REPO,
          baseUrl: running.apiUrl,
          logger: silentLogger,
          writeIntervalMs: 0,
        }),
        approver: undefined,
        snapshot: createGitSnapshot(dir),
        localGit: createLocalGit(dir),
        logger: silentLogger,
        sleep: () => Promise.resolve(),
      },
    );
    expect(result.failures).toEqual([]);
    const next = (await running.listPullRequests(OWNER, REPO)).filter(
      (p) => p.state === 'open' && p.head.startsWith('promotions/'),
    );
    expect(next).toHaveLength(1);
    const metadata = parsePromotionMetadata(next[0]!.body ?? '');
    expect(metadata).toMatchObject({
      originalPrAuthor: 'alice',
      originalPrNumber: merged.number,
      promotedPaths: ['env/prod/app-a', 'env/prod/app-b'],
    });
    expect(Object.keys(metadata!.previousPromotionPaths)).toEqual([String(merged.number)]);
  });
});
