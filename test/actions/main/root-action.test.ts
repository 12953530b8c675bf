import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dashboardActionKey } from '../../../src/core/dashboard/dashboard-action-key.js';
import { octokitFor } from '../../github-emulator/emulator-fixture.js';
import { OWNER, REPO, startPromoteFixture, type PromoteFixture } from '../promote/promote-fixture.js';

const ROOT_BUNDLE = path.resolve(import.meta.dirname, '../../../dist/main/index.js');

let fixture: PromoteFixture;
afterEach(async () => fixture.close());

describe('root action (dist/main)', () => {
  it('routes a merged PR to the promote flow and skips the Argo CD diff without a server', async () => {
    fixture = await startPromoteFixture();
    const payload = await fixture.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    const run = await fixture.promote(payload, { bundle: ROOT_BUNDLE });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.flow).toBe('promote,dashboard');
    const open = (await fixture.emulator.listPullRequests(OWNER, REPO)).filter((pr) => pr.state === 'open');
    expect(open.map((pr) => pr.title)).toEqual(['🚀 Promotion: nginx ➡️  Lab clusters']);
  });

  it('updates the dashboard issue after the first promotion and tracks the chain as the lab PR merges', async () => {
    fixture = await startPromoteFixture();
    const payload = await fixture.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    const first = await fixture.promote(payload, { bundle: ROOT_BUNDLE });
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs.flow).toBe('promote,dashboard');
    const reader = octokitFor(fixture.emulator, fixture.emulator.tokens.reader);
    const listDashboards = async () =>
      (await reader.rest.issues.listForRepo({ owner: OWNER, repo: REPO, labels: 'telefonistka-dashboard' }))
        .data;
    const [issue] = await listDashboards();
    expect(issue?.pull_request).toBeUndefined();
    const labPr = (await fixture.emulator.listPullRequests(OWNER, REPO)).find((pr) => pr.state === 'open')!;
    expect(issue?.body).toContain(`[#${labPr.number}]`);
    expect(first.summary).toMatch(
      new RegExp(`Promotion dashboard[\\s\\S]*#${issue!.number}\\]\\([^)]*\\) created[^\\n]*\\d+ API call`),
    );

    const labMerged = await fixture.mergeAsUser(labPr.number);
    const second = await fixture.promote(labMerged, { bundle: ROOT_BUNDLE });
    expect(second.exitCode, second.stdout).toBe(0);
    const after = await listDashboards();
    expect(after.map((item) => item.number)).toEqual([issue!.number]);
    const open = (await fixture.emulator.listPullRequests(OWNER, REPO)).filter((pr) => pr.state === 'open');
    expect(open.map((pr) => pr.number)).not.toContain(labPr.number);
    expect(open.length).toBeGreaterThan(0);
    expect(after[0]?.body).not.toContain(`[#${labPr.number}]`);
    for (const next of open) expect(after[0]?.body).toContain(`[#${next.number}]`);
    expect(second.summary).toMatch(/updated[^\n]*API call/);
  });

  it("acts on a writer's tick in the dashboard issue: routes issues.edited to the dashboard, opens the promotion PR, unticks the box", async () => {
    fixture = await startPromoteFixture({
      files: { 'clusters/lab/europe-west4/c1/nginx/deployment.yaml': 'lab ahead\n' },
    });
    const payload = await fixture.mergeChange('feature/podinfo', { 'workspace/podinfo/values.yaml': 'v9\n' });
    const first = await fixture.promote(payload, { bundle: ROOT_BUNDLE });
    expect(first.exitCode, first.stdout).toBe(0);
    const reader = octokitFor(fixture.emulator, fixture.emulator.tokens.reader);
    const [issue] = (
      await reader.rest.issues.listForRepo({ owner: OWNER, repo: REPO, labels: 'telefonistka-dashboard' })
    ).data;
    const folder = 'clusters/staging/us-central1/c1/nginx';
    const box = `- [ ] ${dashboardActionKey({ kind: 'promote', folder })}`;
    expect(issue?.body).toContain(box);
    const before = (await fixture.emulator.listPullRequests(OWNER, REPO)).map((pr) => pr.number);
    fixture.emulator.takeEvents();
    await fixture.emulator.editIssueBody({
      owner: OWNER,
      repo: REPO,
      number: issue!.number,
      body: issue!.body!.replace(box, box.replace('[ ]', '[x]')),
      user: 'alice',
    });
    const edited = fixture.emulator.takeEvents({ forActions: true }).find((event) => event.name === 'issues');
    const run = await fixture.promote(edited!.payload, { bundle: ROOT_BUNDLE, eventName: 'issues' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.flow).toBe('dashboard');
    const opened = (await fixture.emulator.listPullRequests(OWNER, REPO)).filter(
      (pr) => !before.includes(pr.number),
    );
    expect(opened).toHaveLength(1);
    expect(await fixture.emulator.readFile(OWNER, REPO, opened[0]!.head, `${folder}/deployment.yaml`)).toBe(
      'lab ahead\n',
    );
    const after = (await reader.rest.issues.get({ owner: OWNER, repo: REPO, issue_number: issue!.number }))
      .data;
    expect(after.body).not.toContain('- [x]');
    expect(after.body).toContain(`[#${opened[0]!.number}]`);
    expect(run.summary).toContain(`✅ promote \`${folder}\`: opened a promotion PR`);
  });

  it('sweeps and updates the dashboard on the schedule; a second run with nothing changed writes nothing', async () => {
    fixture = await startPromoteFixture();
    const schedule = { schedule: '*/15 * * * *', repository: { default_branch: 'main' } };
    const first = await fixture.promote(schedule, { bundle: ROOT_BUNDLE, eventName: 'schedule' });
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs.flow).toBe('sweep,dashboard');
    const reader = octokitFor(fixture.emulator, fixture.emulator.tokens.reader);
    const dashboards = (
      await reader.rest.issues.listForRepo({ owner: OWNER, repo: REPO, labels: 'telefonistka-dashboard' })
    ).data;
    expect(dashboards).toHaveLength(1);
    expect(dashboards[0]?.body).toContain('| `nginx` |');
    expect(first.summary).toMatch(/Promotion dashboard[\s\S]*created/);

    fixture.emulator.resetLog();
    const second = await fixture.promote(schedule, { bundle: ROOT_BUNDLE, eventName: 'schedule' });
    expect(second.exitCode, second.stdout).toBe(0);
    // One run's budget: the sweep's reads plus the dashboard's two (viewer + open PRs, the issue list); no write.
    expect(second.summary).toMatch(/\) unchanged: [^\n]*0 write\(s\), 2 API call\(s\)/);
    const writes = fixture.emulator.requests.filter(
      (request) =>
        request.method !== 'GET' && !(request.method === 'POST' && request.graphql?.startsWith('query')),
    );
    expect(writes).toEqual([]);
    expect(
      fixture.emulator.requests.filter((r) => r.route === 'GET /repos/{owner}/{repo}/issues'),
    ).toHaveLength(1);
  });

  it('routes an opened PR to the PR checks, which comment the promotion preview', async () => {
    fixture = await startPromoteFixture();
    await fixture.emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'change',
      from: 'main',
      files: { 'workspace/nginx/deployment.yaml': 'v3\n' },
      message: 'change',
    });
    const pr = await fixture.emulator.openPullRequest({
      owner: OWNER,
      repo: REPO,
      head: 'change',
      base: 'main',
      title: 'x',
      user: 'alice',
    });
    const opened = fixture.emulator
      .takeEvents({ forActions: true })
      .find((e) => e.name === 'pull_request' && e.payload.action === 'opened');
    const run = await fixture.promote(opened!.payload, { bundle: ROOT_BUNDLE });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.flow).toBe('pr-checks');
    const comments = fixture.emulator.listComments(OWNER, REPO, pr.number);
    expect(comments.map((c) => c.body).join('\n')).toContain('clusters/lab/europe-west4/c1/');
  });

  it('does nothing for a push to another branch', async () => {
    fixture = await startPromoteFixture();
    const run = await fixture.promote(
      {
        ref: 'refs/heads/feature',
        before: '0'.repeat(40),
        after: '1'.repeat(40),
        repository: { default_branch: 'main' },
      },
      { bundle: ROOT_BUNDLE, eventName: 'push', checkout: false },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.flow).toBe('ignore');
    expect(fixture.emulator.requests).toEqual([]);
  });
});
