// Moved in-process from the bundle tests (issue 14 item 1): second hops carry the history and the original
// author; prod targets per cluster or grouped with quick_promotion; block-listed targets are left out.
import { afterEach, describe, expect, it } from 'vitest';
import { parsePromotionMetadata } from '../../../src/core/promotion/parse-promotion-metadata.js';
import { OWNER, REPO, startPromoteEventHarness, type PromoteEventHarness } from './promote-event-harness.js';

let harness: PromoteEventHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const STAGING = ['clusters/staging/europe-west4/c1/nginx', 'clusters/staging/us-central1/c1/nginx'];

describe('promote use-case, chained hops', { timeout: 90_000 }, () => {
  it('carries the history and the original author into the second hop', async () => {
    const h = (harness = await startPromoteEventHarness());
    const merged = await h.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    const original = merged.number as number;
    const labPr = (await h.promote(merged)).results[0]!.number!;
    const stagingRun = await h.promote(await h.mergeAsUser(labPr));
    expect(stagingRun.failures).toEqual([]);
    const [result] = stagingRun.results;
    expect(result).toMatchObject({ action: 'opened', targets: STAGING });
    const pr = await h.emulator.getPullRequest(OWNER, REPO, result!.number!);
    expect(pr.title).toBe('🚀 Promotion: nginx ➡️  Staging clusters');
    expect(pr.assignees).toEqual(['alice']);
    expect(pr.head).toMatch(
      new RegExp(`^promotions/${labPr}-promotions-${original}-feature-nginx-[0-9a-f]{12}-[0-9a-f]{12}$`),
    );
    expect(parsePromotionMetadata(pr.body ?? '')).toMatchObject({
      originalPrAuthor: 'alice',
      originalPrNumber: original,
      promotedPaths: STAGING,
      previousPromotionPaths: {
        [String(original)]: { sourcePath: 'workspace/', targetPaths: ['clusters/lab/europe-west4/c1/'] },
        [String(labPr)]: {
          sourcePath: 'clusters/lab/europe-west4/c1/',
          targetPaths: ['clusters/staging/europe-west4/c1/', 'clusters/staging/us-central1/c1/'],
        },
      },
    });
    expect((pr.body ?? '').startsWith('Promotion path(nginx):\n\n↘️  #')).toBe(true);
    for (const target of STAGING) {
      expect(await h.emulator.readFile(OWNER, REPO, pr.head, `${target}/deployment.yaml`)).toBe('v2\n');
    }
  });

  it('opens one PR per prod cluster without the label and one grouped PR with quick_promotion', async () => {
    const h = (harness = await startPromoteEventHarness());
    const perCluster = await h.promote(
      await h.mergeChange('staging-change', {
        'clusters/staging/us-central1/c1/nginx/deployment.yaml': 'v5\n',
      }),
    );
    expect(perCluster.failures).toEqual([]);
    expect(perCluster.results.map((r) => r.targets)).toEqual([
      ['clusters/prod/europe-west4/c2/nginx'],
      ['clusters/prod/us-west1/c2/nginx'],
    ]);
    const grouped = await h.promote(
      await h.mergeChange(
        'quick',
        { 'clusters/staging/us-central1/c1/nginx/deployment.yaml': 'v6\n' },
        { labels: ['quick_promotion'] },
      ),
    );
    expect(grouped.failures).toEqual([]);
    const [result] = grouped.results;
    expect(result!.targets).toEqual([
      'clusters/prod/europe-west4/c2/nginx',
      'clusters/prod/us-west1/c2/nginx',
    ]);
    const pr = await h.emulator.getPullRequest(OWNER, REPO, result!.number!);
    expect(pr.title).toBe('🚀 Promotion: nginx ➡️  Production clusters');
    expect(
      await h.emulator.readFile(OWNER, REPO, pr.head, 'clusters/prod/us-west1/c2/nginx/deployment.yaml'),
    ).toBe('v6\n');
  });

  it('leaves out targets that the component block list names', async () => {
    const h = (harness = await startPromoteEventHarness());
    const run = await h.promote(
      await h.mergeChange('podinfo', {
        'clusters/staging/us-central1/c1/podinfo/values.yaml': 'replicaCount: 3\n',
      }),
    );
    expect(run.failures).toEqual([]);
    expect(run.results.map((r) => r.targets)).toEqual([['clusters/prod/us-west1/c2/podinfo']]);
    const blocked = run.plan.promotions.find((p) => p.key.includes('europe-west4'));
    expect(blocked?.skippedTargets).toEqual({ podinfo: ['clusters/prod/europe-west4/c2/'] });
    expect(
      await h.emulator.readFile(OWNER, REPO, 'main', 'clusters/prod/europe-west4/c2/podinfo/values.yaml'),
    ).toContain('replicaCount: 1');
  });
});
