import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from '../support/github-emulator/index.js';
import { octokitFor, OWNER, REPO, startSeededEmulator, errorOf } from './emulator-fixture.js';

const repo = { owner: OWNER, repo: REPO };

describe('GitHub emulator issues', () => {
  let emulator: GitHubEmulator;
  let octokit: ReturnType<typeof octokitFor>;
  let number: number;

  beforeEach(async () => {
    emulator = await startSeededEmulator();
    octokit = octokitFor(emulator, emulator.tokens.actions);
    await emulator.commitFiles({
      ...repo,
      branch: 'feature',
      from: 'main',
      files: { 'a.txt': 'a\n' },
      message: 'a',
    });
    number = (
      await emulator.openPullRequest({
        ...repo,
        head: 'feature',
        base: 'main',
        title: 'Feature',
        body: 'b',
        user: 'alice',
      })
    ).number;
  });
  afterEach(async () => emulator.close());

  it('creates, lists with pagination, updates and deletes comments', async () => {
    for (let index = 0; index < 7; index++) {
      await octokit.rest.issues.createComment({ ...repo, issue_number: number, body: `comment ${index}` });
    }
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: number,
      per_page: 3,
    });
    expect(all.map((comment) => comment.body)).toEqual(
      Array.from({ length: 7 }, (_, index) => `comment ${index}`),
    );
    const first = all[0]!;
    const updated = await octokit.rest.issues.updateComment({
      ...repo,
      comment_id: first.id,
      body: 'edited',
    });
    expect(updated.data.body).toBe('edited');
    expect(emulator.listComments(OWNER, REPO, number)[0]?.body).toBe('edited');
    const deleted = await octokit.rest.issues.deleteComment({ ...repo, comment_id: first.id });
    expect(deleted.status).toBe(204);
    expect(emulator.listComments(OWNER, REPO, number)).toHaveLength(6);
    expect((await errorOf(octokit.rest.issues.getComment({ ...repo, comment_id: first.id }))).status).toBe(
      404,
    );
  });

  it('refuses comment bodies over 65,536 characters with 422', async () => {
    const refused = await errorOf(
      octokit.rest.issues.createComment({ ...repo, issue_number: number, body: 'x'.repeat(65_537) }),
    );
    expect(refused).toMatchObject({
      status: 422,
      message: expect.stringContaining('Body is too long (maximum is 65536 characters)'),
    });
  });

  it('adds labels (creating them), lists and removes them', async () => {
    const added = await octokit.rest.issues.addLabels({
      ...repo,
      issue_number: number,
      labels: ['promotion', 'noop'],
    });
    expect(added.data.map((label) => label.name)).toEqual(['promotion', 'noop']);
    const repoLabels = await octokit.rest.issues.listLabelsForRepo({ ...repo });
    expect(repoLabels.data.map((label) => label.name).sort()).toEqual(['noop', 'promotion']);
    const removed = await octokit.rest.issues.removeLabel({ ...repo, issue_number: number, name: 'noop' });
    expect(removed.data.map((label) => label.name)).toEqual(['promotion']);
    expect(
      (await errorOf(octokit.rest.issues.removeLabel({ ...repo, issue_number: number, name: 'noop' })))
        .status,
    ).toBe(404);
    const pull = await emulator.getPullRequest(OWNER, REPO, number);
    expect(pull.labels).toEqual(['promotion']);
  });

  it('silently ignores bots and unknown logins when adding assignees', async () => {
    const response = await octokit.rest.issues.addAssignees({
      ...repo,
      issue_number: number,
      assignees: ['alice', 'github-actions[bot]', 'nobody', 'reader'],
    });
    expect(response.status).toBe(201);
    expect(response.data.assignees?.map((user) => user.login)).toEqual(['alice']);
    const removed = await octokit.rest.issues.removeAssignees({
      ...repo,
      issue_number: number,
      assignees: ['alice'],
    });
    expect(removed.data.assignees).toEqual([]);
  });

  it('patches an issue: title, body, labels, assignees and state', async () => {
    const patched = await octokit.rest.issues.update({
      ...repo,
      issue_number: number,
      title: 'Renamed',
      body: 'New body',
      labels: ['promotion'],
      assignees: ['approver'],
    });
    expect(patched.data).toMatchObject({
      title: 'Renamed',
      body: 'New body',
      assignees: [{ login: 'approver' }],
    });
    expect(patched.data.labels).toEqual([expect.objectContaining({ name: 'promotion' })]);
    const invalid = await errorOf(
      octokit.rest.issues.update({ ...repo, issue_number: number, assignees: ['github-actions[bot]'] }),
    );
    expect(invalid.status).toBe(422);
    await octokit.rest.issues.update({ ...repo, issue_number: number, state: 'closed' });
    expect((await emulator.getPullRequest(OWNER, REPO, number)).state).toBe('closed');
  });

  it('answers the eventual-consistency 422 right after creation, then succeeds', async () => {
    emulator.faults.eventualConsistency();
    const first = await errorOf(
      octokit.rest.issues.addLabels({ ...repo, issue_number: number, labels: ['promotion'] }),
    );
    expect(first.status).toBe(422);
    await expect(
      octokit.rest.issues.addLabels({ ...repo, issue_number: number, labels: ['promotion'] }),
    ).resolves.toMatchObject({
      status: 200,
    });
    const assign = await errorOf(
      octokit.rest.issues.addAssignees({ ...repo, issue_number: number, assignees: ['alice'] }),
    );
    expect(assign.status).toBe(422);
    emulator.faults.clear();
  });

  it('reports collaborator permissions', async () => {
    const permission = async (username: string) =>
      (await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username })).data.permission;
    expect(await permission('alice')).toBe('write');
    expect(await permission('reader')).toBe('read');
    expect(await permission('acme')).toBe('admin');
    expect(
      (await errorOf(octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'ghost' })))
        .status,
    ).toBe(404);
  });

  it('lets a read-only identity comment but not label', async () => {
    const reader = octokitFor(emulator, emulator.tokens.reader);
    await expect(
      reader.rest.issues.createComment({ ...repo, issue_number: number, body: 'hi' }),
    ).resolves.toMatchObject({ status: 201 });
    expect(
      (await errorOf(reader.rest.issues.addLabels({ ...repo, issue_number: number, labels: ['x'] }))).status,
    ).toBe(403);
  });
});
