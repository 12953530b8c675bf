import { describe, expect, it } from 'vitest';
import { buildSyncEntries } from '../../../src/core/tree/build-sync-entries.js';
import { flatTree } from '../../support/flat-tree.js';

const source = 'workspace/nginx';
const target = 'clusters/prod/c1/nginx';
const sync = { source, target, deleted: false };

describe('buildSyncEntries', () => {
  it('copies the source folder as one tree entry when the target does not exist', () => {
    const merged = flatTree({ [`${source}/values.yaml`]: 'a', [`${source}/sub/x.yaml`]: 'x' });
    const result = buildSyncEntries(sync, merged, flatTree({ 'README.md': 'r' }));
    expect(result.strategy).toBe('copy');
    expect(result.entries).toEqual([
      { path: target, mode: '040000', type: 'tree', sha: merged.get(source)!.sha },
    ]);
  });

  it('sends nothing when the target folder already has the source tree', () => {
    const files = { [`${source}/values.yaml`]: 'a', [`${target}/values.yaml`]: 'a' };
    expect(buildSyncEntries(sync, flatTree(files), flatTree(files))).toEqual({
      entries: [],
      strategy: 'unchanged',
    });
  });

  it('copies the folder as one entry when the target only has files the source also has', () => {
    const merged = flatTree({ [`${source}/values.yaml`]: 'new', [`${source}/extra.yaml`]: 'e' });
    const base = flatTree({ [`${target}/values.yaml`]: 'old' });
    expect(buildSyncEntries(sync, merged, base).strategy).toBe('copy');
  });

  it('sends differing files by blob SHA and deletes target-only files when the target has extra files', () => {
    const merged = flatTree({ [`${source}/values.yaml`]: 'new', [`${source}/same.yaml`]: 's' });
    const base = flatTree({
      [`${target}/values.yaml`]: 'old',
      [`${target}/same.yaml`]: 's',
      [`${target}/only-in-target/x.yaml`]: 'x',
    });
    const result = buildSyncEntries(sync, merged, base);
    expect(result.strategy).toBe('files');
    expect(result.entries).toEqual([
      { path: `${target}/only-in-target/x.yaml`, mode: '100644', type: 'blob', sha: null },
      {
        path: `${target}/values.yaml`,
        mode: '100644',
        type: 'blob',
        sha: merged.get(`${source}/values.yaml`)!.sha,
      },
    ]);
  });

  it('deletes every file of the target for a deletion promotion', () => {
    const base = flatTree({ [`${target}/a.yaml`]: 'a', [`${target}/b/c.yaml`]: 'c', 'other/keep.yaml': 'k' });
    const result = buildSyncEntries({ ...sync, deleted: true }, flatTree({}), base);
    expect(result.strategy).toBe('delete');
    expect(result.entries.map((entry) => [entry.path, entry.sha])).toEqual([
      [`${target}/a.yaml`, null],
      [`${target}/b/c.yaml`, null],
    ]);
  });

  it('has nothing to delete when a deleted component was never in the target', () => {
    expect(
      buildSyncEntries({ ...sync, deleted: true }, flatTree({}), flatTree({ 'x/y': 'z' })).strategy,
    ).toBe('unchanged');
  });

  it('refuses a source folder missing from the merged commit instead of emptying the target', () => {
    expect(() => buildSyncEntries(sync, flatTree({}), flatTree({ [`${target}/a`]: 'a' }))).toThrow(
      /not in the merged commit/,
    );
  });
});
