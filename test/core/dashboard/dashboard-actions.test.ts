import { describe, expect, it } from 'vitest';
import { parseRepoConfig } from '../../../src/core/config/parse-repo-config.js';
import { buildDashboard } from '../../../src/core/dashboard/build-dashboard.js';
import {
  dashboardActionKey,
  findNewlyTicked,
  parseDashboardCheckboxes,
} from '../../../src/core/dashboard/dashboard-action-key.js';
import type { DashboardAction } from '../../../src/core/dashboard/dashboard-action.js';
import type { Dashboard, DashboardHold } from '../../../src/core/dashboard/dashboard-types.js';
import { listDashboardActions } from '../../../src/core/dashboard/list-dashboard-actions.js';
import {
  ACTION_BOXES_PER_SECTION,
  MAX_ACTION_BOXES,
  renderDashboardActions,
} from '../../../src/core/dashboard/render-dashboard-actions.js';
import { renderDashboardParts } from '../../../src/core/dashboard/render-dashboard-parts.js';
import { buildDriftMap } from '../../../src/core/drift/build-drift-map.js';
import { contentsOf, treeIndexOf } from '../drift/drift-fixtures.js';

const config = parseRepoConfig(`
promotionPaths:
  - sourcePath: "env/lab/"
    promotionPrs:
      - targetPaths: ["env/staging/"]
  - sourcePath: "env/staging/"
    promotionPrs:
      - targetPaths: ["env/prod/"]
`).config;

function dashboardOf(
  files: Record<string, string>,
  extra: { holds?: DashboardHold[]; pulls?: { number: number; targets: string[] }[] } = {},
): Dashboard {
  const tree = treeIndexOf(files);
  return buildDashboard({
    flows: config.promotionPaths,
    tree,
    driftMap: buildDriftMap({ flows: config.promotionPaths, tree, today: '2026-12-05' }),
    blobs: contentsOf(files),
    versionSources: [],
    pulls: (extra.pulls ?? []).map((pull) => ({ ...pull, url: `https://github.test/pull/${pull.number}` })),
    holds: extra.holds ?? [],
    lastChanges: new Map(),
  });
}

const small = {
  'env/lab/api/v.yaml': 'new\n',
  'env/lab/web/v.yaml': 'same\n',
  'env/staging/api/v.yaml': 'old\n',
  'env/staging/web/v.yaml': 'same\n',
  'env/prod/api/v.yaml': 'old\n',
  'env/prod/web/v.yaml': 'older\n',
};

const actionsOf = (list: { action: DashboardAction }[]) => list.map((offered) => offered.action);

describe('dashboard action keys', () => {
  it.each<[DashboardAction]>([
    [{ kind: 'promote', folder: 'env/prod/api' }],
    [{ kind: 'bundle', environment: 'env/prod/' }],
    [{ kind: 'hold', folder: 'env/prod/we ird --> <b>x</b>' }],
    [{ kind: 'rollback', folder: 'env/prod/ünï%41' }],
  ])('round-trips %j through a ticked box, whatever the folder name holds', (action) => {
    const key = dashboardActionKey(action);
    expect(key.slice(4, -4)).not.toMatch(/-->|<|>|\s{2}/);
    expect(parseDashboardCheckboxes(`- [x] ${key} anything\n`)).toEqual([{ action, ticked: true }]);
  });

  it('reads only the hidden key, never the visible text, and skips keys that do not decode', () => {
    const body = [
      '- [x] promote env/prod/api now',
      '- [x] <!-- telefonistka:action explode env/prod/api --> unknown kind',
      '- [x] <!-- telefonistka:action hold env/%E0%A4%A --> bad encoding',
      '  * [X] <!-- telefonistka:action release env/prod/web --> label says promote',
      '| [x] <!-- telefonistka:action promote env/prod/api --> | in a table |',
    ].join('\n');
    expect(parseDashboardCheckboxes(body)).toEqual([
      { action: { kind: 'release', folder: 'env/prod/web' }, ticked: true },
    ]);
  });

  it('finds the boxes ticked by the edit only: not those ticked before, each once', () => {
    const promote = dashboardActionKey({ kind: 'promote', folder: 'env/staging/api' });
    const hold = dashboardActionKey({ kind: 'hold', folder: 'env/staging/api' });
    const bundle = dashboardActionKey({ kind: 'bundle', environment: 'env/prod/' });
    const before = `- [ ] ${promote} a\n- [x] ${hold} b\n- [ ] ${bundle} c`;
    const after = `- [x] ${promote} a\n- [x] ${hold} b\n- [X] ${bundle} c\n- [x] ${promote} again`;
    expect(findNewlyTicked(before, after)).toEqual([
      { kind: 'promote', folder: 'env/staging/api' },
      { kind: 'bundle', environment: 'env/prod/' },
    ]);
    expect(findNewlyTicked(after, before)).toEqual([]);
  });
});

describe('listDashboardActions', () => {
  it('offers bundle, promote and hold per pending cell, release per held cell, roll back per in-sync target', () => {
    const offered = listDashboardActions(
      dashboardOf(small, {
        holds: [{ folder: 'env/prod/web', reason: 'freeze', by: 'alice', since: '2026-12-01T00:00:00Z' }],
      }),
    );
    // Pending: staging/api (lab is ahead) and prod/web (held); in sync: staging/web and prod/api.
    expect(actionsOf(offered.bundle)).toEqual([{ kind: 'bundle', environment: 'env/staging/' }]);
    expect(actionsOf(offered.promote)).toEqual([{ kind: 'promote', folder: 'env/staging/api' }]);
    expect(actionsOf(offered.hold)).toEqual([{ kind: 'hold', folder: 'env/staging/api' }]);
    expect(actionsOf(offered.release)).toEqual([{ kind: 'release', folder: 'env/prod/web' }]);
    expect(actionsOf(offered.rollback)).toEqual([
      { kind: 'rollback', folder: 'env/prod/api' },
      { kind: 'rollback', folder: 'env/staging/web' },
    ]);
    expect(offered.promote[0]!.label).toBe('promote `api` `env/lab/` → `env/staging/` now');
    expect(offered.bundle[0]!.label).toBe('promote all 1 pending into `env/staging/` (one PR)');
    expect(offered.release[0]!.label).toBe('release `web` in `env/prod/` (held by `alice` since 2026-12-01)');
  });

  it('does not offer "promote now" into a cell that already has a promotion PR open', () => {
    const offered = listDashboardActions(
      dashboardOf(small, { pulls: [{ number: 7, targets: ['env/staging/api/'] }] }),
    );
    expect(actionsOf(offered.promote)).toEqual([{ kind: 'promote', folder: 'env/prod/web' }]);
    expect(actionsOf(offered.hold)).toContainEqual({ kind: 'hold', folder: 'env/staging/api' });
  });
});

describe('renderDashboardActions', () => {
  it(`lists at most ${MAX_ACTION_BOXES} boxes in sections of ${ACTION_BOXES_PER_SECTION}, with an overflow line`, () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 150; i++) {
      const name = `c${String(i).padStart(3, '0')}`;
      files[`env/lab/${name}/v.yaml`] = 'new\n';
      files[`env/staging/${name}/v.yaml`] = 'old\n';
      files[`env/prod/${name}/v.yaml`] = 'old\n';
    }
    const sections = renderDashboardActions(dashboardOf(files));
    const text = sections.map((section) => section.full).join('\n\n');
    const boxes = parseDashboardCheckboxes(text);
    expect(boxes).toHaveLength(MAX_ACTION_BOXES);
    expect(boxes.every((box) => !box.ticked)).toBe(true);
    for (const section of sections)
      expect(parseDashboardCheckboxes(section.full).length).toBeLessThanOrEqual(ACTION_BOXES_PER_SECTION);
    const offered = listDashboardActions(dashboardOf(files));
    const total = Object.values(offered).reduce((sum, list) => sum + list.length, 0);
    expect(text).toContain(`_${total - MAX_ACTION_BOXES} more action(s) not listed`);
    expect(boxes[0]!.action.kind).toBe('bundle');
  });

  it('keeps the boxes out of the matrix tables and inside the issue parts, each part within the limit', () => {
    const parts = renderDashboardParts(dashboardOf(small), { actions: {} });
    const text = parts.join('\n');
    expect(parseDashboardCheckboxes(text).length).toBeGreaterThan(0);
    for (const line of text.split('\n').filter((l) => l.startsWith('|'))) expect(line).not.toContain('[ ]');
    expect(renderDashboardParts(dashboardOf(small)).join('\n')).not.toContain('telefonistka:action');
  });
});
