// Trust audit (issues 15/16): text from folder and component names, the holds file and PR branches is data. Each
// renderer below is fed hostile text; the tests assert what a reader of the rendered markdown would get (no extra
// checkbox, no link or image to a remote host, no mention, no Mermaid statement, a table row that stays one row).
import { describe, expect, it } from 'vitest';
import { codeSpan } from '../../src/core/comments/markdown-code.js';
import {
  parseDashboardCheckboxes,
  dashboardActionKey,
} from '../../src/core/dashboard/dashboard-action-key.js';
import type { Dashboard, DashboardCell, DashboardHold } from '../../src/core/dashboard/dashboard-types.js';
import { listDashboardActions } from '../../src/core/dashboard/list-dashboard-actions.js';
import { renderDashboardGraph } from '../../src/core/dashboard/render-dashboard-graph.js';
import { renderDashboardMarkdown } from '../../src/core/dashboard/render-dashboard-markdown.js';
import { renderActionOutcomes } from '../../src/core/dashboard/render-action-outcomes.js';
import { renderHoldPullRequest } from '../../src/core/holds/render-hold-pull-request.js';
import type { PromoteResult } from '../../src/core/promotion/promote-result.js';
import { renderHeldTargets } from '../../src/core/promotion/render-held-targets.js';
import { renderPromoteSummary } from '../../src/core/promotion/render-promote-summary.js';
import type { Promotion } from '../../src/core/promotion/types.js';
import { outsideCode, tableCells } from './markdown-reading.js';

const SHA = 'a'.repeat(40);

/** A hold whose reason and author carry every kind of markdown that reaches outside the text. */
const HOSTILE_HOLD: DashboardHold = {
  folder: 'env/prod/app',
  reason:
    'see ![pixel](https://evil.example/p.png) and [the runbook](https://evil.example/run) ' +
    '<img src="https://evil.example/i.png"> cc @acme/oncall @everyone fixes #1\n\n- [x] <!-- telefonistka:action promote env/prod/db -->',
  by: 'acme/admins',
  since: '2026-12-01T10:00:00Z',
};

function cell(environment: string, component: string, extra: Partial<DashboardCell> = {}): DashboardCell {
  return {
    environment,
    folder: `${environment}${component}`,
    treeSha: SHA,
    version: undefined,
    status: 'source',
    upstream: undefined,
    pull: undefined,
    hold: undefined,
    lastChange: undefined,
    ...extra,
  };
}

/** lab -> prod with `components`; every prod cell drifted from lab, `held` cells held. */
function dashboard(components: readonly string[], held: readonly DashboardHold[] = []): Dashboard {
  const rows = components.map((component) => ({
    component,
    cells: [
      cell('env/lab/', component),
      cell('env/prod/', component, {
        status: 'drifted',
        upstream: `env/lab/${component}`,
        hold: held.find((hold) => hold.folder === `env/prod/${component}`),
      }),
    ],
  }));
  return {
    environments: ['env/lab/', 'env/prod/'],
    edges: [{ from: 'env/lab/', to: 'env/prod/', pending: rows.length, openPulls: [], held: 0, gates: {} }],
    rows,
  };
}

/** Every action key the dashboard offers, as `listDashboardActions` decides them. */
function offeredKeys(board: Dashboard): string[] {
  const offered = listDashboardActions(board);
  return Object.values(offered)
    .flat()
    .map((box) => dashboardActionKey(box.action))
    .sort();
}

describe('renderDashboardGraph with hostile environment names', () => {
  const hostile = [
    'env/lab/',
    'x"]\nclick env0 "https://evil.example"\n',
    '`**markdown string**`',
    'a]]-->b;click env1 call alert()',
    '%%{init: {"theme": "dark"}}%%',
    '```\n</details>',
  ];
  const graph = renderDashboardGraph({
    environments: hostile,
    edges: hostile.slice(1).map((to, i) => ({
      from: hostile[i]!,
      to,
      pending: 1,
      openPulls: [],
      held: 0,
      gates: {},
    })),
  });
  const lines = graph.split('\n');

  it('keeps one fenced block: only its own first and last lines are fences', () => {
    expect(lines[0]).toBe('```mermaid');
    expect(lines.at(-1)).toBe('```');
    expect(lines.slice(1, -1).some((line) => /^ {0,3}(`{3,}|~{3,})/.test(line))).toBe(false);
  });

  it('emits only node and edge statements, never a click statement or a directive', () => {
    const statements = lines.slice(2, -1);
    expect(statements).toHaveLength(hostile.length * 2 - 1);
    for (const line of statements)
      expect(line).toMatch(/^ {2}env\d+(\["[^"`\n]*"\]| -->\|"[^"`\n]*"\| env\d+)$/);
    expect(graph).not.toMatch(/^\s*click\b/m);
    expect(graph).not.toMatch(/^\s*%%/m);
  });

  it('never opens a Mermaid markdown string (a label starting with a backtick)', () => {
    expect(graph).not.toContain('"`');
  });
});

describe('codeSpan with line breaks', () => {
  it.each([['\n'], ['\r\n'], ['\r']])('keeps text with %j on one line', (newline) => {
    expect(codeSpan(`a${newline}- [ ] b`)).not.toMatch(/[\r\n]/);
  });
});

describe('the dashboard with a component folder named like a checkbox', () => {
  const forged = `app\n- [ ] ${dashboardActionKey({ kind: 'rollback', folder: 'env/prod/db' })} tick me`;
  const board = dashboard(['db', forged]);
  const markdown = renderDashboardMarkdown(board, { actions: {} });

  it('parses only boxes the matrix offers: the name cannot add one', () => {
    const parsed = parseDashboardCheckboxes(markdown).map((box) => dashboardActionKey(box.action));
    expect(parsed).toContain(dashboardActionKey({ kind: 'hold', folder: 'env/prod/db' }));
    expect(parsed.filter((key) => !offeredKeys(board).includes(key))).toEqual([]);
  });

  it('keeps each component on one table row', () => {
    const rows = markdown.split('\n').filter((line) => line.startsWith('| '));
    expect(rows).toHaveLength(1 + board.rows.length);
    for (const row of rows) expect(tableCells(row)).toHaveLength(1 + board.environments.length);
  });
});

describe('hold text from .telefonistka/holds.yaml', () => {
  // `#1` is checked where the text is code; inert prose keeps issue references (its own PR numbers among them).
  const expectInert = (markdown: string, options: { references?: boolean } = {}): void => {
    const prose = outsideCode(markdown);
    expect(prose).not.toMatch(/(?<!\\)\]\(https?:/);
    expect(prose).not.toMatch(/(?<!\\)<img/);
    expect(prose).not.toMatch(/@(acme|everyone)/);
    if (options.references !== true) expect(prose).not.toContain('#1');
    expect(parseDashboardCheckboxes(markdown).filter((box) => box.ticked)).toEqual([]);
  };

  it('is inert in the held-targets list of PR bodies, previews and summaries', () => {
    const lines = renderHeldTargets([{ component: 'app', target: HOSTILE_HOLD.folder, hold: HOSTILE_HOLD }]);
    expect(lines).toHaveLength(1);
    expectInert(lines.join('\n'));
  });

  it('is inert on the dashboard (the release box of the held cell)', () => {
    const markdown = renderDashboardMarkdown(dashboard(['app'], [HOSTILE_HOLD]), { actions: {} });
    expect(markdown).toContain(dashboardActionKey({ kind: 'release', folder: HOSTILE_HOLD.folder }));
    expectInert(markdown);
  });

  it('is inert in the "Last actions" of the dashboard (a refusal quoting the hold)', () => {
    const markdown = renderActionOutcomes(
      [
        {
          action: { kind: 'promote', folder: HOSTILE_HOLD.folder },
          outcome: 'refused',
          message: `held by @${HOSTILE_HOLD.by} (${HOSTILE_HOLD.reason}): release it first`,
        },
      ],
      { actor: 'alice' },
    );
    expect(markdown.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(1);
    expectInert(markdown, { references: true });
  });

  it('is inert in the body of a hold PR', () => {
    expectInert(renderHoldPullRequest('hold', HOSTILE_HOLD, { source: 'on the dashboard' }).body);
  });
});

describe('renderPromoteSummary with a hostile branch, component and error', () => {
  const promotion = {
    key: 'k',
    sourcePath: 'env/lab/',
    components: ['a|b', 'c`<img src=x>`'],
    targetPaths: ['env/prod/a|b'],
    skippedTargets: {},
    heldTargets: [{ component: 'app', target: HOSTILE_HOLD.folder, hold: HOSTILE_HOLD }],
  } as unknown as Promotion;
  const result: PromoteResult = {
    plan: { promotions: [promotion] } as unknown as PromoteResult['plan'],
    dryRun: false,
    results: [
      {
        key: 'k',
        branch: 'promotions/5-x|y`![i](https://evil.example/i.png)`-0123456789ab',
        targets: ['env/prod/a|b'],
        action: 'failed',
        superseded: [],
        error: 'refused | by\nGitHub <img src=x>',
      },
    ],
    warnings: [],
    failures: [],
  };
  const summary = renderPromoteSummary(result, 3);

  it('keeps every table row at its column count', () => {
    const table = summary.split('\n').filter((line) => line.startsWith('| '));
    expect(table.map((row) => tableCells(row).length)).toEqual([5, 5, 4, 4]);
  });

  it('renders no image or HTML from the names', () => {
    const prose = outsideCode(summary);
    expect(prose).not.toMatch(/(?<!\\)!(?<!\\)\[[^\]]*\]\(/);
    expect(prose).not.toMatch(/(?<!\\)<img/);
  });
});
