import { afterEach, describe, expect, it } from 'vitest';
import { parsePromotionMetadata } from '../../../src/core/promotion/parse-promotion-metadata.js';
import { OWNER, REPO, startPromoteHarness, type PromoteHarness } from './promote-harness.js';

let harness: PromoteHarness;
afterEach(async () => harness.close());

const COUNT = 5000;
const name = (i: number) => `svc-${String(i).padStart(5, '0')}`;

describe('promote: large promotions (issue 17 item 12)', { timeout: 600_000 }, () => {
  it('opens the PR of a 5,000-component promotion, with readable metadata and a cut description', async () => {
    harness = await startPromoteHarness();
    const files: Record<string, string> = {};
    for (let i = 0; i < COUNT; i++) files[`workspace/${name(i)}/values.yaml`] = 'replicas: 1\n';
    const merged = await harness.mergeChange('many', files);
    const run = await harness.promote(merged);
    expect(run.results.map((r) => r.action)).toEqual(['opened']);
    const [pr] = await harness.openPromotionPrs();
    expect(pr!.body!.length).toBeLessThanOrEqual(65_536);
    expect(pr!.body).toContain("This description was cut to fit GitHub's 65,536-character limit");
    const metadata = parsePromotionMetadata(pr!.body!);
    expect(metadata?.promotedPaths).toHaveLength(COUNT);
    expect(metadata?.promotedPaths[COUNT - 1]).toBe(`clusters/lab/europe-west4/c1/${name(COUNT - 1)}`);
    expect(pr!.labels).toEqual(['promotion', 'gitops']);
    const promoted = await harness.emulator.listFiles(OWNER, REPO, pr!.head, 'clusters/lab/europe-west4/c1');
    expect(promoted.filter((path) => path.endsWith('/values.yaml') && path.includes('/svc-'))).toHaveLength(
      COUNT,
    );
  });
});
