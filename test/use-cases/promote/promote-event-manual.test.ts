// Moved in-process from the bundle tests (issue 14 item 1): a promotion started by hand (workflow_dispatch
// naming a component folder and optionally targets).
import { afterEach, describe, expect, it } from 'vitest';
import { OWNER, REPO, startPromoteEventHarness, type PromoteEventHarness } from './promote-event-harness.js';

let harness: PromoteEventHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const dispatch = (inputs: Record<string, string>) => ({
  inputs,
  ref: 'refs/heads/main',
  sender: { login: 'alice' },
});
const manual = { eventName: 'workflow_dispatch' };

describe('promote use-case, manual workflow_dispatch', { timeout: 90_000 }, () => {
  it('promotes a component to the chosen subset of its targets, shows the plan in the summary', async () => {
    const h = (harness = await startPromoteEventHarness({
      files: { 'clusters/staging/us-central1/c1/nginx/deployment.yaml': 'staged by hand\n' },
    }));
    const run = await h.promote(
      dispatch({ component: 'clusters/staging/us-central1/c1/nginx', targets: 'clusters/prod/us-west1/c2/' }),
      manual,
    );
    expect(run.failures).toEqual([]);
    expect(run.results).toMatchObject([{ action: 'opened', targets: ['clusters/prod/us-west1/c2/nginx'] }]);
    const pr = await h.emulator.getPullRequest(OWNER, REPO, run.results[0]!.number!);
    expect(pr.assignees).toEqual(['alice']);
    expect(
      await h.emulator.readFile(OWNER, REPO, pr.head, 'clusters/prod/us-west1/c2/nginx/deployment.yaml'),
    ).toBe('staged by hand\n');
    expect(await h.openPromotionPrs()).toHaveLength(1);
    expect(run.summary).toContain('`clusters/staging/us-central1/c1/`');
    expect(run.summary).toContain('clusters/prod/us-west1/c2/');
    expect(run.summary).not.toContain('europe-west4/c2/`');
  });

  it('promotes to every configured target when no subset is given', async () => {
    const h = (harness = await startPromoteEventHarness({
      files: { 'clusters/staging/us-central1/c1/nginx/deployment.yaml': 'v7\n' },
    }));
    const run = await h.promote(dispatch({ component: 'clusters/staging/us-central1/c1/nginx' }), manual);
    expect(run.failures).toEqual([]);
    expect(run.results.map((r) => r.targets)).toEqual([
      ['clusters/prod/europe-west4/c2/nginx'],
      ['clusters/prod/us-west1/c2/nginx'],
    ]);
    expect(await h.openPromotionPrs()).toHaveLength(2);
  });

  it('fails with a clear message for a folder that does not exist, and opens nothing', async () => {
    const h = (harness = await startPromoteEventHarness());
    await expect(
      h.promote(dispatch({ component: 'clusters/staging/nowhere/nginx' }), manual),
    ).rejects.toThrow('folder clusters/staging/nowhere/nginx does not exist on the default branch');
    expect(await h.emulator.listPullRequests(OWNER, REPO)).toEqual([]);
  });
});
