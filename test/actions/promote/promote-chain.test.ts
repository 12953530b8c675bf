import { afterEach, describe, expect, it } from 'vitest';
import { parsePromotionMetadata } from '../../../src/core/promotion/parse-promotion-metadata.js';
import { OWNER, REPO, startPromoteFixture, type PromoteFixture } from './promote-fixture.js';

let fixture: PromoteFixture;
afterEach(async () => fixture.close());

const prsOf = (run: { outputs: Record<string, string> }) => JSON.parse(run.outputs['pull-requests'] ?? '[]');
const STAGING = ['clusters/staging/europe-west4/c1/nginx', 'clusters/staging/us-central1/c1/nginx'];

async function firstTwoHops() {
  const merged = await fixture.mergeChange(
    'feature/nginx',
    { 'workspace/nginx/deployment.yaml': 'v2\n' },
    { user: 'alice' },
  );
  const labRun = await fixture.promote(merged);
  const labPr = prsOf(labRun)[0].number as number;
  const staged = await fixture.mergeAsUser(labPr);
  const stagingRun = await fixture.promote(staged);
  return { original: merged.number as number, labPr, stagingRun };
}

describe('promote action, chained hops', () => {
  it('carries the history and the original author into the second hop', async () => {
    fixture = await startPromoteFixture();
    const { original, labPr, stagingRun } = await firstTwoHops();
    expect(stagingRun.exitCode, stagingRun.stdout).toBe(0);
    const [result] = prsOf(stagingRun);
    expect(result).toMatchObject({ action: 'opened', targets: STAGING });
    const pr = await fixture.emulator.getPullRequest(OWNER, REPO, result.number);
    expect(pr.title).toBe('🚀 Promotion: nginx ➡️  Staging clusters');
    expect(pr.assignees).toEqual(['alice']);
    expect(pr.head).toMatch(
      new RegExp(`^promotions/${labPr}-promotions-${original}-feature-nginx-[0-9a-f]{12}-[0-9a-f]{12}$`),
    );
    const metadata = parsePromotionMetadata(pr.body ?? '');
    expect(metadata).toMatchObject({
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
      expect(await fixture.emulator.readFile(OWNER, REPO, pr.head, `${target}/deployment.yaml`)).toBe('v2\n');
    }
  });

  it('opens one PR per prod cluster without the label and one grouped PR with quick_promotion', async () => {
    fixture = await startPromoteFixture();
    const perCluster = await fixture.promote(
      await fixture.mergeChange('staging-change', {
        'clusters/staging/us-central1/c1/nginx/deployment.yaml': 'v5\n',
      }),
    );
    expect(perCluster.exitCode, perCluster.stdout).toBe(0);
    expect(prsOf(perCluster).map((r: { targets: string[] }) => r.targets)).toEqual([
      ['clusters/prod/europe-west4/c2/nginx'],
      ['clusters/prod/us-west1/c2/nginx'],
    ]);
    const grouped = await fixture.promote(
      await fixture.mergeChange(
        'quick',
        { 'clusters/staging/us-central1/c1/nginx/deployment.yaml': 'v6\n' },
        { labels: ['quick_promotion'] },
      ),
    );
    expect(grouped.exitCode, grouped.stdout).toBe(0);
    const [result] = prsOf(grouped);
    expect(result.targets).toEqual([
      'clusters/prod/europe-west4/c2/nginx',
      'clusters/prod/us-west1/c2/nginx',
    ]);
    const pr = await fixture.emulator.getPullRequest(OWNER, REPO, result.number);
    expect(pr.title).toBe('🚀 Promotion: nginx ➡️  Production clusters');
  });

  it('leaves out targets that the component block list names', async () => {
    fixture = await startPromoteFixture();
    const run = await fixture.promote(
      await fixture.mergeChange('podinfo', {
        'clusters/staging/us-central1/c1/podinfo/values.yaml': 'replicaCount: 3\n',
      }),
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(prsOf(run).map((r: { targets: string[] }) => r.targets)).toEqual([
      ['clusters/prod/us-west1/c2/podinfo'],
    ]);
    const plan = JSON.parse(run.outputs.plan ?? '{}');
    expect(
      plan.promotions.find((p: { key: string }) => p.key.includes('europe-west4')).skippedTargets,
    ).toEqual({
      podinfo: ['clusters/prod/europe-west4/c2/'],
    });
    expect(
      await fixture.emulator.readFile(
        OWNER,
        REPO,
        'main',
        'clusters/prod/europe-west4/c2/podinfo/values.yaml',
      ),
    ).toContain('replicaCount: 1');
  });
});
