import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from '../support/github-emulator/index.js';
import { errorOf, octokitFor, OWNER, REPO, startSeededEmulator } from './emulator-fixture.js';

const repo = { owner: OWNER, repo: REPO };

describe('GitHub emulator plain issues', () => {
  let emulator: GitHubEmulator;
  let octokit: ReturnType<typeof octokitFor>;

  beforeEach(async () => {
    emulator = await startSeededEmulator();
    octokit = octokitFor(emulator, emulator.tokens.actions);
  });
  afterEach(async () => emulator.close());

  it('creates, reads and edits an issue that shares the number sequence with pull requests', async () => {
    await emulator.commitFiles({
      ...repo,
      branch: 'feature',
      from: 'main',
      files: { 'a.txt': 'a\n' },
      message: 'a',
    });
    const pull = await emulator.openPullRequest({
      ...repo,
      head: 'feature',
      base: 'main',
      title: 'F',
      body: 'b',
    });
    const created = await octokit.rest.issues.create({
      ...repo,
      title: 'Dash',
      body: 'one',
      labels: ['dash'],
    });
    expect(created.status).toBe(201);
    expect(created.data.number).toBe(pull.number + 1);
    expect(created.data.pull_request).toBeUndefined();
    expect(created.data.labels.map((label) => (typeof label === 'string' ? label : label.name))).toEqual([
      'dash',
    ]);
    expect(created.data.user?.login).toBe('github-actions[bot]');
    await emulator.commitFiles({
      ...repo,
      branch: 'other',
      from: 'main',
      files: { 'b.txt': 'b\n' },
      message: 'b',
    });
    const next = await emulator.openPullRequest({
      ...repo,
      head: 'other',
      base: 'main',
      title: 'G',
      body: '',
    });
    expect(next.number).toBe(created.data.number + 1);

    const patched = await octokit.rest.issues.update({
      ...repo,
      issue_number: created.data.number,
      body: 'two',
    });
    expect(patched.data.body).toBe('two');
    const read = await octokit.rest.issues.get({ ...repo, issue_number: created.data.number });
    expect(read.data).toMatchObject({ body: 'two', state: 'open', title: 'Dash' });
    const closed = await octokit.rest.issues.update({
      ...repo,
      issue_number: created.data.number,
      state: 'closed',
    });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(closed.data.closed_at).not.toBeNull();
    expect((await errorOf(octokit.rest.issues.get({ ...repo, issue_number: 999 }))).status).toBe(404);
  });

  it('lists issues and pull requests with the state, labels and creator filters, paginated', async () => {
    await emulator.commitFiles({
      ...repo,
      branch: 'feature',
      from: 'main',
      files: { 'a.txt': 'a\n' },
      message: 'a',
    });
    await emulator.openPullRequest({
      ...repo,
      head: 'feature',
      base: 'main',
      title: 'PR',
      body: '',
      user: 'alice',
    });
    const byUser = octokitFor(emulator, emulator.tokens.user);
    for (let index = 0; index < 4; index++) {
      await octokit.rest.issues.create({
        ...repo,
        title: `bot ${index}`,
        labels: ['dash', ...(index % 2 ? ['odd'] : [])],
      });
    }
    const human = await byUser.rest.issues.create({ ...repo, title: 'human', labels: ['dash'] });
    await byUser.rest.issues.update({ ...repo, issue_number: human.data.number, state: 'closed' });

    const open = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, per_page: 2 });
    expect(open.map((issue) => issue.title)).toEqual(['bot 3', 'bot 2', 'bot 1', 'bot 0', 'PR']);
    expect(open.find((issue) => issue.title === 'PR')?.pull_request).toBeDefined();
    const labelled = await octokit.paginate(octokit.rest.issues.listForRepo, {
      ...repo,
      labels: 'dash,odd',
      direction: 'asc',
    });
    expect(labelled.map((issue) => issue.title)).toEqual(['bot 1', 'bot 3']);
    const all = await octokit.rest.issues.listForRepo({ ...repo, state: 'all', creator: 'alice' });
    expect(all.data.map((issue) => issue.title).sort()).toEqual(['PR', 'human']);
    const closed = await octokit.rest.issues.listForRepo({ ...repo, state: 'closed' });
    expect(closed.data.map((issue) => issue.title)).toEqual(['human']);
  });

  it('serves the comment routes on plain issues and emits issue_comment', async () => {
    const issue = (await octokit.rest.issues.create({ ...repo, title: 'Dash' })).data;
    emulator.takeEvents();
    const comment = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: issue.number,
      body: 'part 2',
    });
    await octokit.rest.issues.updateComment({ ...repo, comment_id: comment.data.id, body: 'part 2b' });
    const listed = await octokit.rest.issues.listComments({ ...repo, issue_number: issue.number });
    expect(listed.data.map((item) => item.body)).toEqual(['part 2b']);
    expect(emulator.listComments(OWNER, REPO, issue.number).map((item) => item.body)).toEqual(['part 2b']);
    const events = emulator.takeEvents();
    // Created, then edited (an API edit is an edit: GitHub sends `issue_comment` `edited` for it too).
    expect(events.map((event) => [event.name, (event.payload as { action: string }).action])).toEqual([
      ['issue_comment', 'created'],
      ['issue_comment', 'edited'],
    ]);
    const payload = events[0]!.payload as { issue: { number: number; pull_request?: unknown } };
    expect(payload.issue.number).toBe(issue.number);
    expect(payload.issue.pull_request).toBeUndefined();
    expect((await octokit.rest.issues.get({ ...repo, issue_number: issue.number })).data.comments).toBe(1);
    await octokit.rest.issues.deleteComment({ ...repo, comment_id: comment.data.id });
    expect(emulator.listComments(OWNER, REPO, issue.number)).toHaveLength(0);
  });

  it('drops labels from a reader and refuses a reader edit of the issue', async () => {
    const reader = octokitFor(emulator, emulator.tokens.reader);
    const created = await reader.rest.issues.create({ ...repo, title: 'question', labels: ['dash'] });
    expect(created.data.labels).toEqual([]);
    expect(
      (await errorOf(reader.rest.issues.update({ ...repo, issue_number: created.data.number, body: 'x' })))
        .status,
    ).toBe(403);
  });
});
