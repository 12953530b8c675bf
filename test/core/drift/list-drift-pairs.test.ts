import { describe, expect, it } from 'vitest';
import { driftReportsJson } from '../../../src/core/drift/drift-reports-json.js';
import { listDriftPairs } from '../../../src/core/drift/list-drift-pairs.js';
import { computeDrift } from '../../../src/core/drift/compute-drift.js';
import { compileRegex } from '../../../src/core/regex/compile-regex.js';
import { acknowledgement, driftInput, rules } from './drift-fixtures.js';
import { planOf } from '../promotion/preview-fixtures.js';

describe('listDriftPairs', () => {
  it('lists every synced and deleted pair once, sorted by source then target', () => {
    const { plan } = planOf({
      files: [
        'workspace/nginx/a.yaml',
        'workspace/gone/a.yaml',
        'clusters/staging/us-central1/c1/nginx/a.yaml',
      ],
      existing: [
        'workspace/nginx',
        'clusters/lab/europe-west4/c1/gone',
        'clusters/staging/us-central1/c1/nginx',
      ],
    });
    expect(listDriftPairs(plan)).toEqual([
      { source: 'clusters/staging/us-central1/c1/nginx', target: 'clusters/prod/europe-west4/c2/nginx' },
      { source: 'clusters/staging/us-central1/c1/nginx', target: 'clusters/prod/us-west1/c2/nginx' },
      { source: 'workspace/gone', target: 'clusters/lab/europe-west4/c1/gone' },
      { source: 'workspace/nginx', target: 'clusters/lab/europe-west4/c1/nginx' },
    ]);
  });
});

describe('driftReportsJson', () => {
  it('lists the paths of each kind of difference, acknowledgements and what was ignored', () => {
    const report = computeDrift(
      driftInput({
        pair: { source: 's', target: 't' },
        source: {
          'a.yaml': 'a\n',
          'b.yaml': '# x 1\nb\n',
          'c.md': 'c\n',
          'only.yaml': 'o\n',
          'ack.yaml': '1\n',
        },
        target: {
          'a.yaml': 'A\n',
          'b.yaml': '# x 2\nb\n',
          'c.md': 'C\n',
          'extra.yaml': 'e\n',
          'ack.yaml': '2\n',
        },
        rules: rules({
          ignoreFiles: [compileRegex('\\.md$')],
          ignoreLines: [compileRegex('^# x')],
          acknowledged: [acknowledgement('^ack', 'intended', '2026-12-31')],
        }),
      }),
    );
    expect(driftReportsJson([report], 'c0ffee')).toEqual({
      version: 1,
      commit: 'c0ffee',
      drifted: true,
      pairs: [
        {
          source: 's',
          target: 't',
          inSync: false,
          missingFolder: null,
          onlyInSource: ['only.yaml'],
          onlyInTarget: ['extra.yaml'],
          changed: ['a.yaml'],
          intended: [{ path: 'ack.yaml', reason: 'intended', expires: '2026-12-31' }],
          ignoredFiles: ['c.md'],
          equalBesideIgnoredLines: ['b.yaml'],
        },
      ],
    });
  });
});
