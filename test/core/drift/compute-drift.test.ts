import { describe, expect, it } from 'vitest';
import { computeDrift } from '../../../src/core/drift/compute-drift.js';
import { listDriftCandidates } from '../../../src/core/drift/list-drift-candidates.js';
import type { DriftReport } from '../../../src/core/drift/types.js';
import { compileRegex } from '../../../src/core/regex/compile-regex.js';
import { acknowledgement, blobSha, driftInput, folder, rules } from './drift-fixtures.js';

/** The parts of a report a reader looks at: which paths land in which list. */
function outline(report: DriftReport) {
  return {
    inSync: report.inSync,
    missingFolder: report.missingFolder,
    onlyInSource: report.onlyInSource.map((entry) => entry.path),
    onlyInTarget: report.onlyInTarget.map((entry) => entry.path),
    changed: report.changed.map((entry) => entry.path),
    intended: report.intended.map((entry) => entry.path),
    ignoredFiles: report.ignoredFiles,
    equalBesideIgnoredLines: report.equalBesideIgnoredLines,
  };
}

const empty = {
  inSync: true,
  missingFolder: undefined,
  onlyInSource: [],
  onlyInTarget: [],
  changed: [],
  intended: [],
  ignoredFiles: [],
  equalBesideIgnoredLines: [],
};

describe('computeDrift', () => {
  it.each([
    {
      name: 'reports no drift for identical folders',
      input: driftInput({ source: { 'a.yaml': 'a\n' }, target: { 'a.yaml': 'a\n' } }),
      expected: empty,
    },
    {
      name: 'lists files only in the source, only in the target and changed, each sorted',
      input: driftInput({
        source: { 'z.yaml': 'z\n', 'b/c.yaml': 'c\n', 'same.yaml': 's\n', 'x.yaml': '1\n', 'a.yaml': '1\n' },
        target: { 'y.yaml': 'y\n', 'b/a.yaml': 'a\n', 'same.yaml': 's\n', 'x.yaml': '2\n', 'a.yaml': '2\n' },
      }),
      expected: {
        ...empty,
        inSync: false,
        onlyInSource: ['b/c.yaml', 'z.yaml'],
        onlyInTarget: ['b/a.yaml', 'y.yaml'],
        changed: ['a.yaml', 'x.yaml'],
      },
    },
    {
      name: 'leaves out files matching driftDetectionIgnoreFiles',
      input: driftInput({
        source: { 'values.yaml': '1\n', 'README.md': 'a\n', 'docs/x.md': 'x\n' },
        target: { 'values.yaml': '1\n', 'README.md': 'b\n' },
        rules: rules({ ignoreFiles: [compileRegex('\\.md$')] }),
      }),
      expected: { ...empty, ignoredFiles: ['README.md', 'docs/x.md'] },
    },
    {
      name: 'reports no drift when files differ only in ignored lines',
      input: driftInput({
        source: { 'values.yaml': '# generated 2026-01-01\nreplicas: 2\n' },
        target: { 'values.yaml': '# generated 2026-02-02\nreplicas: 2\n' },
        rules: rules({ ignoreLines: [compileRegex('^# generated')] }),
      }),
      expected: { ...empty, equalBesideIgnoredLines: ['values.yaml'] },
    },
    {
      name: 'moves differences matching an unexpired acknowledgement to intended',
      input: driftInput({
        source: { 'values.yaml': 'replicas: 2\n', 'extra.yaml': 'e\n' },
        target: { 'values.yaml': 'replicas: 5\n' },
        rules: rules({
          acknowledged: [acknowledgement('^(values|extra)\\.yaml$', 'prod is bigger', '2026-05-01')],
        }),
        today: '2026-05-01',
      }),
      expected: { ...empty, intended: ['extra.yaml', 'values.yaml'] },
    },
    {
      name: 'warns again about differences whose acknowledgement expired',
      input: driftInput({
        source: { 'values.yaml': 'replicas: 2\n' },
        target: { 'values.yaml': 'replicas: 5\n' },
        rules: rules({ acknowledged: [acknowledgement('^values\\.yaml$', 'prod is bigger', '2026-04-30')] }),
        today: '2026-05-01',
      }),
      expected: { ...empty, inSync: false, changed: ['values.yaml'] },
    },
    {
      name: 'lists every source file when the target folder is missing',
      input: driftInput({ source: { 'a.yaml': 'a\n', 'b.yaml': 'b\n' }, target: undefined }),
      expected: { ...empty, inSync: false, missingFolder: 'target', onlyInSource: ['a.yaml', 'b.yaml'] },
    },
    {
      name: 'reports no drift when both folders are missing',
      input: driftInput({ source: undefined, target: undefined }),
      expected: { ...empty, missingFolder: 'both' },
    },
  ])('$name', ({ input, expected }) => {
    expect(outline(computeDrift(input))).toEqual(expected);
  });

  it('does not list files when the folder tree SHAs are equal', () => {
    const input = driftInput({ source: { 'a.yaml': 'a\n' }, target: { 'a.yaml': 'b\n' } });
    const sameTree = {
      ...input,
      trees: { ...input.trees, target: { ...input.trees.target, treeSha: input.trees.source.treeSha } },
    };
    expect(outline(computeDrift(sameTree))).toEqual(empty);
  });

  it('renders the unified diff of a changed file byte-compatible with the Go bot', () => {
    const report = computeDrift(
      driftInput({
        source: { 'file-1.text': 'File A content\n' },
        target: { 'file-1.text': 'File B content\n' },
      }),
    );
    expect(report.changed[0]?.diff).toBe(
      '--- source-path/file-1.text\n+++ target-path/file-1.text\n@@ -1 +1 @@\n-File A content\n+File B content\n',
    );
  });

  it('diffs with three lines of context and marks a missing final newline', () => {
    const source = 'a\nb\nc\nd\ne\nf\ng\nh';
    const target = 'a\nb\nc\nd\nE\nf\ng\nh\n';
    const report = computeDrift(driftInput({ source: { f: source }, target: { f: target } }));
    expect(report.changed[0]?.diff).toBe(
      [
        '--- source-path/f',
        '+++ target-path/f',
        '@@ -2,7 +2,7 @@',
        ' b',
        ' c',
        ' d',
        '-e',
        '+E',
        ' f',
        ' g',
        '-h',
        '\\ No newline at end of file',
        '+h',
        '',
      ].join('\n'),
    );
  });

  it('leaves ignored lines out of the diff and says so', () => {
    const report = computeDrift(
      driftInput({
        source: { 'v.yaml': '# stamp 1\nreplicas: 2\n' },
        target: { 'v.yaml': '# stamp 2\nreplicas: 3\n' },
        rules: rules({ ignoreLines: [compileRegex('^# stamp')] }),
      }),
    );
    expect(report.changed[0]).toMatchObject({
      linesIgnored: true,
      diff: '--- source-path/v.yaml\n+++ target-path/v.yaml\n@@ -1 +1 @@\n-replicas: 2\n+replicas: 3\n',
    });
  });

  it('holds an acknowledgement through its expiry day even when today is a full timestamp', () => {
    const report = computeDrift(
      driftInput({
        source: { 'values.yaml': '1\n' },
        target: { 'values.yaml': '2\n' },
        rules: rules({
          acknowledged: [acknowledgement('^values\\.yaml$', 'until the end of May', '2026-05-31')],
        }),
        today: '2026-05-31T23:59:59Z',
      }),
    );
    expect(outline(report)).toMatchObject({ inSync: true, intended: ['values.yaml'] });
  });

  it('keeps the expired acknowledgement on the difference it matched', () => {
    const report = computeDrift(
      driftInput({
        source: { 'values.yaml': '1\n' },
        target: {},
        rules: rules({ acknowledged: [acknowledgement('^values\\.yaml$', 'temporary', '2026-01-31')] }),
        today: '2026-02-01',
      }),
    );
    expect(report.onlyInSource[0]?.acknowledgement).toEqual({
      pathText: '^values\\.yaml$',
      reason: 'temporary',
      expires: '2026-01-31',
      expired: true,
    });
  });

  it.each([
    { name: 'binary content', source: 'a\u0000b', target: 'a\u0000c', contents: true, expected: 'binary' },
    {
      name: 'content the caller did not fetch',
      source: 'a\n',
      target: 'b\n',
      contents: false,
      expected: 'content-missing',
    },
  ])('gives no diff for $name', ({ source, target, contents, expected }) => {
    const input = driftInput({ source: { f: source }, target: { f: target } });
    const report = computeDrift(contents ? input : { ...input, contents: new Map() });
    expect(report.changed[0]).toMatchObject({ diff: undefined, diffUnavailable: expected });
  });

  it('skips diffs when they are not wanted', () => {
    const input = driftInput({ source: { f: 'a\n' }, target: { f: 'b\n' }, withDiffs: false });
    const report = computeDrift({ ...input, contents: new Map() });
    expect(report.changed[0]).toMatchObject({ diff: undefined, diffUnavailable: 'not-requested' });
  });
});

describe('listDriftCandidates', () => {
  it('asks for both blobs of every changed, not ignored file, each blob once, sorted by SHA', () => {
    const source = { 'a.yaml': 'one\n', 'b.yaml': 'one\n', 'c.md': 'x\n', 'only.yaml': 'o\n' };
    const target = { 'a.yaml': 'two\n', 'b.yaml': 'two\n', 'c.md': 'y\n' };
    const input = driftInput({ source, target, rules: rules({ ignoreFiles: [compileRegex('\\.md$')] }) });
    const expected = [
      { sha: blobSha('one\n'), path: 'source-path/a.yaml' },
      { sha: blobSha('two\n'), path: 'target-path/a.yaml' },
    ].sort((a, b) => (a.sha < b.sha ? -1 : 1));
    expect(listDriftCandidates(input)).toEqual(expected);
  });

  it('asks for nothing when the folder tree SHAs are equal', () => {
    const trees = {
      source: folder({ a: '1\n' }),
      target: { ...folder({ a: '2\n' }), treeSha: folder({ a: '1\n' }).treeSha },
    };
    expect(listDriftCandidates({ pair: { source: 's', target: 't' }, trees, rules: rules() })).toEqual([]);
  });

  it.each([
    {
      name: 'asks for nothing when diffs are not wanted and no line is ignored',
      ignoreLines: [],
      expected: 0,
    },
    {
      name: 'still asks when lines are ignored, to compare without them',
      ignoreLines: [compileRegex('^#')],
      expected: 2,
    },
  ])('$name', ({ ignoreLines, expected }) => {
    const input = driftInput({
      source: { a: '1\n' },
      target: { a: '2\n' },
      withDiffs: false,
      rules: rules({ ignoreLines }),
    });
    expect(listDriftCandidates(input)).toHaveLength(expected);
  });
});
