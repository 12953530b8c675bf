import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from '../support/github-emulator/index.js';
import { git, octokitFor, OWNER, REPO, startSeededEmulator, errorOf } from './emulator-fixture.js';

const repo = { owner: OWNER, repo: REPO };

describe('GitHub emulator pull requests', () => {
  let emulator: GitHubEmulator;
  let octokit: ReturnType<typeof octokitFor>;
  let gitDir: string;

  const branchWith = (branch: string, files: Record<string, string | null>) =>
    emulator.commitFiles({ ...repo, branch, from: 'main', files, message: `change on ${branch}` });

  beforeEach(async () => {
    emulator = await startSeededEmulator();
    octokit = octokitFor(emulator, emulator.tokens.actions);
    gitDir = emulator.gitDir(OWNER, REPO);
  });
  afterEach(async () => emulator.close());

  it('opens a pull request and reports head, base, mergeability and author', async () => {
    const headSha = await branchWith('feature', {
      'clusters/staging/eu/c1/app/values.yaml': 'replicas: 2\n',
    });
    const created = await octokit.rest.pulls.create({
      ...repo,
      head: 'feature',
      base: 'main',
      title: 'Change',
      body: 'Body',
    });
    expect(created.status).toBe(201);
    const pull = await octokit.rest.pulls.get({ ...repo, pull_number: created.data.number });
    expect(pull.data).toMatchObject({
      number: 1,
      state: 'open',
      merged: false,
      mergeable: true,
      body: 'Body',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      head: { ref: 'feature', sha: headSha },
      base: { ref: 'main', sha: git(gitDir, 'rev-parse', 'main') },
      changed_files: 1,
    });
  });

  it('refuses a second open pull request for the same head and base', async () => {
    await branchWith('feature', { 'a.txt': 'a\n' });
    await octokit.rest.pulls.create({ ...repo, head: 'feature', base: 'main', title: 'One' });
    const second = await errorOf(
      octokit.rest.pulls.create({ ...repo, head: 'acme:feature', base: 'main', title: 'Two' }),
    );
    expect(second.status).toBe(422);
    expect(second.message).toContain('A pull request already exists for acme:feature.');
  });

  it('refuses pull requests without commits or with unknown branches', async () => {
    await emulator.createBranch({ ...repo, branch: 'same', from: 'main' });
    const empty = await errorOf(
      octokit.rest.pulls.create({ ...repo, head: 'same', base: 'main', title: 'x' }),
    );
    expect(empty).toMatchObject({
      status: 422,
      message: expect.stringContaining('No commits between main and same'),
    });
    const unknown = await errorOf(
      octokit.rest.pulls.create({ ...repo, head: 'ghost', base: 'main', title: 'x' }),
    );
    expect(unknown.status).toBe(422);
  });

  it('lists pull requests filtered by state, head and base, with pagination', async () => {
    for (let index = 0; index < 5; index++) {
      await branchWith(`b${index}`, { [`f${index}.txt`]: `${index}\n` });
      await octokit.rest.pulls.create({ ...repo, head: `b${index}`, base: 'main', title: `PR ${index}` });
    }
    await octokit.rest.pulls.update({ ...repo, pull_number: 2, state: 'closed' });
    await octokit.rest.issues.addLabels({ ...repo, issue_number: 3, labels: ['promotion'] });
    const all = await octokit.paginate(octokit.rest.pulls.list, { ...repo, state: 'all', per_page: 2 });
    expect(all.map((pull) => pull.number)).toEqual([5, 4, 3, 2, 1]);
    const open = await octokit.rest.pulls.list({ ...repo });
    expect(open.data.map((pull) => pull.number)).toEqual([5, 4, 3, 1]);
    const byHead = await octokit.rest.pulls.list({ ...repo, head: 'acme:b3', state: 'all' });
    expect(byHead.data.map((pull) => pull.number)).toEqual([4]);
    const firstPage = await octokit.rest.pulls.list({ ...repo, state: 'all', per_page: 2 });
    expect(firstPage.headers.link).toContain('rel="next"');
  });

  it('updates title, body, base and state', async () => {
    await branchWith('feature', { 'a.txt': 'a\n' });
    await emulator.createBranch({ ...repo, branch: 'develop', from: 'main' });
    const created = await octokit.rest.pulls.create({ ...repo, head: 'feature', base: 'main', title: 'Old' });
    const updated = await octokit.rest.pulls.update({
      ...repo,
      pull_number: created.data.number,
      title: 'New',
      body: 'New body',
      base: 'develop',
    });
    expect(updated.data).toMatchObject({ title: 'New', body: 'New body', base: { ref: 'develop' } });
    const closed = await octokit.rest.pulls.update({
      ...repo,
      pull_number: created.data.number,
      state: 'closed',
    });
    expect(closed.data).toMatchObject({ state: 'closed', merged: false });
  });

  it('lists changed files with statuses, renames and pagination up to the 3,000 cap', async () => {
    await emulator.commitFiles({
      ...repo,
      branch: 'feature',
      from: 'main',
      message: 'many',
      files: {
        'README.md': null,
        'docs/readme.md': '# iac\n',
        'clusters/prod/eu/c1/app/values.yaml': 'replicas: 4\nimage: app:0.9\n',
        ...Object.fromEntries(
          Array.from({ length: 120 }, (_, index) => [`gen/file-${index}.txt`, `${index}\n`]),
        ),
      },
    });
    const created = await octokit.rest.pulls.create({
      ...repo,
      head: 'feature',
      base: 'main',
      title: 'Many',
    });
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      ...repo,
      pull_number: created.data.number,
      per_page: 100,
    });
    expect(files).toHaveLength(122);
    expect(files.find((file) => file.filename === 'docs/readme.md')).toMatchObject({
      status: 'renamed',
      previous_filename: 'README.md',
    });
    expect(files.find((file) => file.filename === 'clusters/prod/eu/c1/app/values.yaml')).toMatchObject({
      status: 'modified',
      additions: 1,
      deletions: 1,
    });
    const firstPage = await octokit.rest.pulls.listFiles({ ...repo, pull_number: created.data.number });
    expect(firstPage.data).toHaveLength(30);
  });

  it('merges with a merge commit whose parents are base and head', async () => {
    const headSha = await branchWith('feature', { 'a.txt': 'a\n' });
    const created = await octokit.rest.pulls.create({
      ...repo,
      head: 'feature',
      base: 'main',
      title: 'Feature',
    });
    const baseSha = git(gitDir, 'rev-parse', 'main');
    const merged = await octokit.rest.pulls.merge({
      ...repo,
      pull_number: created.data.number,
      sha: headSha,
    });
    expect(merged.data).toMatchObject({ merged: true, message: 'Pull Request successfully merged' });
    expect(git(gitDir, 'rev-parse', 'main')).toBe(merged.data.sha);
    expect(git(gitDir, 'log', '-1', '--format=%P', 'main')).toBe(`${baseSha} ${headSha}`);
    const pull = await octokit.rest.pulls.get({ ...repo, pull_number: created.data.number });
    expect(pull.data).toMatchObject({ merged: true, state: 'closed', merge_commit_sha: merged.data.sha });
    await expect(
      octokit.rest.pulls.checkIfMerged({ ...repo, pull_number: created.data.number }),
    ).resolves.toMatchObject({ status: 204 });
  });

  it('squashes into a single-parent commit and rebases commit by commit', async () => {
    await branchWith('squash', { 's.txt': 's\n' });
    await emulator.commitFiles({ ...repo, branch: 'squash', files: { 's2.txt': 's2\n' }, message: 'second' });
    const squash = await octokit.rest.pulls.create({
      ...repo,
      head: 'squash',
      base: 'main',
      title: 'Squash me',
    });
    const squashed = await octokit.rest.pulls.merge({
      ...repo,
      pull_number: squash.data.number,
      merge_method: 'squash',
    });
    expect(git(gitDir, 'log', '-1', '--format=%P%n%s', squashed.data.sha).split('\n')).toEqual([
      git(gitDir, 'rev-parse', `${squashed.data.sha}^`),
      'Squash me (#1)',
    ]);
    expect(git(gitDir, 'show', `${squashed.data.sha}:s2.txt`)).toBe('s2');

    await branchWith('rebase', { 'r1.txt': 'r1\n' });
    await emulator.commitFiles({ ...repo, branch: 'rebase', files: { 'r2.txt': 'r2\n' }, message: 'r2' });
    const before = git(gitDir, 'rev-parse', 'main');
    const rebase = await octokit.rest.pulls.create({
      ...repo,
      head: 'rebase',
      base: 'main',
      title: 'Rebase me',
    });
    const rebased = await octokit.rest.pulls.merge({
      ...repo,
      pull_number: rebase.data.number,
      merge_method: 'rebase',
    });
    expect(git(gitDir, 'rev-list', '--count', `${before}..main`)).toBe('2');
    expect(git(gitDir, 'rev-parse', 'main')).toBe(rebased.data.sha);
    expect(git(gitDir, 'show', 'main:r2.txt')).toBe('r2');
    expect(git(gitDir, 'show', 'main:s.txt')).toBe('s');
  });

  it('refuses a merge whose sha is not the head with 409', async () => {
    await branchWith('feature', { 'a.txt': 'a\n' });
    const created = await octokit.rest.pulls.create({ ...repo, head: 'feature', base: 'main', title: 'F' });
    const stale = await errorOf(
      octokit.rest.pulls.merge({
        ...repo,
        pull_number: created.data.number,
        sha: git(gitDir, 'rev-parse', 'main'),
      }),
    );
    expect(stale).toMatchObject({
      status: 409,
      message: expect.stringContaining('Head branch was modified. Review and try the merge again.'),
    });
  });

  it('refuses to merge a conflicting pull request with 405 and reports it as not mergeable', async () => {
    await branchWith('feature', { 'README.md': 'feature\n' });
    await emulator.commitFiles({
      ...repo,
      branch: 'main',
      files: { 'README.md': 'main\n' },
      message: 'main edit',
    });
    const created = await octokit.rest.pulls.create({
      ...repo,
      head: 'feature',
      base: 'main',
      title: 'Conflict',
    });
    const pull = await octokit.rest.pulls.get({ ...repo, pull_number: created.data.number });
    expect(pull.data).toMatchObject({ mergeable: false, mergeable_state: 'dirty' });
    const refused = await errorOf(octokit.rest.pulls.merge({ ...repo, pull_number: created.data.number }));
    expect(refused).toMatchObject({
      status: 405,
      message: expect.stringContaining('Pull Request is not mergeable'),
    });
  });

  it('serves the injected 405 "Base branch was modified" and merges on retry', async () => {
    await branchWith('feature', { 'a.txt': 'a\n' });
    const created = await octokit.rest.pulls.create({ ...repo, head: 'feature', base: 'main', title: 'F' });
    emulator.faults.add({ route: 'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', status: 405 });
    const refused = await errorOf(octokit.rest.pulls.merge({ ...repo, pull_number: created.data.number }));
    expect(refused).toMatchObject({
      status: 405,
      message: expect.stringContaining('Base branch was modified. Review and try the merge again.'),
    });
    await expect(
      octokit.rest.pulls.merge({ ...repo, pull_number: created.data.number }),
    ).resolves.toMatchObject({ status: 200 });
  });

  it('refuses approving your own pull request and accepts another identity', async () => {
    await branchWith('feature', { 'a.txt': 'a\n' });
    const created = await octokit.rest.pulls.create({ ...repo, head: 'feature', base: 'main', title: 'F' });
    const own = await errorOf(
      octokit.rest.pulls.createReview({ ...repo, pull_number: created.data.number, event: 'APPROVE' }),
    );
    expect(own).toMatchObject({
      status: 422,
      message: expect.stringContaining('Can not approve your own pull request'),
    });
    const approver = octokitFor(emulator, emulator.tokens.approver);
    const review = await approver.rest.pulls.createReview({
      ...repo,
      pull_number: created.data.number,
      event: 'APPROVE',
    });
    expect(review.data).toMatchObject({ state: 'APPROVED', user: { login: 'approver' } });
    const reviews = await octokit.rest.pulls.listReviews({ ...repo, pull_number: created.data.number });
    expect(reviews.data.map((r) => r.state)).toEqual(['APPROVED']);
  });

  it('compares base...head with ahead/behind counts and at most 300 files', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 310 }, (_, index) => [`many/${index}.txt`, `${index}\n`]),
    );
    await branchWith('big', files);
    const comparison = await octokit.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: 'main...big',
    });
    expect(comparison.data).toMatchObject({ status: 'ahead', ahead_by: 1, behind_by: 0, total_commits: 1 });
    expect(comparison.data.files).toHaveLength(300);
  });

  it('answers mergeable: null for the configured number of reads after the head moved', async () => {
    const lazy = await startSeededEmulator({ mergeabilityDelay: 1 });
    try {
      const client = octokitFor(lazy, lazy.tokens.actions);
      await lazy.commitFiles({
        ...repo,
        branch: 'feature',
        from: 'main',
        files: { 'a.txt': 'a\n' },
        message: 'a',
      });
      const { number } = await lazy.openPullRequest({ ...repo, head: 'feature', base: 'main', title: 'F' });
      const read = async () => (await client.rest.pulls.get({ ...repo, pull_number: number })).data;
      expect(await read()).toMatchObject({ mergeable: null, mergeable_state: 'unknown' });
      expect(await read()).toMatchObject({ mergeable: true, mergeable_state: 'clean' });
      await lazy.commitFiles({ ...repo, branch: 'feature', files: { 'b.txt': 'b\n' }, message: 'b' });
      expect((await read()).mergeable).toBeNull();
    } finally {
      await lazy.close();
    }
  });

  it('returns 404 for unknown pull requests and repositories', async () => {
    expect((await errorOf(octokit.rest.pulls.get({ ...repo, pull_number: 99 }))).status).toBe(404);
    expect((await errorOf(octokit.rest.repos.get({ owner: 'acme', repo: 'missing' }))).status).toBe(404);
  });
});
