// Moved in-process from the bundle tests (issue 14 item 1): one failing PR does not stop the others,
// faults and rate limits are retried without duplicates, and concurrent runs do not collide.
import { afterEach, describe, expect, it } from 'vitest';
import { OWNER, REPO, startPromoteEventHarness, type PromoteEventHarness } from './promote-event-harness.js';

let harness: PromoteEventHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const STAGING_CHANGE = { 'clusters/staging/us-central1/c1/nginx/deployment.yaml': 'v9\n' };

describe('promote use-case, failures and faults', { timeout: 90_000 }, () => {
  it('opens the other PRs when one fails, names the failure, and a re-run completes', async () => {
    const h = (harness = await startPromoteEventHarness());
    const payload = await h.mergeChange('staging', STAGING_CHANGE);
    h.emulator.faults.add({
      route: 'POST /repos/{owner}/{repo}/pulls',
      status: 422,
      times: 1,
      message: 'Validation Failed',
    });
    const run = await h.promote(payload);
    expect(run.results.map((r) => r.action)).toEqual(['failed', 'opened']);
    expect(run.failures).toHaveLength(1);
    expect(run.failures[0]).toContain(run.results[0]!.branch);
    // It says which phase of which promotion failed, then GitHub's answer.
    expect(run.failures[0]).toMatch(
      /: promote: writing the promotion PR for clusters\/\S+: GitHub .*\(HTTP 422\).*Validation Failed/,
    );
    expect(await h.openPromotionPrs()).toHaveLength(1);
    const rerun = await h.promote(payload);
    expect(rerun.failures).toEqual([]);
    expect(rerun.results.map((r) => r.action).sort()).toEqual(['opened', 'unchanged']);
    expect(await h.openPromotionPrs()).toHaveLength(2);
  });

  it('opens every PR exactly once through secondary rate limits, 429 and 5xx answers', async () => {
    const h = (harness = await startPromoteEventHarness());
    const payload = await h.mergeChange('staging', STAGING_CHANGE);
    const { faults } = h.emulator;
    faults.add({
      route: 'POST /repos/{owner}/{repo}/pulls',
      status: 403,
      times: 1,
      retryAfter: 1,
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    });
    faults.add({ route: 'POST /repos/{owner}/{repo}/git/trees', status: 502, times: 1 });
    faults.add({ route: 'POST /repos/{owner}/{repo}/git/commits', status: 429, times: 1, retryAfter: 1 });
    faults.add({ route: 'PATCH /repos/{owner}/{repo}/issues/{issue_number}', status: 503, times: 1 });
    const run = await h.promote(payload);
    expect(run.failures).toEqual([]);
    expect(faults.pending()).toBe(0);
    const open = await h.openPromotionPrs();
    expect(open).toHaveLength(2);
    expect(new Set(open.map((pr) => pr.head)).size).toBe(2);
    for (const pr of open) expect(pr.labels).toContain('promotion');
    const creates = h.emulator.requests.filter((r) => r.route === 'POST /repos/{owner}/{repo}/pulls');
    expect(creates.filter((r) => r.status === 201)).toHaveLength(2);
  }, 60_000);

  it('survives the eventual-consistency 422 right after opening a PR', async () => {
    const h = (harness = await startPromoteEventHarness());
    const payload = await h.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    h.emulator.faults.eventualConsistency({ times: 1 });
    const run = await h.promote(payload);
    expect(run.failures).toEqual([]);
    const [pr] = await h.openPromotionPrs();
    expect(pr?.labels).toEqual(['promotion', 'gitops']);
  });

  it('warns but succeeds when the original author cannot be assigned', async () => {
    const h = (harness = await startPromoteEventHarness());
    const payload = await h.mergeChange(
      'bot-change',
      { 'workspace/nginx/deployment.yaml': 'v2\n' },
      { user: 'telefonistka[bot]' },
    );
    const run = await h.promote(payload);
    expect(run.failures).toEqual([]);
    expect(run.log.lines.filter((l) => l.startsWith('warning: ')).join('\n')).toMatch(
      /could not assign telefonistka\[bot\]/,
    );
    const [pr] = await h.openPromotionPrs();
    expect(pr).toMatchObject({ labels: ['promotion', 'gitops'], assignees: [] });
  });

  it('handles two merged PRs promoted at the same time without duplicates', async () => {
    const h = (harness = await startPromoteEventHarness());
    const nginx = await h.mergeChange('nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    const podinfo = await h.mergeChange('podinfo', { 'workspace/podinfo/values.yaml': 'replicaCount: 2\n' });
    const [a, b] = await Promise.all([h.promote(nginx), h.promote(podinfo)]);
    expect(a.failures).toEqual([]);
    expect(b.failures).toEqual([]);
    const open = await h.openPromotionPrs();
    expect(open.map((pr) => pr.title).sort()).toEqual([
      '🚀 Promotion: nginx ➡️  Lab clusters',
      '🚀 Promotion: podinfo ➡️  Lab clusters',
    ]);
    const lab = 'clusters/lab/europe-west4/c1';
    for (const pr of open) {
      const nginxFile = await h.emulator.readFile(OWNER, REPO, pr.head, `${lab}/nginx/deployment.yaml`);
      const podinfoFile = await h.emulator.readFile(OWNER, REPO, pr.head, `${lab}/podinfo/values.yaml`);
      if (pr.title.includes('nginx')) {
        expect(nginxFile).toBe('v2\n');
        expect(podinfoFile).not.toMatch(/replicaCount: 2/);
      } else {
        expect(podinfoFile).toBe('replicaCount: 2\n');
        expect(nginxFile).not.toBe('v2\n');
      }
    }
  });
});
