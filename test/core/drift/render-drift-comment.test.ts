import { describe, expect, it } from 'vitest';
import { splitComment } from '../../../src/core/comments/split-comment.js';
import { computeDrift } from '../../../src/core/drift/compute-drift.js';
import { hasDrift, renderDriftComment } from '../../../src/core/drift/render-drift-comment.js';
import type { DriftReport } from '../../../src/core/drift/types.js';
import { compileRegex } from '../../../src/core/regex/compile-regex.js';
import { acknowledgement, driftInput, rules } from './drift-fixtures.js';

const context = {
  serverUrl: 'https://github.com',
  owner: 'AnOwner',
  repo: 'Arepo',
  commitSha: '0123456789abcdef0123456789abcdef01234567',
  defaultBranch: 'main',
  hint: 'See the job summary of [this run](https://github.com/AnOwner/Arepo/actions/runs/1) for everything.',
};

const goData = computeDrift(
  driftInput({
    source: { 'file-1.text': 'File A content\n' },
    target: { 'file-1.text': 'File B content\n' },
  }),
);

const prod = computeDrift(
  driftInput({
    pair: { source: 'clusters/staging/us-central1/c1/nginx', target: 'clusters/prod/us-west1/c2/nginx' },
    source: {
      'values.yaml': 'image: nginx:1.27\nreplicas: 2\n# stamp a\n',
      'new-config.yaml': 'new\n',
      'README.md': 'docs\n',
      'hpa.yaml': 'max: 4\n',
    },
    target: {
      'values.yaml': 'image: nginx:1.26\nreplicas: 2\n# stamp b\n',
      'hotfix.yaml': 'hot\n',
      'README.md': 'other docs\n',
      'hpa.yaml': 'max: 10\n',
    },
    rules: rules({
      ignoreFiles: [compileRegex('\\.md$')],
      ignoreLines: [compileRegex('^# stamp')],
      acknowledged: [
        acknowledgement('^hpa\\.yaml$', 'prod needs more pods', '2026-12-31'),
        acknowledgement('^hotfix\\.yaml$', 'incident 42 hotfix', '2026-04-01'),
      ],
    }),
    today: '2026-05-01',
  }),
);

const missingTarget = computeDrift(
  driftInput({
    pair: { source: 'workspace/nginx', target: 'clusters/dev/us-east4/c2/nginx' },
    source: { 'values.yaml': 'a\n' },
    target: undefined,
  }),
);

const acknowledgedOnly = computeDrift(
  driftInput({
    pair: { source: 'workspace/nginx', target: 'clusters/lab/europe-west4/c1/nginx' },
    source: { 'values.yaml': 'replicas: 1\n' },
    target: { 'values.yaml': 'replicas: 3\n' },
    rules: rules({
      acknowledged: [acknowledgement('^values\\.yaml$', 'lab runs three replicas', undefined)],
    }),
  }),
);

function render(reports: DriftReport[]): string {
  const parts = splitComment(renderDriftComment(reports, context));
  expect(parts).toHaveLength(1);
  return parts[0]!;
}

describe('renderDriftComment', () => {
  it.each([
    { name: 'go-data', reports: [goData] },
    { name: 'pairs-sorted-expired-intended-ignored', reports: [prod, missingTarget, acknowledgedOnly] },
    { name: 'missing-target', reports: [missingTarget] },
    { name: 'no-drift-any-more', reports: [acknowledgedOnly] },
    { name: 'no-drift-nothing-compared', reports: [] },
  ])('renders the $name comment like its golden file', async ({ name, reports }) => {
    await expect(render(reports)).toMatchFileSnapshot(`../../golden/drift/${name}.md`);
  });

  it('starts with the Go bot tag and the drift marker', () => {
    expect(render([goData]).split('\n').slice(0, 3)).toEqual([
      '<!-- telefonistka_tag -->',
      '<!-- telefonistka:drift -->',
      '<!-- telefonistka:drift:part:1 -->',
    ]);
  });

  it('orders pairs by source and target whatever the input order', () => {
    expect(render([prod, missingTarget, acknowledgedOnly])).toBe(
      render([missingTarget, acknowledgedOnly, prod]),
    );
  });

  it('pins blame links to the compared commit', () => {
    expect(render([goData])).toContain(
      '(https://github.com/AnOwner/Arepo/blame/0123456789abcdef0123456789abcdef01234567/source-path/file-1.text)',
    );
  });
});

describe('hasDrift', () => {
  it.each([
    {
      name: 'true when a pair has a difference that warns',
      reports: [goData, acknowledgedOnly],
      expected: true,
    },
    { name: 'false when only intended differences remain', reports: [acknowledgedOnly], expected: false },
    { name: 'false for no pairs', reports: [], expected: false },
  ])('is $name', ({ reports, expected }) => {
    expect(hasDrift(reports)).toBe(expected);
  });
});
