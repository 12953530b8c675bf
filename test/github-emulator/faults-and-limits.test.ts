import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from '../support/github-emulator/index.js';
import { git, octokitFor, octokitWithPlugins, OWNER, REPO, startSeededEmulator } from './emulator-fixture.js';

const repo = { owner: OWNER, repo: REPO };
const getRepo = 'GET /repos/{owner}/{repo}';

describe('GitHub emulator faults and limits', () => {
  let emulator: GitHubEmulator;

  beforeEach(async () => {
    emulator = await startSeededEmulator();
  });
  afterEach(async () => emulator.close());

  it('serves a secondary rate limit that the throttling plugin detects and retries after retry-after', async () => {
    emulator.faults.add({ route: getRepo, status: 403, retryAfter: 1, times: 1 });
    emulator.faults.add({ route: getRepo, status: 429, retryAfter: 1, times: 1 });
    const octokit = octokitWithPlugins(emulator, emulator.tokens.actions);
    const response = await octokit.rest.repos.get({ ...repo });
    expect(response.status).toBe(200);
    expect(emulator.requests.map((request) => request.status)).toEqual([403, 429, 200]);
  });

  it("fails without plugins on a secondary limit with GitHub's message and retry-after header", async () => {
    emulator.faults.add({ route: getRepo, status: 403, retryAfter: 30 });
    const failure = (await octokitFor(emulator, emulator.tokens.actions)
      .rest.repos.get({ ...repo })
      .catch((error: unknown) => error)) as {
      status: number;
      message: string;
      response: { headers: Record<string, string> };
    };
    expect(failure.status).toBe(403);
    expect(failure.message).toMatch(/secondary rate limit/);
    expect(failure.response.headers['retry-after']).toBe('30');
    emulator.faults.add({
      route: 'POST /repos/{owner}/{repo}/pulls',
      status: 422,
      message: 'Validation Failed',
    });
    await expect(
      octokitFor(emulator, emulator.tokens.actions).rest.pulls.create({
        ...repo,
        head: 'x',
        base: 'main',
        title: 't',
      }),
    ).rejects.toMatchObject({ status: 422, response: { data: { documentation_url: expect.any(String) } } });
  });

  it('serves 502/503 a given number of times, which the retry plugin rides out', async () => {
    emulator.faults.add({ method: 'GET', route: '/repos/{owner}/{repo}/pulls', status: 502, times: 2 });
    const octokit = octokitWithPlugins(emulator, emulator.tokens.actions, { retries: 2 });
    await expect(octokit.rest.pulls.list({ ...repo })).resolves.toMatchObject({ status: 200 });
    expect(emulator.callCounts()['GET /repos/{owner}/{repo}/pulls']).toBe(3);
    emulator.faults.add({ route: getRepo, status: 503 });
    await expect(
      octokitFor(emulator, emulator.tokens.actions).rest.repos.get({ ...repo }),
    ).rejects.toMatchObject({ status: 503 });
    expect(emulator.faults.pending()).toBe(0);
  });

  it('moves a branch before the matching request, like a concurrent writer', async () => {
    const octokit = octokitFor(emulator, emulator.tokens.actions);
    const gitDir = emulator.gitDir(OWNER, REPO);
    const head = git(gitDir, 'rev-parse', 'main');
    const commit = await octokit.rest.git.createCommit({
      ...repo,
      message: 'mine',
      tree: git(gitDir, 'rev-parse', 'main^{tree}'),
      parents: [head],
    });
    emulator.faults.add({
      kind: 'moveBranch',
      route: 'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
      owner: OWNER,
      repo: REPO,
      branch: 'main',
    });
    await expect(
      octokit.rest.git.updateRef({ ...repo, ref: 'heads/main', sha: commit.data.sha }),
    ).rejects.toMatchObject({ status: 422 });
    expect(git(gitDir, 'rev-parse', 'main^')).toBe(head);
    expect(git(gitDir, 'log', '-1', '--format=%an', 'main')).toBe('Approver');
  });

  it('lets another client act before the matching request: a second run merging the same PR first', async () => {
    await emulator.commitFiles({
      ...repo,
      branch: 'topic',
      from: 'main',
      files: { 'x.txt': 'x\n' },
      message: 'x',
    });
    const pull = await emulator.openPullRequest({ ...repo, head: 'topic', base: 'main', title: 'x' });
    const route = 'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge';
    emulator.faults.add({
      kind: 'beforeRequest',
      route,
      act: async () => {
        await emulator.mergePullRequest({ ...repo, number: pull.number, user: 'telefonistka[bot]' });
      },
    });
    const octokit = octokitFor(emulator, emulator.tokens.app);
    await expect(
      octokit.rest.pulls.merge({ ...repo, pull_number: pull.number, sha: pull.headSha }),
    ).rejects.toMatchObject({ status: 405, message: expect.stringMatching(/not mergeable/) });
    const merged = await octokit.rest.pulls.get({ ...repo, pull_number: pull.number });
    expect([merged.data.merged, merged.data.merged_by?.login]).toEqual([true, 'telefonistka[bot]']);
    expect(emulator.faults.pending()).toBe(0);
  });

  it('reports the primary budget in x-ratelimit headers and refuses requests once it is spent', async () => {
    const limited = await startSeededEmulator({ rateLimit: 3 });
    try {
      const octokit = octokitFor(limited, limited.tokens.actions);
      const first = await octokit.rest.repos.get({ ...repo });
      expect(first.headers).toMatchObject({
        'x-ratelimit-limit': '3',
        'x-ratelimit-remaining': '2',
        'x-ratelimit-used': '1',
        'x-ratelimit-resource': 'core',
      });
      expect(Number(first.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000);
      await octokit.rest.repos.get({ ...repo });
      await octokit.rest.repos.get({ ...repo });
      const refused = (await octokit.rest.repos.get({ ...repo }).catch((error: unknown) => error)) as {
        status: number;
        message: string;
        response: { headers: Record<string, string> };
      };
      expect(refused.status).toBe(403);
      expect(refused.message).toContain('API rate limit exceeded');
      expect(refused.response.headers['x-ratelimit-remaining']).toBe('0');
      const other = octokitFor(limited, limited.tokens.user);
      await expect(other.rest.repos.get({ ...repo })).resolves.toMatchObject({ status: 200 });
      const budget = await octokit.rest.rateLimit.get();
      expect(budget.data.resources.core).toMatchObject({ limit: 3, remaining: 0 });
    } finally {
      await limited.close();
    }
  });

  it('injects faults into GraphQL and reports its exhausted budget as RATE_LIMITED with HTTP 200', async () => {
    emulator.faults.add({ route: 'POST /graphql', status: 502 });
    const octokit = octokitFor(emulator, emulator.tokens.actions);
    await expect(octokit.graphql('query { viewer { login } }')).rejects.toMatchObject({ status: 502 });
    const limited = await startSeededEmulator({ rateLimit: 1 });
    try {
      const client = octokitFor(limited, limited.tokens.actions);
      await client.graphql('query { viewer { login } }');
      const refused = await client.graphql('query { viewer { login } }').catch((error: unknown) => error);
      expect(refused).toMatchObject({ errors: [expect.objectContaining({ type: 'RATE_LIMITED' })] });
      expect(limited.requests.at(-1)).toMatchObject({ route: 'POST /graphql', status: 200 });
    } finally {
      await limited.close();
    }
  });

  it('answers 401 without a token or with an unknown one', async () => {
    const anonymous = await fetch(`${emulator.apiUrl}/repos/acme/iac`);
    expect(anonymous.status).toBe(401);
    const unknown = await fetch(`${emulator.apiUrl}/repos/acme/iac`, {
      headers: { authorization: 'token nope' },
    });
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toMatchObject({ message: 'Bad credentials' });
    const bearer = await fetch(`${emulator.apiUrl}/repos/acme/iac`, {
      headers: { authorization: `Bearer ${emulator.tokens.user}` },
    });
    expect(bearer.status).toBe(200);
  });

  it('logs requests with route template, status and login, counts them per route and resets', async () => {
    const octokit = octokitFor(emulator, emulator.tokens.app);
    await octokit.rest.repos.get({ ...repo });
    await octokit.rest.git.getRef({ ...repo, ref: 'heads/main' });
    await octokit.rest.git.getRef({ ...repo, ref: 'heads/main' });
    expect(emulator.requests[0]).toMatchObject({
      method: 'GET',
      route: getRepo,
      path: '/api/v3/repos/acme/iac',
      status: 200,
      login: 'telefonistka[bot]',
    });
    expect(emulator.callCounts()).toEqual({ [getRepo]: 1, 'GET /repos/{owner}/{repo}/git/ref/{ref}': 2 });
    emulator.resetLog();
    expect(emulator.requests).toEqual([]);
  });
});
