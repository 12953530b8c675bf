import { describe, expect, it } from 'vitest';
import type { PromoteResult, PromotionResult } from '../../../src/core/promotion/promote-result.js';
import { promotionGraph } from '../../../src/core/promotion/promotion-graph.js';
import { renderPromoteSummary } from '../../../src/core/promotion/render-promote-summary.js';
import type { Promotion } from '../../../src/core/promotion/types.js';

function promotion(sourcePath: string, targetPaths: string[], components = ['api']): Promotion {
  const key = `${sourcePath}>${targetPaths.join('|')}`;
  return {
    key,
    sourcePath,
    components,
    targetPaths,
    targetDescription: targetPaths.join(', '),
    syncPaths: targetPaths.flatMap((target) =>
      components.map((component) => ({
        source: `${sourcePath}${component}`,
        target: `${target}${component}`,
        deleted: false,
      })),
    ),
    skippedTargets: {},
    autoMerge: false,
    labels: ['promotion'],
    branch: `promotions/7-change-${key.length}`,
    title: `Promote ${components.join(', ')}`,
    body: '',
    metadata: {
      originalPrAuthor: 'alice',
      originalPrNumber: 7,
      promotedPaths: [],
      previousPromotionPaths: {},
    },
  };
}

function outcome(p: Promotion, fields: Partial<PromotionResult>): PromotionResult {
  return {
    key: p.key,
    branch: p.branch,
    targets: p.syncPaths.map((s) => s.target),
    action: 'opened',
    superseded: [],
    ...fields,
  };
}

// Listed prod first: the graph orders environments along the chain, not in plan order.
const toProd = promotion('env/staging/', ['env/prod-us/', 'env/prod-eu/']);
const toStaging = promotion('env/lab/', ['env/staging/']);
const failed = promotion('env/dev/', ['env/qa/']);

const result: PromoteResult = {
  plan: { promotions: [toProd, toStaging, failed], warnings: [] },
  dryRun: false,
  results: [
    outcome(toProd, { number: 13, url: 'https://github.test/acme/iac/pull/13', gated: true }),
    outcome(toStaging, { number: 12, url: 'https://github.test/acme/iac/pull/12', action: 'merged' }),
    outcome(failed, { action: 'failed', error: 'GitHub said no' }),
  ],
  warnings: [],
  failures: [],
};

describe('renderPromoteSummary', () => {
  it('shows the promotion graph of the PRs it opened: chain order, each hop with its PRs and gate states', () => {
    const summary = renderPromoteSummary(result, 9);
    expect(summary).toContain(
      [
        '### Promotion graph',
        '',
        '```mermaid',
        'flowchart LR',
        '  env0["env/lab/"]',
        '  env1["env/staging/"]',
        '  env2["env/prod-us/"]',
        '  env3["env/prod-eu/"]',
        '  env0 -->|"PR #35;12"| env1',
        '  env1 -->|"PR #35;13 · gate pending 1"| env2',
        '  env1 -->|"PR #35;13 · gate pending 1"| env3',
        '```',
      ].join('\n'),
    );
    // The failed promotion opened no PR: its environments are not drawn.
    expect(summary.slice(summary.indexOf('### Promotion graph'))).not.toContain('env/dev/');
    expect(summary.indexOf('### Promotion graph')).toBeGreaterThan(summary.indexOf('| PR | branch |'));
  });

  it('draws no graph when the run opened no PR', () => {
    const none: PromoteResult = { ...result, results: [outcome(failed, { action: 'failed' })] };
    expect(promotionGraph(none)).toBeUndefined();
    expect(renderPromoteSummary(none, 3)).not.toContain('mermaid');
  });

  it('puts several PRs on one hop once each, in number order, with their gate states counted', () => {
    const second = promotion('env/lab/', ['env/staging/'], ['web']);
    const graph = promotionGraph({
      ...result,
      plan: { promotions: [toStaging, { ...second, key: 'lab-web' }], warnings: [] },
      results: [
        outcome(toStaging, { number: 21, gated: true }),
        outcome({ ...second, key: 'lab-web' }, { number: 20, gated: true }),
      ],
    });
    expect(graph?.edges).toEqual([
      {
        from: 'env/lab/',
        to: 'env/staging/',
        pending: 0,
        openPulls: [20, 21],
        held: 0,
        gates: { pending: 2 },
      },
    ]);
  });
});
