import { describe, expect, it } from 'vitest';
import { attributeChanges } from '../../../src/core/webhook/attribute-changes.js';
import { changedPaths } from '../../../src/core/webhook/changed-paths.js';
import { classifyChangedFiles } from '../../../src/core/webhook/classify-changed-files.js';
import { diffTreeListings } from '../../../src/core/webhook/diff-tree-listings.js';
import type { FileChanges } from '../../../src/core/webhook/types.js';

const none: FileChanges = { added: [], modified: [], removed: [] };

describe('classifyChangedFiles', () => {
  it('sorts files into push-payload lists, a rename being a removal plus an addition', () => {
    expect(
      classifyChangedFiles([
        { path: 'b/new.yaml', previousPath: 'b/old.yaml', status: 'renamed' },
        { path: 'a/x.yaml', status: 'modified' },
        { path: 'c/copy.yaml', status: 'copied' },
        { path: 'd/gone.yaml', status: 'removed' },
        { path: 'e/link', status: 'changed' },
        { path: 'f/same', status: 'unchanged' },
        { path: 'a/added.yaml', status: 'added' },
      ]),
    ).toEqual({
      added: ['a/added.yaml', 'b/new.yaml', 'c/copy.yaml'],
      modified: ['a/x.yaml', 'e/link'],
      removed: ['b/old.yaml', 'd/gone.yaml'],
    });
  });
});

describe('diffTreeListings', () => {
  const blob = (sha: string, mode = '100644') => ({ type: 'blob', mode, sha });
  it('reports added, modified (content or mode) and removed blobs and skips trees', () => {
    const before = new Map([
      ['a', { type: 'tree', mode: '040000', sha: 't1' }],
      ['a/same', blob('1')],
      ['a/changed', blob('2')],
      ['a/exec', blob('3')],
      ['a/gone', blob('4')],
    ]);
    const after = new Map([
      ['a', { type: 'tree', mode: '040000', sha: 't2' }],
      ['a/same', blob('1')],
      ['a/changed', blob('2b')],
      ['a/exec', blob('3', '100755')],
      ['b/new', blob('5')],
    ]);
    expect(diffTreeListings(before, after)).toEqual({
      added: ['b/new'],
      modified: ['a/changed', 'a/exec'],
      removed: ['a/gone'],
    });
  });
});

describe('attributeChanges', () => {
  it('gives each commit its own lists when per-commit changes are known', () => {
    const perCommit = new Map([
      ['c1', { ...none, added: ['x/a'] }],
      ['c2', { ...none, modified: ['y/b'] }],
    ]);
    const net = { added: ['x/a'], modified: ['y/b'], removed: [] };
    const attribution = attributeChanges({ commitIds: ['c1', 'c2'], headCommitId: 'c2', net, perCommit });
    expect(attribution).toEqual({ kind: 'files', byCommit: perCommit });
  });

  it('adds net changes no commit lists to the head commit (a forced push that dropped commits)', () => {
    const perCommit = new Map([['c1', { ...none, added: ['new/file'] }]]);
    const net = { added: ['new/file'], modified: [], removed: ['dropped/by-force'] };
    const attribution = attributeChanges({ commitIds: ['c1'], headCommitId: 'c1', net, perCommit });
    expect(attribution.kind === 'files' && attribution.byCommit.get('c1')).toEqual({
      added: ['new/file'],
      modified: [],
      removed: ['dropped/by-force'],
    });
  });

  it('puts the whole net change on the head commit without per-commit changes', () => {
    const net = { added: ['a'], modified: ['m'], removed: ['r'] };
    const attribution = attributeChanges({
      commitIds: ['c1', 'c2', 'c3'],
      headCommitId: 'c3',
      net,
      perCommit: undefined,
    });
    expect(attribution.kind === 'files' && Object.fromEntries(attribution.byCommit)).toEqual({
      c1: none,
      c2: none,
      c3: net,
    });
  });

  it('uses the last commit when head_commit is not among the commits', () => {
    const net = { added: ['a'], modified: [], removed: [] };
    const attribution = attributeChanges({
      commitIds: ['c1', 'c2'],
      headCommitId: undefined,
      net,
      perCommit: undefined,
    });
    expect(attribution.kind === 'files' && attribution.byCommit.get('c2')).toEqual(net);
  });

  it('is unknown when the payload has no commits to carry files', () => {
    expect(attributeChanges({ commitIds: [], headCommitId: 'h', net: none, perCommit: undefined }).kind).toBe(
      'unknown',
    );
  });

  it('keeps the union of the lists equal to the net change plus per-commit paths', () => {
    const perCommit = new Map([
      ['c1', { ...none, added: ['tmp/file'] }],
      ['c2', { ...none, removed: ['tmp/file'] }],
    ]);
    const net = { added: ['z'], modified: [], removed: [] };
    const attribution = attributeChanges({ commitIds: ['c1', 'c2'], headCommitId: 'c2', net, perCommit });
    expect(attribution.kind === 'files' && changedPaths(...attribution.byCommit.values())).toEqual([
      'tmp/file',
      'z',
    ]);
  });
});
