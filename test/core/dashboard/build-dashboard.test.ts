import { describe, expect, it } from 'vitest';
import { parseRepoConfig } from '../../../src/core/config/parse-repo-config.js';
import { buildDashboard } from '../../../src/core/dashboard/build-dashboard.js';
import type { DashboardInput } from '../../../src/core/dashboard/dashboard-types.js';
import { listVersionBlobs } from '../../../src/core/dashboard/list-version-blobs.js';
import { renderDashboardGraph } from '../../../src/core/dashboard/render-dashboard-graph.js';
import { renderDashboardJson } from '../../../src/core/dashboard/render-dashboard-json.js';
import { renderDashboardMarkdown } from '../../../src/core/dashboard/render-dashboard-markdown.js';
import { renderDashboardParts } from '../../../src/core/dashboard/render-dashboard-parts.js';
import { buildDriftMap } from '../../../src/core/drift/build-drift-map.js';
import { contentsOf, treeIndexOf } from '../drift/drift-fixtures.js';

// Listed prod first on purpose: the chain order comes from the hops, not from the order of the flows.
const config = parseRepoConfig(`
promotionPaths:
  - sourcePath: "env/staging/"
    promotionPrs:
      - targetPaths: ["env/prod/"]
  - sourcePath: "env/lab/"
    promotionPrs:
      - targetPaths: ["env/staging/"]
dashboard:
  version:
    - file: values.yaml
      path: .image.tag
`).config;

const files: Record<string, string> = {
  'env/lab/api/values.yaml': 'image:\n  tag: "1.3.0"\n',
  'env/lab/web/values.yaml': 'image:\n  tag: 2.0.0\n',
  'env/lab/db/Chart.yaml': 'name: db\n',
  'env/staging/api/values.yaml': 'image:\n  tag: "1.2.0"\n',
  'env/staging/web/values.yaml': 'image:\n  tag: 2.0.0\n',
  'env/prod/api/values.yaml': 'image:\n  tag: "1.2.0"\n',
  'env/prod/web/values.yaml': 'image:\n  tag: 1.9.0\n',
};

function input(overrides: Partial<DashboardInput> = {}): DashboardInput {
  const tree = treeIndexOf(files);
  const driftMap = buildDriftMap({ flows: config.promotionPaths, tree, today: '2026-12-05' });
  return {
    flows: config.promotionPaths,
    tree,
    driftMap,
    blobs: contentsOf(files),
    versionSources: config.dashboard.version,
    pulls: [],
    holds: [],
    lastChanges: new Map(),
    ...overrides,
  };
}

describe('buildDashboard', () => {
  it('orders environments along the promotion chain, not the order of the flows', () => {
    expect(buildDashboard(input()).environments).toEqual(['env/lab/', 'env/staging/', 'env/prod/']);
  });

  it('shows each component per environment with its version and its status against upstream', () => {
    const dashboard = buildDashboard(input());
    const cells = Object.fromEntries(
      dashboard.rows.map((row) => [
        row.component,
        row.cells.map((cell) => [cell.version ?? cell.treeSha?.slice(0, 7) ?? null, cell.status]),
      ]),
    );
    expect(Object.keys(cells)).toEqual(['api', 'db', 'web']);
    expect(cells['api']).toEqual([
      ['1.3.0', 'source'],
      ['1.2.0', 'drifted'],
      ['1.2.0', 'in-sync'],
    ]);
    expect(cells['web']).toEqual([
      ['2.0.0', 'source'],
      ['2.0.0', 'in-sync'],
      ['1.9.0', 'drifted'],
    ]);
    // db has no values.yaml: the short tree SHA stands in; it never reached staging, so prod has nothing upstream.
    expect(cells['db']?.[0]?.[0]).toMatch(/^[0-9a-f]{7}$/);
    expect(cells['db']?.slice(1)).toEqual([
      [null, 'missing'],
      [null, 'absent'],
    ]);
  });

  it('reads only the version files of mapped folders, each blob once', () => {
    const blobs = listVersionBlobs(input());
    // 6 values.yaml files, of which staging/prod api and lab/staging web share blobs.
    expect(blobs).toHaveLength(4);
    expect(listVersionBlobs(input({ versionSources: [] }))).toEqual([]);
  });

  it('puts open promotion PRs, gate states and holds on their cells and counts them on the hops', () => {
    const dashboard = buildDashboard(
      input({
        pulls: [
          { number: 7, url: 'https://github.test/pr/7', targets: ['env/staging/api/'], gate: 'pending' },
        ],
        holds: [{ folder: 'env/prod/web', reason: 'incident', by: 'alice', since: '2026-12-01T10:00:00Z' }],
        lastChanges: new Map([['env/lab/api', '2026-12-04T08:00:00Z']]),
      }),
    );
    const api = dashboard.rows.find((row) => row.component === 'api')!;
    expect(api.cells[1]?.pull).toEqual({ number: 7, url: 'https://github.test/pr/7', gate: 'pending' });
    expect(api.cells[0]?.lastChange).toBe('2026-12-04T08:00:00Z');
    expect(dashboard.edges).toEqual([
      { from: 'env/lab/', to: 'env/staging/', pending: 2, openPulls: [7], held: 0, gates: { pending: 1 } },
      { from: 'env/staging/', to: 'env/prod/', pending: 1, openPulls: [], held: 1, gates: {} },
    ]);
    const graph = renderDashboardGraph(dashboard);
    expect(graph).toContain('env1 -->|"1 pending · 1 held"| env2');
    expect(graph).toContain('env0 -->|"2 pending · PR #35;7 · gate pending 1"| env1');
  });

  it('renders markdown and JSON that match the golden files', async () => {
    const dashboard = buildDashboard(
      input({ pulls: [{ number: 7, url: 'https://github.test/pr/7', targets: ['env/staging/api'] }] }),
    );
    await expect(renderDashboardMarkdown(dashboard, { commitSha: 'a'.repeat(40) })).toMatchFileSnapshot(
      '../../golden/dashboard/dashboard.md',
    );
    await expect(renderDashboardJson(dashboard, 'a'.repeat(40))).toMatchFileSnapshot(
      '../../golden/dashboard/dashboard.json',
    );
  });

  it('splits a large matrix into parts that each fit a GitHub body and carry the hidden markers', () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 2_000; i++) {
      const name = `component-with-a-long-name-${String(i).padStart(4, '0')}`;
      for (const env of ['lab', 'staging', 'prod'])
        many[`env/${env}/${name}/values.yaml`] = `image:\n  tag: 1.0.${env === 'prod' ? i : i + 1}\n`;
    }
    const tree = treeIndexOf(many);
    const dashboard = buildDashboard({
      ...input(),
      tree,
      driftMap: buildDriftMap({ flows: config.promotionPaths, tree, today: '2026-12-05' }),
      blobs: contentsOf(many),
    });
    const parts = renderDashboardParts(dashboard);
    expect(parts.length).toBeGreaterThan(1);
    parts.forEach((part, i) => {
      expect(part.length).toBeLessThanOrEqual(65_536);
      expect(part).toContain(`<!-- telefonistka:dashboard:part:${i + 1} -->`);
    });
    const shown = parts.join('\n').match(/^\| `component-with/gm) ?? [];
    expect(shown).toHaveLength(2_000);
  });
});
