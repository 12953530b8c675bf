import { afterEach, describe, expect, it } from 'vitest';
import { createOctokitGitHub } from '../../../src/adapters/github/create-octokit-github.js';
import { holdBranchName } from '../../../src/core/holds/hold-branch-name.js';
import { HOLDS_FILE, parseHoldsFile } from '../../../src/core/holds/parse-holds-file.js';
import { silentLogger } from '../../../src/ports/logger.js';
import { createHoldHandler } from '../../../src/use-cases/holds/create-hold-handler.js';
import { createReleaseHandler } from '../../../src/use-cases/holds/create-release-handler.js';
import type { HoldsDeps } from '../../../src/use-cases/holds/holds-deps.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';

const OWNER = 'acme';
const REPO = 'iac';
const FOLDER = 'clusters/prod/eu/c2/nginx';
const WRITTEN = `# Our holds; keep this comment
holds:
  - folder: clusters/prod/us/c1/app   # the other one
    reason: waiting for the DB migration
    by: alice
    since: "2026-12-01T00:00:00Z"
`;

let emulator: GitHubEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(files: Record<string, string> = { [HOLDS_FILE]: WRITTEN }): Promise<GitHubEmulator> {
  emulator = await startGitHubEmulator({ preset: 'permissive' });
  await emulator.createRepo({ owner: OWNER, name: REPO, files: { 'README.md': 'iac\n', ...files } });
  return emulator;
}

function deps(running: GitHubEmulator): HoldsDeps {
  const github = createOctokitGitHub({
    token: running.tokens.app,
    owner: OWNER,
    repo: REPO,
    baseUrl: running.apiUrl,
    logger: silentLogger,
    writeIntervalMs: 0,
  });
  return {
    github,
    logger: silentLogger,
    sleep: () => Promise.resolve(),
    defaultBranch: 'main',
    mergeMethod: 'auto',
  };
}

const at = (iso: string) => ({ actor: 'octocat', now: new Date(iso) });
const holdsOnMain = async (running: GitHubEmulator) =>
  parseHoldsFile((await running.readFile(OWNER, REPO, 'main', HOLDS_FILE)) ?? '').config;

describe('hold and release handlers on the GitHub emulator', () => {
  it('holds through a merged PR, says unchanged on the second tick, then releases the same way', async () => {
    const running = await start();
    const hold = createHoldHandler(deps(running));
    const release = createReleaseHandler(deps(running));

    running.resetLog();
    const held = await hold({ kind: 'hold', folder: `${FOLDER}/` }, at('2026-12-05T13:00:00Z'));
    // The budget of a merged hold: 3 reads of main, the open PRs, one commit from the git data API, the PR, its
    // label (octocat cannot be assigned here: GitHub refuses, the label is added alone), settings for `auto`, merge.
    expect(running.requests.map((request) => request.route)).toEqual([
      'GET /repos/{owner}/{repo}/git/ref/{ref}',
      'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
      'GET /repos/{owner}/{repo}/contents/{path}',
      'GET /repos/{owner}/{repo}/pulls',
      'POST /repos/{owner}/{repo}/git/trees',
      'POST /repos/{owner}/{repo}/git/commits',
      'POST /repos/{owner}/{repo}/git/refs',
      'POST /repos/{owner}/{repo}/pulls',
      'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
      'GET /repos/{owner}/{repo}',
      'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge',
      'DELETE /repos/{owner}/{repo}/git/refs/{ref}',
    ]);
    expect(held).toMatchObject({ outcome: 'done', message: expect.stringMatching(/^hold .*: #\d+ merged$/) });
    const pr = await running.getPullRequest(OWNER, REPO, held.pull!.number);
    expect(pr).toMatchObject({ merged: true, user: 'telefonistka[bot]', labels: ['telefonistka-hold'] });
    expect(pr.body).toContain('asked by @octocat');
    const text = await running.readFile(OWNER, REPO, 'main', HOLDS_FILE);
    expect(text).toBe(
      `${WRITTEN.replace('app   # the', 'app # the')}  - folder: ${FOLDER}\n    reason: held from the dashboard by @octocat\n    by: octocat\n    since: "2026-12-05T13:00:00.000Z"\n`,
    );
    expect(await running.branchSha(OWNER, REPO, pr.head)).toBeUndefined();

    const again = await hold({ kind: 'hold', folder: FOLDER }, at('2026-12-05T13:05:00Z'));
    expect(again.outcome).toBe('unchanged');
    expect(again.message).toContain(
      'held (held from the dashboard by @octocat, by octocat, since 2026-12-05T13:00:00.000Z)',
    );

    const released = await release({ kind: 'release', folder: FOLDER }, at('2026-12-05T14:00:00Z'));
    expect(released.outcome).toBe('done');
    expect((await running.getPullRequest(OWNER, REPO, released.pull!.number)).merged).toBe(true);
    expect((await holdsOnMain(running)).map((entry) => entry.folder)).toEqual(['clusters/prod/us/c1/app']);
    expect(await running.readFile(OWNER, REPO, 'main', HOLDS_FILE)).toContain(
      '# Our holds; keep this comment',
    );

    const releasedAgain = await release({ kind: 'release', folder: FOLDER }, at('2026-12-05T14:05:00Z'));
    expect(releasedAgain).toMatchObject({ outcome: 'unchanged', message: `${FOLDER} is not held` });
    const holdPrs = (await running.listPullRequests(OWNER, REPO)).filter((p) =>
      p.head.startsWith('telefonistka-holds/'),
    );
    expect(holdPrs).toHaveLength(2);
  });

  it('creates the holds file when the repository has none', async () => {
    const running = await start({});
    const outcome = await createHoldHandler(deps(running))(
      { kind: 'hold', folder: FOLDER },
      at('2026-12-05T13:00:00Z'),
    );
    expect(outcome.outcome).toBe('done');
    expect(await holdsOnMain(running)).toEqual([
      {
        folder: FOLDER,
        reason: 'held from the dashboard by @octocat',
        by: 'octocat',
        since: '2026-12-05T13:00:00.000Z',
      },
    ]);
  });

  it('leaves the PR open and says why when branch protection requires a review; a release then supersedes it', async () => {
    const running = await start();
    running.setBranchProtection(OWNER, REPO, 'main', { requiredApprovingReviewCount: 1 });
    const outcome = await createHoldHandler(deps(running))(
      { kind: 'hold', folder: FOLDER },
      at('2026-12-05T13:00:00Z'),
    );
    expect(outcome.outcome).toBe('done');
    expect(outcome.message).toMatch(/takes effect once merged .*approving review/);
    const pr = await running.getPullRequest(OWNER, REPO, outcome.pull!.number);
    expect(pr).toMatchObject({ state: 'open', merged: false });
    expect(await holdsOnMain(running)).toHaveLength(1);

    const again = await createHoldHandler(deps(running))(
      { kind: 'hold', folder: FOLDER },
      at('2026-12-05T13:01:00Z'),
    );
    expect(again).toMatchObject({ outcome: 'unchanged', pull: { number: pr.number } });

    const released = await createReleaseHandler(deps(running))(
      { kind: 'release', folder: FOLDER },
      at('2026-12-05T13:02:00Z'),
    );
    expect(released).toMatchObject({ outcome: 'done', pull: { number: pr.number } });
    expect(released.message).toContain(`${FOLDER} is not held; #${pr.number} closed`);
    expect((await running.getPullRequest(OWNER, REPO, pr.number)).state).toBe('closed');
    expect(await running.branchSha(OWNER, REPO, pr.head)).toBeUndefined();
    const open = (await running.listPullRequests(OWNER, REPO)).filter((p) => p.state === 'open');
    expect(open).toEqual([]);
  });

  it('refuses, without moving it, a branch that someone else opened a PR from on the hold branch name', async () => {
    const running = await start();
    const branch = holdBranchName('hold', FOLDER);
    const sha = await running.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch,
      files: { [HOLDS_FILE]: 'holds: []\n' },
      message: 'drop every hold',
      from: 'main',
    });
    const lookAlike = await running.openPullRequest({
      owner: OWNER,
      repo: REPO,
      head: branch,
      base: 'main',
      title: 'Hold',
      user: 'mallory',
    });
    const outcome = await createHoldHandler(deps(running))(
      { kind: 'hold', folder: FOLDER },
      at('2026-12-05T13:00:00Z'),
    );
    expect(outcome).toMatchObject({
      outcome: 'refused',
      message: expect.stringContaining(`#${lookAlike.number} by mallory uses the branch ${branch}`),
    });
    expect(await running.branchSha(OWNER, REPO, branch)).toBe(sha);
    expect((await running.getPullRequest(OWNER, REPO, lookAlike.number)).state).toBe('open');
    expect(await holdsOnMain(running)).toHaveLength(1);
  });

  it('refuses an unsafe folder and a broken holds file without writing', async () => {
    const running = await start({ [HOLDS_FILE]: 'holds:\n  - foldr: a\n' });
    const handler = createHoldHandler(deps(running));
    expect(await handler({ kind: 'hold', folder: '../etc' }, at('2026-12-05T13:00:00Z'))).toMatchObject({
      outcome: 'refused',
      message: expect.stringContaining('must not contain a `..` segment'),
    });
    const broken = await handler({ kind: 'hold', folder: FOLDER }, at('2026-12-05T13:00:00Z'));
    expect(broken.outcome).toBe('refused');
    expect(broken.message).toContain(`${HOLDS_FILE}:2:5: unknown key \`foldr\``);
    expect(await running.listPullRequests(OWNER, REPO)).toEqual([]);
  });
});
