import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EmulatorEvent, GitHubEmulator } from '../support/github-emulator/index.js';
import { validateWebhookPayload } from '../support/github-emulator/schema-validator.js';
import { git, octokitFor, OWNER, REPO, startSeededEmulator } from './emulator-fixture.js';

const repo = { owner: OWNER, repo: REPO };

interface ExampleGroup {
  name: string;
  examples: (Record<string, unknown> & { action?: string })[];
}
const examples = createRequire(import.meta.url)(
  '@octokit/webhooks-examples/api.github.com/index.json',
) as ExampleGroup[];

/** Top-level keys of the @octokit/webhooks-examples example for the event, without org/app context. */
function exampleKeys(name: string, action?: string): string[] {
  const group = examples.find((candidate) => candidate.name === name)!;
  const example = group.examples.find((candidate) => candidate.action === action) ?? group.examples[0]!;
  const optional = new Set(['installation', 'organization', 'enterprise']);
  return Object.keys(example)
    .filter((key) => !optional.has(key))
    .sort();
}

function webhookName(event: EmulatorEvent): string {
  const action = typeof event.payload.action === 'string' ? `-${event.payload.action}` : '';
  return `${event.name.replace(/_/g, '-')}${action.replace(/_/g, '-')}`;
}

describe('GitHub emulator events', () => {
  let emulator: GitHubEmulator;

  beforeEach(async () => {
    emulator = await startSeededEmulator();
  });
  afterEach(async () => emulator.close());

  it('produces opened, synchronize, comment, push and merged events that validate against the webhook description', async () => {
    await emulator.commitFiles({
      ...repo,
      branch: 'feature',
      from: 'main',
      files: { 'clusters/staging/eu/c1/app/values.yaml': 'replicas: 5\n' },
      message: 'bump',
    });
    const pull = await emulator.openPullRequest({
      ...repo,
      head: 'feature',
      base: 'main',
      title: 'Bump',
      user: 'alice',
    });
    await emulator.commitFiles({
      ...repo,
      branch: 'feature',
      files: { 'README.md': null },
      message: 'drop readme',
    });
    await emulator.addComment({ ...repo, number: pull.number, body: '/retrigger', user: 'alice' });
    const merged = await emulator.mergePullRequest({ ...repo, number: pull.number, user: 'alice' });
    const events = emulator.takeEvents();
    expect(events.map(webhookName)).toEqual([
      'push',
      'push',
      'pull-request-opened',
      'push',
      'pull-request-synchronize',
      'issue-comment-created',
      'push',
      'pull-request-closed',
    ]);
    for (const event of events) {
      expect({
        event: webhookName(event),
        errors: validateWebhookPayload(webhookName(event), event.payload),
      }).toEqual({
        event: webhookName(event),
        errors: [],
      });
      expect(Object.keys(event.payload).sort()).toEqual(
        exampleKeys(event.name, event.payload.action as string | undefined),
      );
    }
    const closed = events.at(-1)!.payload as { pull_request: { merged: boolean; merge_commit_sha: string } };
    expect(closed.pull_request).toMatchObject({ merged: true, merge_commit_sha: merged.mergeCommitSha });
    const push = events.at(-2)!.payload as { ref: string; after: string; commits: { added: string[] }[] };
    expect(push).toMatchObject({
      ref: 'refs/heads/main',
      after: git(emulator.gitDir(OWNER, REPO), 'rev-parse', 'main'),
    });
  });

  it('lists added, modified and removed files per pushed commit, and strips them for Actions', async () => {
    await emulator.commitFiles({
      ...repo,
      branch: 'main',
      files: { 'new.txt': 'n\n', 'README.md': 'changed\n', 'clusters/prod/eu/c1/app/prod-only.yaml': null },
      message: 'mixed',
    });
    const [webhook] = emulator.events.filter((event) => event.name === 'push');
    const commit = (webhook!.payload.commits as Record<string, unknown>[])[0]!;
    expect(commit).toMatchObject({
      added: ['new.txt'],
      modified: ['README.md'],
      removed: ['clusters/prod/eu/c1/app/prod-only.yaml'],
    });
    const [actions] = emulator.takeEvents({ forActions: true });
    const stripped = (actions!.payload.commits as Record<string, unknown>[])[0]!;
    expect(Object.keys(stripped)).not.toContain('added');
    expect(Object.keys(actions!.payload.head_commit as object)).not.toContain('modified');
  });

  it('records a workflow dispatch as a workflow_dispatch event and refuses workflows without the trigger', async () => {
    const octokit = octokitFor(emulator, emulator.tokens.actions);
    const response = await octokit.rest.actions.createWorkflowDispatch({
      ...repo,
      workflow_id: 'promote.yml',
      ref: 'main',
      inputs: { pr: '7' },
    });
    expect(response.status).toBe(204);
    const [event] = emulator.takeEvents();
    expect(event).toMatchObject({ name: 'workflow_dispatch', workflow: '.github/workflows/promote.yml' });
    expect(event!.payload).toMatchObject({
      ref: 'refs/heads/main',
      inputs: { pr: '7' },
      workflow: '.github/workflows/promote.yml',
    });
    expect(validateWebhookPayload('workflow-dispatch', event!.payload)).toEqual([]);
    await expect(
      octokit.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 'push-only.yml', ref: 'main' }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      octokit.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 'missing.yml', ref: 'main' }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      octokit.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 'promote.yml', ref: 'nope' }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it('emits labeled events and closes pull requests whose head branch is deleted', async () => {
    const octokit = octokitFor(emulator, emulator.tokens.actions);
    await emulator.commitFiles({
      ...repo,
      branch: 'feature',
      from: 'main',
      files: { 'a.txt': 'a\n' },
      message: 'a',
    });
    const pull = await emulator.openPullRequest({ ...repo, head: 'feature', base: 'main', title: 'T' });
    emulator.takeEvents();
    await octokit.rest.issues.addLabels({ ...repo, issue_number: pull.number, labels: ['show-plan'] });
    await octokit.rest.git.deleteRef({ ...repo, ref: 'heads/feature' });
    const events = emulator.takeEvents();
    expect(events.map(webhookName)).toEqual(['pull-request-labeled', 'push', 'pull-request-closed']);
    for (const event of events) expect(validateWebhookPayload(webhookName(event), event.payload)).toEqual([]);
    expect((await emulator.getPullRequest(OWNER, REPO, pull.number)).state).toBe('closed');
  });

  it('emits issues and issue_comment edited events with changes.body.from, from the API and from a UI edit', async () => {
    const bot = octokitFor(emulator, emulator.tokens.actions);
    const issue = (await bot.rest.issues.create({ ...repo, title: 'Dashboard', body: '- [ ] a' })).data;
    const comment = (
      await bot.rest.issues.createComment({ ...repo, issue_number: issue.number, body: '- [ ] b' })
    ).data;
    emulator.takeEvents();
    await bot.rest.issues.update({ ...repo, issue_number: issue.number, body: '- [ ] a\n- [ ] c' });
    await bot.rest.issues.update({ ...repo, issue_number: issue.number, title: 'Renamed' });
    await bot.rest.issues.updateComment({ ...repo, comment_id: comment.id, body: '- [ ] b2' });
    await emulator.editIssueBody({ ...repo, number: issue.number, body: '- [x] a\n- [ ] c', user: 'reader' });
    await emulator.editComment({ ...repo, id: comment.id, body: '- [x] b2', user: 'alice' });
    const events = emulator.takeEvents();
    expect(events.map(webhookName)).toEqual([
      'issues-edited',
      'issue-comment-edited',
      'issues-edited',
      'issue-comment-edited',
    ]);
    for (const event of events) {
      expect(validateWebhookPayload(webhookName(event), event.payload)).toEqual([]);
      expect(Object.keys(event.payload).sort()).toEqual(exampleKeys(event.name, 'edited'));
    }
    expect(events.map((event) => event.payload.changes)).toEqual([
      { body: { from: '- [ ] a' } },
      { body: { from: '- [ ] b' } },
      { body: { from: '- [ ] a\n- [ ] c' } },
      { body: { from: '- [ ] b2' } },
    ]);
    expect(events.map((event) => (event.payload.sender as { login: string }).login)).toEqual([
      'github-actions[bot]',
      'github-actions[bot]',
      'reader',
      'alice',
    ]);
    expect((events[2]!.payload.issue as { body: string }).body).toBe('- [x] a\n- [ ] c');
    expect((events[3]!.payload.comment as { body: string }).body).toBe('- [x] b2');
  });

  it('reports read, triage, write and admin through the collaborator permission endpoint', async () => {
    const octokit = octokitFor(emulator, emulator.tokens.actions);
    const levels = [];
    for (const username of ['reader', 'trina', 'alice', 'repo-admin', 'carol']) {
      const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
      levels.push([username, data.permission, data.role_name]);
    }
    expect(levels).toEqual([
      ['reader', 'read', 'read'],
      ['trina', 'read', 'triage'],
      ['alice', 'write', 'write'],
      ['repo-admin', 'admin', 'admin'],
      ['carol', 'write', 'deployer'],
    ]);
  });
});
