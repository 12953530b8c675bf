import { afterEach, describe, expect, it } from 'vitest';
import { OWNER, REPO, startPromoteFixture, type PromoteFixture } from './promote-fixture.js';

let fixture: PromoteFixture;
afterEach(async () => fixture.close());

const prsOf = (run: { outputs: Record<string, string> }) => JSON.parse(run.outputs['pull-requests'] ?? '[]');
const openPromotionPrs = async () =>
  (await fixture.emulator.listPullRequests(OWNER, REPO)).filter(
    (pr) => pr.state === 'open' && pr.head.startsWith('promotions/'),
  );
const STAGING_CHANGE = { 'clusters/staging/us-central1/c1/nginx/deployment.yaml': 'v9\n' };

describe('promote action, failures and faults', () => {
  it('opens the other PRs when one fails, then fails the step naming the failure', async () => {
    fixture = await startPromoteFixture();
    const payload = await fixture.mergeChange('staging', STAGING_CHANGE);
    fixture.emulator.faults.add({
      route: 'POST /repos/{owner}/{repo}/pulls',
      status: 422,
      times: 1,
      message: 'Validation Failed',
    });
    const run = await fixture.promote(payload);
    expect(run.exitCode).toBe(1);
    const results = prsOf(run);
    expect(results.map((r: { action: string }) => r.action)).toEqual(['failed', 'opened']);
    expect(run.stdout).toContain('1 promotion(s) failed');
    // The failure says which phase of which promotion failed, then GitHub's answer.
    expect(run.stdout).toMatch(
      /::error::1 promotion\(s\) failed:%0A- promotions\/[^:]+: promote: writing the promotion PR for clusters\/[^:]+: GitHub [^%]*422[^%]*Validation Failed/,
    );
    expect(await openPromotionPrs()).toHaveLength(1);
    const rerun = await fixture.promote(payload);
    expect(rerun.exitCode, rerun.stdout).toBe(0);
    expect(
      prsOf(rerun)
        .map((r: { action: string }) => r.action)
        .sort(),
    ).toEqual(['opened', 'unchanged']);
    expect(await openPromotionPrs()).toHaveLength(2);
  });

  it('opens every PR exactly once through secondary rate limits, 429 and 5xx answers', async () => {
    fixture = await startPromoteFixture();
    const payload = await fixture.mergeChange('staging', STAGING_CHANGE);
    const { faults } = fixture.emulator;
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
    const run = await fixture.promote(payload);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(faults.pending()).toBe(0);
    const open = await openPromotionPrs();
    expect(open).toHaveLength(2);
    expect(new Set(open.map((pr) => pr.head)).size).toBe(2);
    for (const pr of open) expect(pr.labels).toContain('promotion');
    const creates = fixture.emulator.requests.filter((r) => r.route === 'POST /repos/{owner}/{repo}/pulls');
    expect(creates.filter((r) => r.status === 201)).toHaveLength(2);
  }, 60_000);

  it('survives the eventual-consistency 422 right after opening a PR', async () => {
    fixture = await startPromoteFixture();
    const payload = await fixture.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    fixture.emulator.faults.eventualConsistency({ times: 1 });
    const run = await fixture.promote(payload);
    expect(run.exitCode, run.stdout).toBe(0);
    const [pr] = await openPromotionPrs();
    expect(pr?.labels).toEqual(['promotion', 'gitops']);
  });

  it('warns but succeeds when the original author cannot be assigned', async () => {
    fixture = await startPromoteFixture();
    const payload = await fixture.mergeChange(
      'bot-change',
      { 'workspace/nginx/deployment.yaml': 'v2\n' },
      { user: 'telefonistka[bot]' },
    );
    const run = await fixture.promote(payload);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/::warning::.*could not assign telefonistka\[bot\]/);
    const [pr] = await openPromotionPrs();
    expect(pr).toMatchObject({ labels: ['promotion', 'gitops'], assignees: [] });
  });

  it('handles two merged PRs promoted at the same time without duplicates', async () => {
    fixture = await startPromoteFixture();
    const nginx = await fixture.mergeChange('nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    const podinfo = await fixture.mergeChange('podinfo', {
      'workspace/podinfo/values.yaml': 'replicaCount: 2\n',
    });
    const [a, b] = await Promise.all([fixture.promote(nginx), fixture.promote(podinfo)]);
    expect(a?.exitCode, a?.stdout).toBe(0);
    expect(b?.exitCode, b?.stdout).toBe(0);
    const open = await openPromotionPrs();
    expect(open.map((pr) => pr.title).sort()).toEqual([
      '🚀 Promotion: nginx ➡️  Lab clusters',
      '🚀 Promotion: podinfo ➡️  Lab clusters',
    ]);
    for (const pr of open) {
      const component = pr.title.includes('nginx') ? 'nginx' : 'podinfo';
      const other = component === 'nginx' ? 'podinfo' : 'nginx';
      const file = component === 'nginx' ? 'deployment.yaml' : 'values.yaml';
      expect(
        await fixture.emulator.readFile(
          OWNER,
          REPO,
          pr.head,
          `clusters/lab/europe-west4/c1/${component}/${file}`,
        ),
      ).toMatch(/v2|replicaCount: 2/);
      expect(
        await fixture.emulator.readFile(
          OWNER,
          REPO,
          pr.head,
          `clusters/lab/europe-west4/c1/${other}/${other === 'nginx' ? 'deployment.yaml' : 'values.yaml'}`,
        ),
      ).not.toMatch(/v2\n|replicaCount: 2/);
    }
  });
});
