import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/ports/logger.js';
import type { RepoSnapshotPort } from '../../../src/ports/repo-snapshot-port.js';
import { detectDrift } from '../../../src/use-cases/pr-checks/detect-drift.js';
import { treeIndexOf } from '../../core/drift/drift-fixtures.js';

const FILES: Record<string, string> = {
  'workspace/a/same.yaml': 'same\n',
  'workspace/a/changed.yaml': 'one\n',
  'workspace/b/x.yaml': 'x\n',
  'lab/a/same.yaml': 'same\n',
  'lab/a/changed.yaml': 'two\n',
  'lab/a/extra.yaml': 'extra\n',
  'lab/b/x.yaml': 'x\n',
  'prod/a/same.yaml': 'same\n',
  'prod/a/changed.yaml': 'two\n',
};

/** A snapshot over FILES that records which paths were read. */
function recordingSnapshot(): { snapshot: RepoSnapshotPort; reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    snapshot: {
      source: 'api',
      readTree: () => Promise.reject(new Error('the tree is passed in')),
      readFile: (_commit, path) => {
        reads.push(path);
        return Promise.resolve(FILES[path]);
      },
    },
  };
}

const input = (maxContentReads: number) => ({
  pairs: [
    { source: 'workspace/a', target: 'lab/a' },
    { source: 'workspace/a', target: 'prod/a' },
    { source: 'workspace/b', target: 'lab/b' },
  ],
  tree: treeIndexOf(FILES),
  commit: 'c0ffee',
  rules: { ignoreFiles: [], ignoreLines: [] },
  acknowledgedFor: () => [],
  today: '2026-05-01',
  maxContentReads,
});

describe('detectDrift', () => {
  it('reads only the blobs that differ, each once, and skips pairs with equal tree SHAs', async () => {
    const { snapshot, reads } = recordingSnapshot();
    const found = await detectDrift(input(100), { snapshot, logger: silentLogger });
    expect(reads.sort()).toEqual(['lab/a/changed.yaml', 'workspace/a/changed.yaml']);
    expect(found.contentReads).toBe(2);
    expect(found.reports.map((r) => [r.pair.target, r.inSync])).toEqual([
      ['lab/a', false],
      ['prod/a', false],
      ['lab/b', true],
    ]);
    expect(found.reports[1]!.changed[0]!.diff).toContain('+two');
  });

  it('lists files beyond the read budget without a diff', async () => {
    const { snapshot, reads } = recordingSnapshot();
    const found = await detectDrift(input(0), { snapshot, logger: silentLogger });
    expect(reads).toEqual([]);
    expect(found.contentsSkipped).toBe(2);
    expect(found.reports[0]!.changed[0]).toMatchObject({
      path: 'changed.yaml',
      diffUnavailable: 'content-missing',
    });
    expect(found.reports[0]!.onlyInTarget.map((e) => e.path)).toEqual(['extra.yaml']);
  });
});
