import { describe, expect, it } from 'vitest';
import { splitComment } from '../../../src/core/comments/split-comment.js';
import { computeDrift } from '../../../src/core/drift/compute-drift.js';
import {
  DRIFT_REPORTED_MARKER,
  renderPrChecksComment,
} from '../../../src/core/drift/render-pr-checks-comment.js';
import { acknowledgement, driftInput, rules } from './drift-fixtures.js';

const golden = (name: string) => `../../golden/pr-checks/${name}`;

const context = {
  serverUrl: 'https://github.com',
  owner: 'acme',
  repo: 'iac',
  commitSha: '0123456789abcdef0123456789abcdef01234567',
  defaultBranch: 'main',
  hint: 'The job summary of [the check run](https://github.com/acme/iac/actions/runs/1) shows everything.',
};

const pair = { source: 'workspace/nginx', target: 'clusters/lab/europe-west4/c1/nginx' };
const drifted = computeDrift(
  driftInput({
    pair,
    source: { 'deployment.yaml': 'image: nginx:1.27\n', 'replicas.yaml': 'replicas: 2\n' },
    target: { 'deployment.yaml': 'image: nginx:hotfix\n', 'replicas.yaml': 'replicas: 3\n' },
    rules: rules({ acknowledged: [acknowledgement('^replicas\\.yaml$', 'lab runs three replicas')] }),
  }),
);
const inSync = computeDrift(
  driftInput({ pair, source: { 'deployment.yaml': 'a\n' }, target: { 'deployment.yaml': 'a\n' } }),
);
const preview = '## 🚀 Promotion preview\n\nWhen this PR is merged, Telefonistka opens 1 promotion PR.';

describe('renderPrChecksComment', () => {
  it('renders the drift warning with the preview at the end and a marker that drift was reported', async () => {
    const doc = renderPrChecksComment({ reports: [drifted], context, preview, driftReportedBefore: false });
    const parts = splitComment(doc!);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toContain(DRIFT_REPORTED_MARKER);
    await expect(parts[0]).toMatchFileSnapshot(golden('comment-drift-and-preview.md'));
  });

  it('renders a one-line "no drift" with the preview when drift was never reported', async () => {
    const doc = renderPrChecksComment({ reports: [inSync], context, preview, driftReportedBefore: false });
    const [text] = splitComment(doc!);
    expect(text).not.toContain(DRIFT_REPORTED_MARKER);
    await expect(text).toMatchFileSnapshot(golden('comment-no-drift-preview.md'));
  });

  it('says the drift is gone once it was reported, even without a preview', async () => {
    const doc = renderPrChecksComment({
      reports: [inSync],
      context,
      preview: undefined,
      driftReportedBefore: true,
    });
    const [text] = splitComment(doc!);
    expect(text).toContain(DRIFT_REPORTED_MARKER);
    await expect(text).toMatchFileSnapshot(golden('comment-drift-gone.md'));
  });

  it('has nothing to say without drift, earlier drift or preview', () => {
    expect(
      renderPrChecksComment({ reports: [inSync], context, preview: undefined, driftReportedBefore: false }),
    ).toBe(undefined);
    expect(
      renderPrChecksComment({ reports: [], context, preview: undefined, driftReportedBefore: false }),
    ).toBe(undefined);
  });

  it('says there is nothing to compare when the PR promotes no folder', () => {
    const doc = renderPrChecksComment({ reports: [], context, preview, driftReportedBefore: false });
    expect(doc!.header).toBe('✅ **No drift**: this PR promotes no folder, so there is nothing to compare.');
  });
});
