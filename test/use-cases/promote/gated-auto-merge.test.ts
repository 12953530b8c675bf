import { afterEach, describe, expect, it } from 'vitest';
import { startPromoteHarness, type PromoteHarness } from './promote-harness.js';

let harness: PromoteHarness | undefined;
afterEach(async () => harness?.close());

const config = (gates: string) =>
  [
    'promotionPaths:',
    '  - sourcePath: "workspace/"',
    '    conditions: { autoMerge: true }',
    `    ${gates}`,
    '    promotionPrs:',
    '      - targetPaths: ["clusters/lab/europe-west4/c1/"]',
    '',
  ].join('\n');

describe('promote with gates (issue 15)', () => {
  it('leaves a gated autoMerge promotion PR open with a pending telefonistka/gates status for the sweep', async () => {
    harness = await startPromoteHarness({ config: config('gates: { soak: 2h }') });
    const merged = await harness.mergeChange('bump-nginx', {
      'workspace/nginx/values.yaml': 'replicas: 3\n',
    });
    const result = await harness.promote(merged);
    expect(result.results.map((r) => [r.action, r.merge])).toEqual([['opened', undefined]]);
    // The job summary's promotion graph labels the hop with this gate state.
    expect(result.results.map((r) => r.gated)).toEqual([true]);
    const [open] = await harness.openPromotionPrs();
    expect(open).toBeDefined();
    const statuses = await harness.github().listCommitStatuses(open?.headSha ?? '');
    expect(statuses.filter((s) => s.context === 'telefonistka/gates')).toEqual([
      {
        context: 'telefonistka/gates',
        state: 'pending',
        description: 'gates not evaluated yet: the next sweep decides',
        targetUrl: undefined,
      },
    ]);
  });

  it('still merges an ungated autoMerge promotion PR at once', async () => {
    harness = await startPromoteHarness({ config: config('') });
    const merged = await harness.mergeChange('bump-nginx', {
      'workspace/nginx/values.yaml': 'replicas: 3\n',
    });
    const result = await harness.promote(merged);
    expect(result.results.map((r) => [r.action, r.merge])).toEqual([['merged', 'merged']]);
  });
});
