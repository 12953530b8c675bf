import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { dashboardActionKey } from '../../../src/core/dashboard/dashboard-action-key.js';
import type { DashboardAction } from '../../../src/core/dashboard/dashboard-action.js';
import {
  CHAIN_CONFIG,
  OWNER,
  REPO,
  startDashboardEditHarness,
  type DashboardEditHarness,
} from './dashboard-edit-harness.js';

let harness: DashboardEditHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const PROMOTE_APP_0: DashboardAction = { kind: 'promote', folder: 'env/staging/app-0' };

describe('handleDashboardEdit on the GitHub emulator', { timeout: 120_000 }, () => {
  it('opens a promotion PR when a writer ticks "promote now", then unticks the box and shows the outcome', async () => {
    const h = (harness = await startDashboardEditHarness());
    const number = await h.render();
    expect(await h.body(number)).toContain(`- [ ] ${dashboardActionKey(PROMOTE_APP_0)} promote`);
    const payload = await h.tick(number, PROMOTE_APP_0, 'alice');
    const result = await h.handle('issues', payload);
    expect(result).toMatchObject({
      status: 'acted',
      actor: 'alice',
      outcomes: [{ action: PROMOTE_APP_0, outcome: 'done' }],
    });
    const prs = await h.openPromotionPrs();
    expect(prs).toHaveLength(1);
    expect(prs[0]!.assignees).toEqual(['alice']);
    expect(await h.emulator.readFile(OWNER, REPO, prs[0]!.head, 'env/staging/app-0/values.yaml')).toBe(
      'image:\n  tag: 2.0.0\n',
    );
    const body = await h.body(number);
    expect(body).not.toContain('- [x]');
    // The cell now shows the PR, and "promote now" is no longer offered for it (hold still is).
    expect(body).not.toContain(dashboardActionKey(PROMOTE_APP_0));
    expect(body).toContain(`- [ ] ${dashboardActionKey({ kind: 'hold', folder: 'env/staging/app-0' })}`);
    expect(body).toContain(`[#${prs[0]!.number}]`);
    expect(body).toMatch(
      new RegExp(
        `Last actions\\*\\* \\(ticked by @alice\\)[\\s\\S]*✅ promote \`env/staging/app-0\`: opened`,
      ),
    );
  });

  it('opens one PR when the same event is handled twice (a re-run), the second answered unchanged', async () => {
    const h = (harness = await startDashboardEditHarness());
    const number = await h.render();
    const payload = await h.tick(number, PROMOTE_APP_0, 'repo-admin');
    const first = await h.handle('issues', payload);
    const again = await h.handle('issues', payload);
    expect(first).toMatchObject({ status: 'acted', outcomes: [{ outcome: 'done' }] });
    const prs = await h.openPromotionPrs();
    expect(prs).toHaveLength(1);
    expect(again).toMatchObject({
      status: 'acted',
      outcomes: [{ outcome: 'unchanged', pull: { number: prs[0]!.number } }],
    });
    expect(await h.body(number)).not.toContain('- [x]');
  });

  it.each([['reader'], ['trina']])(
    'reverts the edit of %s (no write access) with a note, and opens nothing',
    async (login) => {
      const h = (harness = await startDashboardEditHarness());
      const number = await h.render();
      const before = await h.body(number);
      const payload = await h.tick(number, PROMOTE_APP_0, login);
      expect(await h.body(number)).toContain('- [x]');
      const result = await h.handle('issues', payload);
      expect(result).toEqual({ status: 'reverted', sender: login, permission: 'read' });
      expect(await h.body(number)).toBe(before);
      expect(await h.openPromotionPrs()).toEqual([]);
      const notes = h.emulator.listComments(OWNER, REPO, number);
      expect(notes).toHaveLength(1);
      expect(notes[0]!.body).toContain(`@${login}: only people with write access act through this dashboard`);
      expect(notes[0]!.user).toBe('telefonistka[bot]');
    },
  );

  it("ignores the dashboard's own update (an edit by its author) without a single API call", async () => {
    const h = (harness = await startDashboardEditHarness());
    const number = await h.render();
    await h.emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      message: 'lab app-1 3.0.0',
      files: { 'env/lab/app-1/values.yaml': 'image:\n  tag: 3.0.0\n' },
    });
    h.emulator.takeEvents();
    await h.render();
    const own = h.emulator.takeEvents({ forActions: true }).find((event) => event.name === 'issues');
    expect((own?.payload.sender as { login: string }).login).toBe('telefonistka[bot]');
    h.emulator.resetLog();
    const result = await h.handle('issues', own!.payload);
    expect(result).toEqual({ status: 'ignored', reason: 'edited by its own author telefonistka[bot]' });
    expect(h.emulator.requests.filter((request) => request.route !== 'GET /repos/{owner}/{repo}')).toEqual(
      [],
    );
    expect(await h.openPromotionPrs()).toEqual([]);
    expect(number).toBeGreaterThan(0);
  });

  it('merges the promotion at once where the flow auto-merges, and says so (no comment on a PR #0)', async () => {
    const config = CHAIN_CONFIG.replace(
      '    promotionPrs:',
      '    conditions:\n      autoMerge: true\n    promotionPrs:',
    );
    const h = (harness = await startDashboardEditHarness(config));
    const number = await h.render();
    const result = await h.handle('issues', await h.tick(number, PROMOTE_APP_0, 'alice'));
    expect(result).toMatchObject({
      status: 'acted',
      outcomes: [{ action: PROMOTE_APP_0, outcome: 'done', message: 'merged a promotion PR' }],
    });
    expect(await h.emulator.readFile(OWNER, REPO, 'main', 'env/staging/app-0/values.yaml')).toBe(
      'image:\n  tag: 2.0.0\n',
    );
    expect(await h.openPromotionPrs()).toEqual([]);
    // The re-render after the edit shows the default branch's new head: app-0 in sync, nothing left to promote.
    const body = await h.body(number);
    expect(body).toContain('| `app-0` | `2.0.0` <sub>2026-12-05</sub> | `2.0.0` ✅ <sub>2026-12-05</sub> |');
    expect(body).not.toContain(dashboardActionKey(PROMOTE_APP_0));
    expect(body).toContain('✅ promote `env/staging/app-0`: merged a promotion PR');
  });

  it('answers a kind without a handler "not available in this version", and a key naming no cell "refused"', async () => {
    const h = (harness = await startDashboardEditHarness());
    const number = await h.render();
    const body = await h.body(number);
    const hold = dashboardActionKey({ kind: 'hold', folder: 'env/staging/app-0' });
    const forged = dashboardActionKey({ kind: 'promote', folder: '../../etc' });
    h.emulator.takeEvents();
    await h.emulator.editIssueBody({
      owner: OWNER,
      repo: REPO,
      number,
      body: body.replace(`- [ ] ${hold}`, `- [x] ${hold}`) + `\n- [x] ${forged} promote something`,
      user: 'alice',
    });
    const event = h.emulator.takeEvents({ forActions: true }).find((e) => e.name === 'issues')!;
    const result = await h.handle('issues', event.payload, { without: ['hold'] });
    expect(result).toMatchObject({
      status: 'acted',
      outcomes: [
        { action: { kind: 'hold' }, outcome: 'refused', message: 'hold is not available in this version' },
        { action: { kind: 'promote', folder: '../../etc' }, outcome: 'refused' },
      ],
    });
    expect(await h.openPromotionPrs()).toEqual([]);
    const after = await h.body(number);
    expect(after).not.toContain('- [x]');
    expect(after).not.toContain(forged);
    expect(after).toContain('⛔ hold `env/staging/app-0`: hold is not available in this version');
  });

  it('holds a pending cell through the holds file, after which the dashboard shows 🔒 and offers release instead', async () => {
    const h = (harness = await startDashboardEditHarness());
    const number = await h.render();
    const hold: DashboardAction = { kind: 'hold', folder: 'env/staging/app-0' };
    const result = await h.handle('issues', await h.tick(number, hold, 'alice'));
    expect(result).toMatchObject({ status: 'acted', outcomes: [{ action: hold, outcome: 'done' }] });
    const holds = await h.emulator.readFile(OWNER, REPO, 'main', '.telefonistka/holds.yaml');
    expect(holds).toContain('folder: env/staging/app-0');
    expect(holds).toContain('by: alice');
    // The hold PR was merged at once: the re-render after the edit already shows it (the new head), and so does
    // the next update.
    const after = await h.body(number);
    expect(after).toContain('🔒');
    expect(after).not.toContain(dashboardActionKey(PROMOTE_APP_0));
    expect(after).toContain(
      `- [ ] ${dashboardActionKey({ kind: 'release', folder: 'env/staging/app-0' })} release`,
    );
    await h.render();
    const body = await h.body(number);
    expect(body).toContain('🔒');
    expect(body).not.toContain(dashboardActionKey(PROMOTE_APP_0));
    expect(body).toContain(
      `- [ ] ${dashboardActionKey({ kind: 'release', folder: 'env/staging/app-0' })} release`,
    );
  });

  // "Done when": each checkbox does its job for a writer (through the edit flow) and is refused for a reader.
  it('rolls a staging cell back for a writer: one PR restoring the tree before the last change, held, assigned', async () => {
    const h = (harness = await startDashboardEditHarness());
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', h.emulator.gitDir(OWNER, REPO), ...args], { encoding: 'utf8' }).trim();
    const before = git('rev-parse', 'main:env/staging/app-1');
    await h.emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      // A promotion of app-1 to 6.6.6 (lab and staging in sync): the one staging needs undone.
      message: 'app-1 6.6.6 promoted',
      files: {
        'env/lab/app-1/values.yaml': 'image:\n  tag: 6.6.6\n',
        'env/staging/app-1/values.yaml': 'image:\n  tag: 6.6.6\n',
      },
    });
    const number = await h.render();
    const rollback: DashboardAction = { kind: 'rollback', folder: 'env/staging/app-1' };
    const result = await h.handle('issues', await h.tick(number, rollback, 'alice'));
    expect(result).toMatchObject({ status: 'acted', outcomes: [{ action: rollback, outcome: 'done' }] });
    const prs = (await h.emulator.listPullRequests(OWNER, REPO)).filter((pr) => pr.state === 'open');
    expect(prs).toHaveLength(1);
    expect(prs[0]).toMatchObject({ labels: ['telefonistka/rollback'], assignees: ['alice'] });
    expect(git('rev-parse', `${prs[0]!.headSha}:env/staging/app-1`)).toBe(before);
    expect(git('show', `${prs[0]!.headSha}:.telefonistka/holds.yaml`)).toContain('folder: env/staging/app-1');
    expect(await h.body(number)).toContain(`✅ rollback \`env/staging/app-1\`: #${prs[0]!.number} rolls`);
  });

  it('opens one bundle PR for a writer ticking "promote everything pending" into staging', async () => {
    const h = (harness = await startDashboardEditHarness());
    const number = await h.render();
    const bundle: DashboardAction = { kind: 'bundle', environment: 'env/staging/' };
    const result = await h.handle('issues', await h.tick(number, bundle, 'alice'));
    expect(result).toMatchObject({ status: 'acted', outcomes: [{ action: bundle, outcome: 'done' }] });
    const prs = await h.openPromotionPrs();
    expect(prs).toHaveLength(1);
    expect(prs[0]!.labels).toContain('telefonistka/bundle');
    expect(await h.emulator.readFile(OWNER, REPO, prs[0]!.head, 'env/staging/app-0/values.yaml')).toBe(
      'image:\n  tag: 2.0.0\n',
    );
  });

  it('releases a hold for a writer: the release box of the re-rendered dashboard removes it from the holds file', async () => {
    const h = (harness = await startDashboardEditHarness());
    const number = await h.render();
    const folder = 'env/staging/app-0';
    await h.handle('issues', await h.tick(number, { kind: 'hold', folder }, 'alice'));
    expect(await h.emulator.readFile(OWNER, REPO, 'main', '.telefonistka/holds.yaml')).toContain(folder);
    // No render in between: the dashboard re-rendered by the hold already offers the release.
    const release: DashboardAction = { kind: 'release', folder };
    const result = await h.handle('issues', await h.tick(number, release, 'repo-admin'));
    expect(result).toMatchObject({ status: 'acted', outcomes: [{ action: release, outcome: 'done' }] });
    expect(await h.emulator.readFile(OWNER, REPO, 'main', '.telefonistka/holds.yaml')).not.toContain(folder);
    expect(await h.body(number)).toContain(`- [ ] ${dashboardActionKey({ kind: 'hold', folder })}`);
  });

  it.each<[string, DashboardAction]>([
    ['hold', { kind: 'hold', folder: 'env/staging/app-0' }],
    ['roll back', { kind: 'rollback', folder: 'env/staging/app-1' }],
    ['promote everything pending', { kind: 'bundle', environment: 'env/staging/' }],
  ])('refuses "%s" for a reader: the edit is reverted, nothing is opened or written', async (_, action) => {
    const h = (harness = await startDashboardEditHarness());
    const number = await h.render();
    const before = await h.body(number);
    const head = await h.emulator.readFile(OWNER, REPO, 'main', 'telefonistka.yaml');
    const result = await h.handle('issues', await h.tick(number, action, 'reader'));
    expect(result).toEqual({ status: 'reverted', sender: 'reader', permission: 'read' });
    expect(await h.body(number)).toBe(before);
    expect(await h.emulator.listPullRequests(OWNER, REPO)).toEqual([]);
    expect(await h.emulator.readFile(OWNER, REPO, 'main', '.telefonistka/holds.yaml')).toBeUndefined();
    expect(await h.emulator.readFile(OWNER, REPO, 'main', 'telefonistka.yaml')).toBe(head);
  });
});
