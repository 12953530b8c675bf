import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OWNER, REPO, startPromoteHarness, type PromoteHarness } from './promote-harness.js';
import type { MergedPullRequest } from '../../../src/ports/pull-request-ref.js';

let harness: PromoteHarness;
afterEach(async () => harness.close());

const SOURCE = 'workspace/nginx/deployment.yaml';
const LAB_NGINX = 'clusters/lab/europe-west4/c1/nginx/deployment.yaml';
const LAB_PODINFO = 'clusters/lab/europe-west4/c1/podinfo/values.yaml';
const EXAMPLE_CONFIG = readFileSync(
  path.resolve(import.meta.dirname, '../../../examples/iac-repo/telefonistka.yaml'),
  'utf8',
);

/** Merges A then B, both changing workspace/nginx (B's merge commit descends from A's). */
async function mergeAThenB(extraA: Record<string, string> = {}) {
  const a = await harness.mergeChange('change-a', { [SOURCE]: 'A\n', ...extraA });
  const b = await harness.mergeChange('change-b', { [SOURCE]: 'B\n' });
  return { a, b };
}

const actions = (run: { results: { action: string }[] }) => run.results.map((r) => r.action);
const branchOf = (pr: MergedPullRequest) => `promotions/${pr.number}-`;
const labFile = (ref: string, file = LAB_NGINX) => harness.emulator.readFile(OWNER, REPO, ref, file);

/** Exactly one open promotion PR, from B's merge, carrying B's content. */
async function expectOnlyB(b: MergedPullRequest) {
  const open = await harness.openPromotionPrs();
  expect(open.map((pr) => pr.head.slice(0, branchOf(b).length))).toEqual([branchOf(b)]);
  expect(await labFile(open[0]!.head)).toBe('B\n');
  return open[0]!;
}

describe(
  'promote: out-of-order promotions, the newer merge wins (issue 17 item 8)',
  { timeout: 180_000 },
  () => {
    it("B's run then A's run: A's run leaves B's PR alone and reports it superseded by newer", async () => {
      harness = await startPromoteHarness();
      const { a, b } = await mergeAThenB();
      const runB = await harness.promote(b);
      expect(actions(runB)).toEqual(['opened']);
      const runA = await harness.promote(a);
      expect(runA.results).toMatchObject([{ action: 'superseded', supersededBy: [runB.results[0]!.number] }]);
      const prB = await expectOnlyB(b);
      expect(harness.emulator.listComments(OWNER, REPO, prB.number)).toEqual([]);
    });

    it("A's run then B's run: B's run closes A's PR as superseded", async () => {
      harness = await startPromoteHarness();
      const { a, b } = await mergeAThenB();
      const runA = await harness.promote(a);
      const runB = await harness.promote(b);
      expect(runB.results).toMatchObject([{ action: 'opened', superseded: [runA.results[0]!.number] }]);
      await expectOnlyB(b);
    });

    it('A and B run concurrently: one PR stays open, with B', async () => {
      harness = await startPromoteHarness();
      const { a, b } = await mergeAThenB();
      await Promise.all([harness.promote(a), harness.promote(b)]);
      await expectOnlyB(b);
    });

    it('B and A run concurrently, B first: one PR stays open, with B', async () => {
      harness = await startPromoteHarness();
      const { a, b } = await mergeAThenB();
      await Promise.all([harness.promote(b), harness.promote(a)]);
      await expectOnlyB(b);
    });

    it('without a checkout, ranks by one compare call', async () => {
      harness = await startPromoteHarness();
      const { a, b } = await mergeAThenB();
      await harness.promote(b, { checkout: false });
      harness.emulator.resetLog();
      const runA = await harness.promote(a, { checkout: false });
      expect(actions(runA)).toEqual(['superseded']);
      const compares = harness.emulator.requests.filter((r) => r.route?.includes('/compare/'));
      expect(compares).toHaveLength(1);
      await expectOnlyB(b);
    });

    it('an older run promotes only the targets newer work does not own (A: nginx + podinfo, B: nginx)', async () => {
      harness = await startPromoteHarness();
      const { a, b } = await mergeAThenB({ 'workspace/podinfo/values.yaml': 'replicaCount: 7\n' });
      const runB = await harness.promote(b);
      const runA = await harness.promote(a);
      expect(runA.results).toMatchObject([{ action: 'opened', supersededBy: [runB.results[0]!.number] }]);
      const open = await harness.openPromotionPrs();
      const prA = open.find((pr) => pr.head.startsWith(branchOf(a)))!;
      expect(open).toHaveLength(2);
      expect(await labFile(prA.head, LAB_PODINFO)).toBe('replicaCount: 7\n');
      expect(await labFile(prA.head)).toBe(await labFile('main'));
      expect(prA.title).toBe('🚀 Promotion: podinfo ➡️  Lab clusters');
      expect(await labFile(open.find((pr) => pr !== prA)!.head)).toBe('B\n');
    });

    it("never reverts B's promotion already merged when A's run comes late", async () => {
      harness = await startPromoteHarness();
      const { a, b } = await mergeAThenB();
      const runB = await harness.promote(b);
      await harness.emulator.mergePullRequest({ owner: OWNER, repo: REPO, number: runB.results[0]!.number! });
      const runA = await harness.promote(a);
      expect(actions(runA)).toEqual(['superseded']);
      expect(await harness.openPromotionPrs()).toEqual([]);
      expect(await labFile('main')).toBe('B\n');
    });

    it('supersede: comment posts one "Superseded by" comment per pair, however often B re-runs', async () => {
      harness = await startPromoteHarness({ config: `${EXAMPLE_CONFIG}supersede: comment\n` });
      const { a, b } = await mergeAThenB();
      const runA = await harness.promote(a);
      await harness.promote(b);
      await harness.promote(b);
      await harness.promote(b);
      const comments = harness.emulator.listComments(OWNER, REPO, runA.results[0]!.number!);
      expect(comments.filter((c) => c.body.includes('Superseded by'))).toHaveLength(1);
    });
  },
);
