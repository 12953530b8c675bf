import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildPushPayload } from '../../../src/core/webhook/build-push-payload.js';
import { readPushEvent } from '../../../src/core/webhook/read-push-event.js';

const webhooks = createRequire(import.meta.url)('@octokit/webhooks-examples/api.github.com/index.json') as {
  name: string;
  examples: Record<string, unknown>[];
}[];

/** A push payload as Actions delivers it: the webhook example without added/removed/modified. */
function actionsPushPayload(): Record<string, unknown> {
  const group = webhooks.find((g) => g.name === 'push');
  const example = structuredClone(
    group?.examples.find((e) => Array.isArray(e['commits']) && (e['commits'] as unknown[]).length > 0),
  );
  if (example === undefined) throw new Error('no push example with commits');
  const strip = (commit: unknown) => {
    if (commit === null || typeof commit !== 'object') return;
    for (const key of ['added', 'removed', 'modified']) delete (commit as Record<string, unknown>)[key];
  };
  for (const commit of example['commits'] as unknown[]) strip(commit);
  strip(example['head_commit']);
  return example;
}

describe('buildPushPayload', () => {
  it('fills each commit and head_commit with its lists and passes every other field through', () => {
    const payload = actionsPushPayload();
    const commits = payload['commits'] as { id: string }[];
    const head = commits.at(-1)!.id;
    const lists = { added: ['a.yaml'], modified: ['m.yaml'], removed: ['r.yaml'] };
    const built = buildPushPayload(payload, { kind: 'files', byCommit: new Map([[head, lists]]) });
    const builtCommits = built['commits'] as Record<string, unknown>[];
    expect(builtCommits.at(-1)).toMatchObject(lists);
    expect((built['head_commit'] as Record<string, unknown>)['added']).toEqual(['a.yaml']);
    expect(built['repository']).toEqual(payload['repository']);
    expect(built['ref']).toBe(payload['ref']);
    expect(Object.keys(built)).toEqual(Object.keys(payload));
  });

  it('sends present, empty lists on every commit when the attribution is unknown', () => {
    const built = buildPushPayload(actionsPushPayload(), { kind: 'unknown', reason: 'truncated' });
    for (const commit of built['commits'] as Record<string, unknown>[]) {
      expect([commit['added'], commit['removed'], commit['modified']]).toEqual([[], [], []]);
    }
  });

  it('does not change the payload it was given', () => {
    const payload = actionsPushPayload();
    const before = JSON.stringify(payload);
    buildPushPayload(payload, { kind: 'unknown', reason: 'x' });
    expect(JSON.stringify(payload)).toBe(before);
  });

  it('keeps a null head_commit null', () => {
    const built = buildPushPayload({ commits: [], head_commit: null }, { kind: 'unknown', reason: 'x' });
    expect(built).toEqual({ commits: [], head_commit: null });
  });
});

describe('readPushEvent', () => {
  const base = {
    ref: 'refs/heads/main',
    before: 'a'.repeat(40),
    after: 'b'.repeat(40),
    created: false,
    deleted: false,
    forced: false,
    repository: { default_branch: 'main' },
    commits: [{ id: 'c1' }, { id: 'b'.repeat(40) }],
    head_commit: { id: 'b'.repeat(40) },
  };

  it('forwards a push to the default branch with its commit ids', () => {
    expect(readPushEvent('push', base)).toEqual({
      kind: 'forward',
      push: {
        ref: 'refs/heads/main',
        before: 'a'.repeat(40),
        after: 'b'.repeat(40),
        created: false,
        deleted: false,
        forced: false,
        defaultBranch: 'main',
        commitIds: ['c1', 'b'.repeat(40)],
        headCommitId: 'b'.repeat(40),
      },
    });
  });

  it('marks a push whose before is all zeros as a new branch', () => {
    const check = readPushEvent('push', { ...base, before: '0'.repeat(40) });
    expect(check.kind === 'forward' && check.push.created).toBe(true);
  });

  it.each([
    ['pull_request', base, 'not push'],
    ['push', { ...base, ref: 'refs/heads/feature' }, 'not the default branch'],
    ['push', { ...base, ref: 'refs/tags/v1' }, 'not the default branch'],
    ['push', { ...base, deleted: true, after: '0'.repeat(40) }, 'deleted'],
    ['push', { ...base, repository: {} }, 'no repository.default_branch'],
  ])('skips a %s event (%#)', (eventName, payload, reason) => {
    const check = readPushEvent(eventName, payload);
    expect(check.kind).toBe('skip');
    expect(check.kind === 'skip' ? check.reason : '').toContain(reason);
  });
});
