import { afterEach, describe, expect, it } from 'vitest';
import { startPromoteHarness, type PromoteHarness } from './promote-harness.js';

let harness: PromoteHarness;
afterEach(async () => harness.close());

const NGINX = { 'workspace/nginx/deployment.yaml': 'v2\n' };
const LABEL_ROUTE = 'PATCH /repos/{owner}/{repo}/issues/{issue_number}';

async function onlyPromotionPr() {
  const open = await harness.openPromotionPrs();
  expect(open).toHaveLength(1);
  return open[0]!;
}

describe('promote write path: half-made PRs (issue 17 item 7)', { timeout: 120_000 }, () => {
  it('mends labels and assignee on the re-run after the label call failed past its retries', async () => {
    harness = await startPromoteHarness();
    const merged = await harness.mergeChange('nginx', NGINX);
    harness.emulator.faults.add({
      route: LABEL_ROUTE,
      status: 403,
      message: 'Resource not accessible by integration',
    });
    const first = await harness.promote(merged);
    expect(first.results.map((r) => r.action)).toEqual(['failed']);
    const halfMade = await onlyPromotionPr();
    expect(halfMade).toMatchObject({ labels: [], assignees: [] });
    // The writer's error carries the PR it opened: the refusal names it without asking GitHub for it again.
    expect(first.results[0]?.error).toContain(`#${halfMade.number} is open; the next run completes it.`);
    expect(first.apiCalls).toBe(6);

    const rerun = await harness.promote(merged);
    expect(rerun.results.map((r) => r.action)).toEqual(['unchanged']);
    expect(await onlyPromotionPr()).toMatchObject({ labels: ['promotion', 'gitops'], assignees: ['alice'] });
  });

  it('retries a 404 right after opening the PR (eventual consistency) and labels it in the same run', async () => {
    harness = await startPromoteHarness();
    const merged = await harness.mergeChange('nginx', NGINX);
    harness.emulator.faults.add({ route: LABEL_ROUTE, status: 404, times: 2 });
    const run = await harness.promote(merged);
    expect(run.results.map((r) => r.action)).toEqual(['opened']);
    expect(harness.emulator.faults.pending()).toBe(0);
    expect(await onlyPromotionPr()).toMatchObject({ labels: ['promotion', 'gitops'], assignees: ['alice'] });
  });

  it('labels and assigns a PR adopted after a ghost write (created, but the client saw 502)', async () => {
    harness = await startPromoteHarness();
    const merged = await harness.mergeChange('nginx', NGINX);
    harness.emulator.faults.add({
      route: 'POST /repos/{owner}/{repo}/pulls',
      status: 502,
      afterHandler: true,
    });
    const run = await harness.promote(merged);
    expect(run.results.map((r) => r.action)).toEqual(['updated']);
    expect(await onlyPromotionPr()).toMatchObject({ labels: ['promotion', 'gitops'], assignees: ['alice'] });
  }, 30_000);

  it('mends a title, body, label and assignee that were changed by hand, keeping labels people added', async () => {
    harness = await startPromoteHarness();
    const merged = await harness.mergeChange('nginx', NGINX);
    await harness.promote(merged);
    const pr = await onlyPromotionPr();
    const github = harness.github();
    await github.updatePullRequest(pr.number, { title: 'renamed', body: 'emptied' });
    await github.setLabelsAndAssignees(pr.number, { labels: ['gitops', 'keep-me'], assignees: [] });
    const rerun = await harness.promote(merged);
    expect(rerun.results.map((r) => r.action)).toEqual(['unchanged']);
    const mended = await onlyPromotionPr();
    expect(mended).toMatchObject({ title: pr.title, body: pr.body, assignees: ['alice'] });
    expect([...mended.labels].sort()).toEqual(['gitops', 'keep-me', 'promotion']);
  });

  it('spends no call on labels, assignee, title or body when the PR is already whole', async () => {
    harness = await startPromoteHarness();
    const merged = await harness.mergeChange('nginx', NGINX);
    await harness.promote(merged);
    harness.emulator.resetLog();
    const rerun = await harness.promote(merged);
    expect(rerun.results.map((r) => r.action)).toEqual(['unchanged']);
    // GraphQL queries (the token's own login, read to tell this action's PRs apart) are reads.
    const writes = harness.emulator.requests.filter(
      (r) => r.method !== 'GET' && !(r.graphql ?? '').startsWith('query'),
    );
    expect(writes.map((r) => r.route)).toEqual([]);
  });
});
