import { afterEach, describe, expect, it } from 'vitest';
import { createGitHistory } from '../../../src/adapters/git/create-git-history.js';
import { createGitSnapshot } from '../../../src/adapters/git/create-git-snapshot.js';
import { createGraphqlOpenPulls } from '../../../src/adapters/github/create-graphql-open-pulls.js';
import { createOctokitIssues } from '../../../src/adapters/github/create-octokit-issues.js';
import { silentLogger } from '../../../src/ports/logger.js';
import { updateDashboard } from '../../../src/use-cases/dashboard/update-dashboard.js';
import { octokitFor } from '../../github-emulator/emulator-fixture.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';
import { importLargeIacRepo, largeRepoComponent } from '../../support/large-iac-repo.js';

const OWNER = 'acme';
const REPO = 'iac';
const MAX_BODY = 65_536;

let emulator: GitHubEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

function update(running: GitHubEmulator, commit: string) {
  const gitDir = running.gitDir(OWNER, REPO);
  const adapter = {
    token: running.tokens.actions,
    owner: OWNER,
    repo: REPO,
    baseUrl: running.apiUrl,
    logger: silentLogger,
  };
  return updateDashboard(
    { commit, today: '2026-12-05' },
    {
      snapshot: createGitSnapshot(gitDir),
      history: createGitHistory(gitDir),
      openPulls: createGraphqlOpenPulls(adapter),
      issues: createOctokitIssues({ ...adapter, writeIntervalMs: 0 }),
      logger: silentLogger,
    },
  );
}

async function shown(running: GitHubEmulator, issue: number) {
  const reader = octokitFor(running, running.tokens.reader);
  const body =
    (await reader.rest.issues.get({ owner: OWNER, repo: REPO, issue_number: issue })).data.body ?? '';
  const comments = await reader.paginate(reader.rest.issues.listComments, {
    owner: OWNER,
    repo: REPO,
    issue_number: issue,
    per_page: 100,
  });
  const issues = await reader.paginate(reader.rest.issues.listForRepo, {
    owner: OWNER,
    repo: REPO,
    state: 'all',
    per_page: 100,
  });
  return { body, comments: comments.map((c) => ({ id: c.id, body: c.body ?? '' })), issues: issues.length };
}

const isWrite = (request: { method: string; graphql?: string }): boolean =>
  request.method !== 'GET' && !(request.method === 'POST' && request.graphql?.startsWith('query'));

// One large scenario (2,000 components x 10 environments, 20 parts): its own timeout, the suite's stays as it is.
describe('the dashboard of 2,000 components on the GitHub emulator', () => {
  it('splits into the issue body and part comments, then edits in place only the part whose component changed', async () => {
    emulator = await startGitHubEmulator();
    await emulator.createRepo({ owner: OWNER, name: REPO, files: { 'README.md': '# iac\n' } });
    const first = importLargeIacRepo(emulator.gitDir(OWNER, REPO), { components: 2_000, environments: 10 });

    const created = await update(emulator, first);
    expect(created).toMatchObject({ status: 'written', created: true, components: 2_000, environments: 10 });
    if (created.status !== 'written') throw new Error('not written');
    const before = await shown(emulator, created.issue);
    expect(before.comments).toHaveLength(created.parts - 1);
    expect(created.parts).toBeGreaterThan(2);
    for (const text of [before.body, ...before.comments.map((c) => c.body)])
      expect(text.length).toBeLessThanOrEqual(MAX_BODY);
    // Every component is shown exactly once across the parts.
    const all = [before.body, ...before.comments.map((c) => c.body)].join('\n');
    expect(all.match(/^\| `comp-\d{4}` \|/gm)).toHaveLength(2_000);

    // comp-1505 is one version behind in env-1 (every 7th component is): a new version there keeps every status,
    // so only its row (and the body's digest) changes.
    const component = largeRepoComponent(1505);
    const holder = before.comments.find((c) => c.body.includes(`| \`${component}\` |`));
    expect(holder).toBeDefined();
    const second = await emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      message: `${component} 1.1505.9 in env-1`,
      files: { [`env-1/${component}/values.yaml`]: `image:\n  tag: 1.1505.9\n` },
    });
    emulator.resetLog();
    const updated = await update(emulator, second);
    expect(updated).toMatchObject({ status: 'written', created: false, unchanged: false, writes: 2 });
    expect(emulator.requests.filter(isWrite).map((request) => `${request.method} ${request.path}`)).toEqual([
      `PATCH /api/v3/repos/${OWNER}/${REPO}/issues/${created.issue}`,
      `PATCH /api/v3/repos/${OWNER}/${REPO}/issues/comments/${holder!.id}`,
    ]);

    const after = await shown(emulator, created.issue);
    expect(after.issues).toBe(before.issues);
    expect(after.comments.map((c) => c.id)).toEqual(before.comments.map((c) => c.id));
    const changed = after.comments.filter((c, i) => c.body !== before.comments[i]!.body);
    expect(changed.map((c) => c.id)).toEqual([holder!.id]);
    expect(changed[0]!.body).toContain('`1.1505.9` 🔶');
  }, 180_000);
});
