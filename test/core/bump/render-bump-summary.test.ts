import { describe, expect, it } from 'vitest';
import { renderBumpSummary } from '../../../src/core/bump/render-bump-summary.js';
import type { BumpResult } from '../../../src/core/bump/bump-result.js';

const base: BumpResult = {
  result: 'updated',
  changed: true,
  pullRequest: { number: 7, url: 'https://github.com/acme/iac/pull/7' },
  branch: 'artifact_version_bump/acme/api/1111111111111111111111111111111111111111',
  defaultBranch: 'main',
  merge: 'merged',
  mergeError: undefined,
  files: [
    {
      path: 'apps/api/values.yaml',
      created: false,
      diff: '--- a/apps/api/values.yaml\n+++ b/apps/api/values.yaml\n@@ -1,2 +1,2 @@\n image:\n-  tag: "1.0"\n+  tag: "1.1" # ```\n',
    },
    { path: 'apps/api/VERSION', created: true, diff: undefined },
  ],
  superseded: ['1111111111111111111111111111111111111111'],
  warnings: ['#7: could not assign renovate[bot] (bots and users without access cannot be assignees)'],
};

describe('renderBumpSummary', () => {
  it('shows the PR, the diffs in safe fences, superseded bumps, warnings and API calls', async () => {
    const summary = renderBumpSummary(base, { targetRepo: 'acme/iac', apiCalls: 8, graphqlCalls: 3 });
    expect(summary).toContain('````diff\n');
    await expect(summary).toMatchFileSnapshot('../../golden/bump/summary-updated.golden.md');
  });

  it('says plainly that nothing changed', () => {
    const summary = renderBumpSummary(
      {
        ...base,
        result: 'no-change',
        changed: false,
        pullRequest: undefined,
        files: [],
        superseded: [],
        warnings: [],
        merge: 'none',
      },
      { targetRepo: 'acme/iac', apiCalls: 1, graphqlCalls: 1 },
    );
    expect(summary).toContain('No change: `acme/iac` (main) already has this version. No PR was opened.');
  });

  it('reports a failed auto-merge', () => {
    const summary = renderBumpSummary(
      { ...base, merge: 'none', mergeError: 'At least 1 approving review is required' },
      { targetRepo: 'acme/iac', apiCalls: 7, graphqlCalls: 1 },
    );
    expect(summary).toContain('**Auto-merge failed:** At least 1 approving review is required');
  });
});
