// Issue 16, "Done when", end to end through the root action's bundle (dist/main) on the GitHub emulator: the
// dashboard appears after the first promotion and tracks a chain lab → staging → prod; after promote merges a hop
// itself, the dashboard shows the default branch as it is then, not the merged PR's commit; a target held from the
// dashboard is skipped by a later promotion.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dashboardActionKey } from '../../../src/core/dashboard/dashboard-action-key.js';
import { octokitFor } from '../../github-emulator/emulator-fixture.js';
import { OWNER, REPO, startPromoteFixture, type PromoteFixture } from '../promote/promote-fixture.js';

const ROOT_BUNDLE = path.resolve(import.meta.dirname, '../../../dist/main/index.js');

let fixture: PromoteFixture;
afterEach(async () => fixture.close());

const LAB = 'clusters/lab/europe-west4/c1/';
const STAGING = ['clusters/staging/europe-west4/c1/', 'clusters/staging/us-central1/c1/'];
const PROD = ['clusters/prod/europe-west4/c2/', 'clusters/prod/us-west1/c2/'];

/** The dashboard issues (one expected) as a reader sees them. */
async function dashboards(running: PromoteFixture) {
  const reader = octokitFor(running.emulator, running.emulator.tokens.reader);
  return (
    await reader.rest.issues.listForRepo({ owner: OWNER, repo: REPO, labels: 'telefonistka-dashboard' })
  ).data;
}

/** The cells of a component's row, by column header (the environment folder). */
function row(body: string, component: string): Record<string, string> {
  const lines = body.split('\n');
  const header = lines.find((line) => line.startsWith('| component |'));
  const found = lines.find((line) => line.startsWith(`| \`${component}\` |`));
  if (header === undefined || found === undefined) throw new Error(`no row for ${component}:\n${body}`);
  const split = (line: string) =>
    line
      .slice(1, -1)
      .split(' | ')
      .map((cell) => cell.trim());
  const names = split(header).map((name) => name.replace(/`/g, ''));
  const cells = split(found);
  return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
}

/** The open PRs of the repository. */
async function openPrs(running: PromoteFixture) {
  return (await running.emulator.listPullRequests(OWNER, REPO)).filter((pr) => pr.state === 'open');
}

async function run(running: PromoteFixture, payload: Record<string, unknown>) {
  const result = await running.promote(payload, { bundle: ROOT_BUNDLE });
  expect(result.exitCode, result.stdout).toBe(0);
  expect(result.outputs.flow).toBe('promote,dashboard');
  return result;
}

describe('root action (dist/main): the dashboard along a promotion chain', { timeout: 240_000 }, () => {
  it('appears after the first promotion and tracks nginx lab → staging → prod until every cell is in sync', async () => {
    fixture = await startPromoteFixture();
    await run(
      fixture,
      await fixture.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' }),
    );
    const [issue, ...others] = await dashboards(fixture);
    expect(others).toEqual([]);
    const labPr = (await openPrs(fixture))[0]!;
    let cells = row(issue!.body ?? '', 'nginx');
    expect(cells[LAB]).toContain(`[#${labPr.number}]`);
    expect(cells[LAB]).toContain('🔶');

    // Each hop merged by a person: the next run promotes onward and the dashboard follows.
    const hops: [string[], string[]][] = [
      [[LAB], STAGING],
      [STAGING, PROD],
    ];
    for (const [merged, next] of hops) {
      const before = await openPrs(fixture);
      for (const pr of before) await run(fixture, await fixture.mergeAsUser(pr.number));
      const [updated, ...more] = await dashboards(fixture);
      expect(more).toEqual([]);
      expect(updated!.number).toBe(issue!.number);
      cells = row(updated!.body ?? '', 'nginx');
      for (const folder of merged) {
        expect(cells[folder]).toContain('✅');
        expect(cells[folder]).not.toMatch(/\[#\d+\]/);
      }
      const opened = await openPrs(fixture);
      expect(opened.length).toBeGreaterThan(0);
      for (const folder of next) {
        expect(cells[folder]).toContain('🔶');
        expect(opened.some((pr) => cells[folder]!.includes(`[#${pr.number}]`))).toBe(true);
      }
    }
    for (const pr of await openPrs(fixture)) await run(fixture, await fixture.mergeAsUser(pr.number));
    expect(await openPrs(fixture)).toEqual([]);
    const [last] = await dashboards(fixture);
    cells = row(last!.body ?? '', 'nginx');
    for (const folder of [LAB, ...STAGING, ...PROD]) {
      expect(cells[folder]).toContain('✅');
      expect(await fixture.emulator.readFile(OWNER, REPO, 'main', `${folder}nginx/deployment.yaml`)).toBe(
        'v2\n',
      );
    }
  });

  it('shows the hop promote merged itself (autoMerge) in sync, rendered at the new head rather than the merge commit', async () => {
    fixture = await startPromoteFixture();
    const config = (await fixture.emulator.readFile(OWNER, REPO, 'main', 'telefonistka.yaml'))!.replace(
      '  - sourcePath: "clusters/lab/[^/]*/[^/]*/"\n',
      '  - sourcePath: "clusters/lab/[^/]*/[^/]*/"\n    conditions:\n      autoMerge: true\n',
    );
    await fixture.emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      files: { 'telefonistka.yaml': config },
      message: 'auto-merge lab to staging',
    });
    await run(
      fixture,
      await fixture.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v3\n' }),
    );
    const labPr = (await openPrs(fixture))[0]!;
    const result = await run(fixture, await fixture.mergeAsUser(labPr.number));
    expect(result.summary).toMatch(/merged/);
    // The staging hop was merged by this run: the content is on main, and the dashboard says so.
    for (const folder of STAGING)
      expect(await fixture.emulator.readFile(OWNER, REPO, 'main', `${folder}nginx/deployment.yaml`)).toBe(
        'v3\n',
      );
    const [issue] = await dashboards(fixture);
    const cells = row(issue!.body ?? '', 'nginx');
    for (const folder of STAGING) expect(cells[folder]).toContain('✅');
  });

  it('holds a staging cell ticked by a writer (the hold merged at once), and a later promotion skips that target', async () => {
    fixture = await startPromoteFixture({
      files: { 'clusters/lab/europe-west4/c1/nginx/deployment.yaml': 'lab ahead\n' },
    });
    await run(
      fixture,
      await fixture.mergeChange('feature/podinfo', { 'workspace/podinfo/values.yaml': 'v9\n' }),
    );
    const [issue] = await dashboards(fixture);
    const held = 'clusters/staging/us-central1/c1/nginx';
    const free = 'clusters/staging/europe-west4/c1/nginx';
    const box = `- [ ] ${dashboardActionKey({ kind: 'hold', folder: held })}`;
    expect(issue!.body).toContain(box);
    fixture.emulator.takeEvents();
    await fixture.emulator.editIssueBody({
      owner: OWNER,
      repo: REPO,
      number: issue!.number,
      body: issue!.body!.replace(box, box.replace('[ ]', '[x]')),
      user: 'alice',
    });
    const edited = fixture.emulator.takeEvents({ forActions: true }).find((event) => event.name === 'issues');
    const ticked = await fixture.promote(edited!.payload, { bundle: ROOT_BUNDLE, eventName: 'issues' });
    expect(ticked.exitCode, ticked.stdout).toBe(0);
    expect(ticked.outputs.flow).toBe('dashboard');
    expect(await fixture.emulator.readFile(OWNER, REPO, 'main', '.telefonistka/holds.yaml')).toContain(
      `folder: ${held}`,
    );
    const [shown] = await dashboards(fixture);
    expect(row(shown!.body ?? '', 'nginx')['clusters/staging/us-central1/c1/']).toContain('🔒');

    const before = await fixture.emulator.readFile(OWNER, REPO, 'main', `${held}/deployment.yaml`);
    const open = (await openPrs(fixture)).map((pr) => pr.number);
    const later = await run(
      fixture,
      await fixture.mergeChange('lab-nginx', {
        'clusters/lab/europe-west4/c1/nginx/deployment.yaml': 'v7\n',
      }),
    );
    const opened = (await openPrs(fixture)).filter((pr) => !open.includes(pr.number));
    expect(opened).toHaveLength(1);
    expect(await fixture.emulator.readFile(OWNER, REPO, opened[0]!.head, `${free}/deployment.yaml`)).toBe(
      'v7\n',
    );
    expect(await fixture.emulator.readFile(OWNER, REPO, opened[0]!.head, `${held}/deployment.yaml`)).toBe(
      before,
    );
    expect(before).not.toBe('v7\n');
    expect(later.summary).toContain(`### Held targets\n\n- 🔒 \`${held}\``);
  });
});
