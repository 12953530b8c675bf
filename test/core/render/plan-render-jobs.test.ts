import { describe, expect, it } from 'vitest';
import { planRenderJobs } from '../../../src/core/render/plan-render-jobs.js';
import { renderTreeKey } from '../../../src/core/render/render-tree-key.js';
import type { RenderJob } from '../../../src/core/render/types.js';

const base = 'b'.repeat(40);
const head = 'h'.repeat(40);

const describeJob = (job: RenderJob) => ({
  kind: job.kind,
  path: job.path,
  source: job.sourcePath,
  removes: job.removesTarget,
  base: [job.base.tree.revision, job.base.tree.replacements.length, job.base.path],
  head: [
    job.head.tree.revision,
    job.head.tree.replacements.map((r) => `${r.path}<-${r.from?.path ?? 'removed'}`),
    job.head.path,
  ],
});

describe('planRenderJobs', () => {
  it('renders each changed folder at base and head, followed by its targets now and after the promotion', () => {
    const jobs = planRenderJobs({
      base,
      head,
      changedPaths: ['staging/b', 'staging/a/'],
      syncPaths: [
        { source: 'staging/a', target: 'prod/eu/a', deleted: false },
        { source: 'staging/a', target: 'prod/us/a', deleted: false },
        { source: 'staging/b', target: 'prod/eu/b', deleted: true },
      ],
    });
    const after = ['prod/eu/a<-staging/a', 'prod/eu/b<-removed', 'prod/us/a<-staging/a'];
    expect(jobs.map(describeJob)).toEqual([
      {
        kind: 'changed',
        path: 'staging/a',
        source: undefined,
        removes: false,
        base: [base, 0, 'staging/a'],
        head: [head, [], 'staging/a'],
      },
      {
        kind: 'downstream',
        path: 'prod/eu/a',
        source: 'staging/a',
        removes: false,
        base: [base, 0, 'prod/eu/a'],
        head: [head, after, 'prod/eu/a'],
      },
      {
        kind: 'downstream',
        path: 'prod/us/a',
        source: 'staging/a',
        removes: false,
        base: [base, 0, 'prod/us/a'],
        head: [head, after, 'prod/us/a'],
      },
      {
        kind: 'changed',
        path: 'staging/b',
        source: undefined,
        removes: false,
        base: [base, 0, 'staging/b'],
        head: [head, [], 'staging/b'],
      },
      {
        kind: 'downstream',
        path: 'prod/eu/b',
        source: 'staging/b',
        removes: true,
        base: [base, 0, 'prod/eu/b'],
        head: [head, after, 'prod/eu/b'],
      },
    ]);
  });

  it('puts nested targets into separate after-promotion trees', () => {
    const jobs = planRenderJobs({
      base,
      head,
      changedPaths: ['dev/app'],
      syncPaths: [
        { source: 'dev/app', target: 'prod/app', deleted: false },
        { source: 'dev/app', target: 'prod/app/nested', deleted: false },
        { source: 'dev/app', target: 'qa/app', deleted: false },
      ],
    });
    const trees = jobs.filter((j) => j.kind === 'downstream').map((j) => renderTreeKey(j.head.tree));
    expect(trees[0]).toBe(trees[2]);
    expect(trees[1]).not.toBe(trees[0]);
  });

  it('keeps the first pair of a target planned twice', () => {
    const jobs = planRenderJobs({
      base,
      head,
      changedPaths: ['a/x', 'b/x'],
      syncPaths: [
        { source: 'a/x', target: 'prod/x', deleted: false },
        { source: 'b/x', target: 'prod/x', deleted: false },
      ],
    });
    expect(jobs.filter((j) => j.kind === 'downstream').map((j) => j.sourcePath)).toEqual(['a/x']);
  });

  it('renders the promoted folders of a promotion PR at base and head only', () => {
    const jobs = planRenderJobs({ base, head, changedPaths: ['prod/b/', 'prod/a'], syncPaths: [] });
    expect(jobs.map((j) => [j.kind, j.path])).toEqual([
      ['changed', 'prod/a'],
      ['changed', 'prod/b'],
    ]);
  });

  it('still lists a target whose source is not among the changed folders', () => {
    const jobs = planRenderJobs({
      base,
      head,
      changedPaths: [],
      syncPaths: [{ source: 'dev/app', target: 'prod/app', deleted: false }],
    });
    expect(jobs.map((j) => [j.kind, j.path])).toEqual([['downstream', 'prod/app']]);
  });
});

describe('renderTreeKey', () => {
  it('is equal for the same replacements in any order and differs for another revision', () => {
    const r1 = { path: 'a', from: { revision: head, path: 'x' } };
    const r2 = { path: 'b', from: undefined };
    expect(renderTreeKey({ revision: head, replacements: [r1, r2] })).toBe(
      renderTreeKey({ revision: head, replacements: [r2, r1] }),
    );
    expect(renderTreeKey({ revision: base, replacements: [] })).not.toBe(
      renderTreeKey({ revision: head, replacements: [] }),
    );
  });
});
