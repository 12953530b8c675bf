import { describe, expect, it } from 'vitest';
import { buildBundlePromotion } from '../../../src/core/bundle/build-bundle-promotion.js';
import { planBundle } from '../../../src/core/bundle/plan-bundle.js';
import type { Dashboard, DashboardCell } from '../../../src/core/dashboard/dashboard-types.js';
import { parsePromotionMetadata } from '../../../src/core/promotion/parse-promotion-metadata.js';
import { parseSourceCommit } from '../../../src/core/promotion/source-commit-marker.js';

const ENVS = ['env/lab/', 'env/staging/'];
const hold = { folder: 'env/staging/held', reason: 'incident', by: 'bob', since: '2026-12-01T00:00:00Z' };

function row(component: string, staging: Partial<DashboardCell>, lab: Partial<DashboardCell> = {}) {
  const cell = (environment: string, extra: Partial<DashboardCell>): DashboardCell => ({
    environment,
    folder: `${environment}${component}`,
    treeSha: `${component}-${environment}`.padEnd(40, '0'),
    version: undefined,
    status: 'source',
    upstream: undefined,
    pull: undefined,
    hold: undefined,
    lastChange: undefined,
    ...extra,
  });
  return {
    component,
    cells: [
      cell('env/lab/', { version: '2.0.0', ...lab }),
      cell('env/staging/', { upstream: `env/lab/${component}`, ...staging }),
    ],
  };
}

const dashboard: Dashboard = {
  environments: ENVS,
  edges: [],
  rows: [
    row('drifted', { status: 'drifted', version: '1.0.0' }),
    row('missing', { status: 'missing', treeSha: undefined }),
    row('in-sync', { status: 'in-sync' }),
    row('acknowledged', { status: 'acknowledged' }),
    row('blocked', { status: 'skipped' }),
    row('held', { status: 'drifted', hold }),
    row('no-upstream', { status: 'drifted', upstream: undefined }),
  ],
};

describe('planBundle', () => {
  it.each(['env/staging/', 'env/staging'])(
    'takes drifted and missing cells of %s, leaves held ones out',
    (env) => {
      const plan = planBundle(dashboard, env);
      expect(plan).toMatchObject({ kind: 'bundle', environment: 'env/staging/', held: [hold] });
      if (plan.kind !== 'bundle') return;
      expect(plan.syncs.map((sync) => [sync.component, sync.status, sync.source, sync.target])).toEqual([
        ['drifted', 'drifted', 'env/lab/drifted', 'env/staging/drifted'],
        ['missing', 'missing', 'env/lab/missing', 'env/staging/missing'],
      ]);
      expect(plan.syncs[0]).toMatchObject({ from: { version: '1.0.0' }, to: { version: '2.0.0' } });
    },
  );

  it('names the environments when the asked one is not a column', () => {
    expect(planBundle(dashboard, 'env/prod/')).toEqual({
      kind: 'unknown-environment',
      environment: 'env/prod/',
      environments: ENVS,
    });
  });

  it('has nothing for a source column', () => {
    expect(planBundle(dashboard, 'env/lab/')).toMatchObject({ kind: 'bundle', syncs: [], held: [] });
  });
});

describe('buildBundlePromotion', () => {
  const plan = planBundle(dashboard, 'env/staging/');
  if (plan.kind !== 'bundle') throw new Error('no bundle');
  const build = (syncs = plan.syncs) =>
    buildBundlePromotion({
      environment: 'env/staging/',
      syncs,
      held: plan.held,
      actor: 'alice',
      sourceCommit: 'f'.repeat(40),
      labels: ['promotion', 'team'],
    });

  it('carries promotion metadata, the source commit, labels and one sync per component', async () => {
    const promotion = build();
    expect(promotion.branch).toMatch(/^promotions\/bundle-env-staging-[0-9a-f]{12}$/);
    expect(promotion.labels).toEqual(['promotion', 'team', 'telefonistka/bundle']);
    expect(promotion.syncPaths).toEqual([
      { source: 'env/lab/drifted', target: 'env/staging/drifted', deleted: false },
      { source: 'env/lab/missing', target: 'env/staging/missing', deleted: false },
    ]);
    expect(promotion.sourcePath).toBe('env/lab/');
    expect(parseSourceCommit(promotion.body)).toBe('f'.repeat(40));
    expect(parsePromotionMetadata(promotion.body)).toEqual(promotion.metadata);
    expect(promotion.title).toBe('🚀 Promotion bundle: 2 components ➡️  env/staging/');
    await expect(promotion.body).toMatchFileSnapshot('../../golden/bundle/bundle-body.md');
  });

  it('names the branch after the content: the same content the same branch, other content another', () => {
    expect(build().branch).toBe(build().branch);
    const moved = plan.syncs.map((sync, i) =>
      i === 0 ? { ...sync, to: { ...sync.to, tree: 'e'.repeat(40) } } : sync,
    );
    expect(build(moved).branch).not.toBe(build().branch);
  });

  it("stays within GitHub's 65,536 characters for thousands of components, metadata intact", () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({
      ...plan.syncs[0]!,
      component: `component-${String(i).padStart(4, '0')}`,
      source: `env/lab/component-${String(i).padStart(4, '0')}`,
      target: `env/staging/component-${String(i).padStart(4, '0')}`,
    }));
    const promotion = build(many);
    expect(promotion.body.length).toBeLessThanOrEqual(65_536);
    expect(promotion.body).toContain("more: the PR's files list every folder");
    expect(parsePromotionMetadata(promotion.body)?.promotedPaths).toHaveLength(3000);
  });
});
