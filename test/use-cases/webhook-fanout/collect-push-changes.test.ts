import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalGit } from '../../../src/adapters/git/create-local-git.js';
import { changedPaths } from '../../../src/core/webhook/changed-paths.js';
import type { FileChanges, PushEvent } from '../../../src/core/webhook/types.js';
import { collectPushChanges } from '../../../src/use-cases/webhook-fanout/collect-push-changes.js';
import { createTempGitRepo, type TempGitRepo } from '../../support/temp-git-repo.js';
import { createFakeGitHub } from '../../support/fake-github/create-fake-github.js';
import { recordingLogger } from './fanout-fakes.js';

const ZERO = '0'.repeat(40);
const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanup.splice(0)) fn();
});

function repo(files: Record<string, string> = {}): TempGitRepo {
  const created = createTempGitRepo({ files: { 'README.md': 'hi\n', ...files } });
  cleanup.push(created.remove);
  return created;
}

function push(fields: Partial<PushEvent> & { before: string; after: string }): PushEvent {
  return {
    ref: 'refs/heads/main',
    created: fields.before === ZERO,
    deleted: false,
    forced: false,
    defaultBranch: 'main',
    commitIds: [],
    headCommitId: fields.after,
    ...fields,
  };
}

const noApi = createFakeGitHub();

describe('collectPushChanges from the local checkout', () => {
  it('lists each commit with its own files, as GitHub webhooks do', async () => {
    const r = repo({ 'clusters/a/x.yaml': '1' });
    const before = r.git('rev-parse', 'HEAD').trim();
    const c1 = r.commit({ 'clusters/a/x.yaml': '2', 'clusters/b/new.yaml': 'n' });
    const c2 = r.commit({ 'clusters/a/x.yaml': null, 'workspace/w.yaml': 'w' });
    const changes = await collectPushChanges(push({ before, after: c2, commitIds: [c1, c2] }), {
      github: noApi.github,
      localGit: createLocalGit(r.dir),
      logger: recordingLogger(),
    });
    expect(changes.source).toBe('local');
    expect(changes.files).toEqual(['clusters/a/x.yaml', 'clusters/b/new.yaml', 'workspace/w.yaml']);
    expect(changes.attribution.kind === 'files' && Object.fromEntries(changes.attribution.byCommit)).toEqual({
      [c1]: { added: ['clusters/b/new.yaml'], modified: ['clusters/a/x.yaml'], removed: [] },
      [c2]: { added: ['workspace/w.yaml'], modified: [], removed: ['clusters/a/x.yaml'] },
    });
    expect(noApi.calls).toEqual([]);
  });

  it('reports a rename as the old path removed and the new one added', async () => {
    const r = repo({ 'apps/old/values.yaml': 'a: 1\nb: 2\nc: 3\n' });
    const before = r.git('rev-parse', 'HEAD').trim();
    r.git('mv', 'apps/old', 'apps/new');
    const after = r.commit({});
    const changes = await collectPushChanges(push({ before, after, commitIds: [after] }), {
      github: noApi.github,
      localGit: createLocalGit(r.dir),
      logger: recordingLogger(),
    });
    expect(changes.attribution.kind === 'files' && changes.attribution.byCommit.get(after)).toEqual({
      added: ['apps/new/values.yaml'],
      modified: [],
      removed: ['apps/old/values.yaml'],
    });
  });

  it('covers what a forced push took away by listing it on the head commit', async () => {
    const r = repo({ 'apps/a.yaml': 'a' });
    const base = r.git('rev-parse', 'HEAD').trim();
    const dropped = r.commit({ 'apps/dropped.yaml': 'will vanish' });
    r.git('reset', '-q', '--hard', base);
    const after = r.commit({ 'apps/b.yaml': 'b' });
    const changes = await collectPushChanges(
      push({ before: dropped, after, forced: true, commitIds: [after] }),
      { github: noApi.github, localGit: createLocalGit(r.dir), logger: recordingLogger() },
    );
    expect(changes.files).toEqual(['apps/b.yaml', 'apps/dropped.yaml']);
    expect(changes.attribution.kind === 'files' && changes.attribution.byCommit.get(after)).toEqual({
      added: ['apps/b.yaml'],
      modified: [],
      removed: ['apps/dropped.yaml'],
    });
  });

  it('lists every file of a new branch and sends empty lists', async () => {
    const r = repo({ 'apps/a.yaml': 'a', 'clusters/c/x.yaml': 'x' });
    const after = r.git('rev-parse', 'HEAD').trim();
    const changes = await collectPushChanges(push({ before: ZERO, after, commitIds: [after] }), {
      github: noApi.github,
      localGit: createLocalGit(r.dir),
      logger: recordingLogger(),
    });
    expect(changes.files).toEqual(['README.md', 'apps/a.yaml', 'clusters/c/x.yaml']);
    expect(changes.attribution.kind).toBe('unknown');
  });

  it('fetches a before commit the shallow checkout lacks and still lists the changes', async () => {
    const origin = repo({ 'apps/a.yaml': '1' });
    origin.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
    const before = origin.commit({ 'apps/a.yaml': '2' });
    const c1 = origin.commit({ 'apps/b.yaml': 'b' });
    const c2 = origin.commit({ 'apps/a.yaml': '3' });
    const clone = mkdtempSync(path.join(tmpdir(), 'fanout-clone-'));
    cleanup.push(() => rmSync(clone, { recursive: true, force: true }));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin.dir}`, clone]);
    const git = createLocalGit(clone);
    expect(await git.hasCommit(before)).toBe(false);
    const changes = await collectPushChanges(push({ before, after: c2, commitIds: [c1, c2] }), {
      github: noApi.github,
      localGit: git,
      logger: recordingLogger(),
    });
    expect(changes.source).toBe('local');
    expect(changes.files).toEqual(['apps/a.yaml', 'apps/b.yaml']);
    expect(changes.attribution.kind === 'files' && changePathsOf(changes.attribution.byCommit)).toEqual([
      'apps/a.yaml',
      'apps/b.yaml',
    ]);
  });

  it('asks GitHub when the checkout cannot get the before commit', async () => {
    const r = repo();
    const after = r.git('rev-parse', 'HEAD').trim();
    const before = 'f'.repeat(40);
    const fake = createFakeGitHub();
    fake.pushChanges([{ path: 'x/y.yaml', status: 'modified' }], { before, after });
    const changes = await collectPushChanges(push({ before, after, commitIds: [after] }), {
      github: fake.github,
      localGit: createLocalGit(r.dir),
      logger: recordingLogger(),
    });
    expect(changes.source).toBe('api-compare');
    expect(changes.files).toEqual(['x/y.yaml']);
  });
});

describe('collectPushChanges from the GitHub API', () => {
  const before = 'b'.repeat(40);
  const after = 'a'.repeat(40);

  it('uses compare and puts the net change on the head commit', async () => {
    const fake = createFakeGitHub();
    fake.pushChanges(
      [
        { path: 'apps/new.yaml', status: 'added' },
        { path: 'apps/moved.yaml', previousPath: 'apps/old.yaml', status: 'renamed' },
      ],
      { before, after },
    );
    const changes = await collectPushChanges(push({ before, after, commitIds: ['c1', after] }), {
      github: fake.github,
      localGit: undefined,
      logger: recordingLogger(),
    });
    expect(changes).toMatchObject({ source: 'api-compare', incomplete: false });
    expect(changes.files).toEqual(['apps/moved.yaml', 'apps/new.yaml', 'apps/old.yaml']);
    expect(changes.attribution.kind === 'files' && Object.fromEntries(changes.attribution.byCommit)).toEqual({
      c1: { added: [], modified: [], removed: [] },
      [after]: { added: ['apps/moved.yaml', 'apps/new.yaml'], modified: [], removed: ['apps/old.yaml'] },
    });
    expect(fake.calls).toEqual(['compareCommits']);
  });

  it('sends empty lists when compare is cut at 300 files, and selects from the full tree difference', async () => {
    const many = Array.from({ length: 400 }, (_, i) => `clusters/c${String(i).padStart(3, '0')}/v.yaml`);
    const fake = createFakeGitHub();
    fake.pushChanges(
      many.map((path) => ({ path, status: 'modified' })),
      { before, after },
    );
    const logger = recordingLogger();
    const changes = await collectPushChanges(push({ before, after, commitIds: [after] }), {
      github: fake.github,
      localGit: undefined,
      logger,
    });
    expect(changes.attribution.kind).toBe('unknown');
    expect(changes.files).toHaveLength(400);
    expect(changes).toMatchObject({ source: 'api-trees', incomplete: false });
    expect(logger.lines.join('\n')).toContain('empty file lists');
  });

  it('falls back to the 300 listed files, flagged incomplete, when the trees are too large too', async () => {
    const changed = Array.from({ length: 320 }, (_, i) => ({ path: `f${i}`, status: 'modified' }));
    const fake = createFakeGitHub({ caps: { treeEntries: 100 } });
    fake.pushChanges(changed, { before, after });
    const changes = await collectPushChanges(push({ before, after, commitIds: [after] }), {
      github: fake.github,
      localGit: undefined,
      logger: recordingLogger(),
    });
    expect(changes).toMatchObject({ source: 'api-compare', incomplete: true });
    expect(changes.files).toHaveLength(300);
    expect(changes.attribution.kind).toBe('unknown');
  });

  it('diffs the two trees for a forced push instead of comparing from the merge base', async () => {
    const fake = createFakeGitHub();
    const base = fake.commit({ branch: 'main', files: { 'apps/a.yaml': '1' } });
    fake.commit({ sha: before, parents: [base], files: { 'apps/dropped.yaml': 'd' } });
    fake.commit({ sha: after, parents: [base], files: { 'apps/b.yaml': 'b' } });
    const changes = await collectPushChanges(push({ before, after, forced: true, commitIds: [after] }), {
      github: fake.github,
      localGit: undefined,
      logger: recordingLogger(),
    });
    expect(changes.source).toBe('api-trees');
    expect(changes.files).toEqual(['apps/b.yaml', 'apps/dropped.yaml']);
    expect(fake.calls).not.toContain('compareCommits');
  });

  it('lists every file of a new branch from its tree', async () => {
    const fake = createFakeGitHub();
    fake.commit({ sha: after, parents: [], files: { 'a/1': 'x', 'b/2': 'y' } });
    const changes = await collectPushChanges(push({ before: ZERO, after, commitIds: [after] }), {
      github: fake.github,
      localGit: undefined,
      logger: recordingLogger(),
    });
    expect(changes.files).toEqual(['a/1', 'b/2']);
    expect(changes.attribution.kind).toBe('unknown');
  });
});

function changePathsOf(byCommit: ReadonlyMap<string, FileChanges>): string[] {
  return changedPaths(...byCommit.values());
}
