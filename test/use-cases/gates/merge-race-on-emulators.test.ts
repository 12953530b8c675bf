// Who merged a gated promotion PR, and how many deployments record one merge, when runs race: a sweep whose merge is
// refused because another run merged the PR first records nothing; a merge whose answer was lost is still the
// sweep's; two runs recording one merge at once leave one deployment, with the statuses on it alone.
import { afterEach, describe, expect, it } from 'vitest';
import { parseRepoConfig } from '../../../src/core/config/parse-repo-config.js';
import { planDeployments } from '../../../src/core/gates/plan-deployments.js';
import type { DeploymentsPort } from '../../../src/ports/deployments-port.js';
import { silentLogger } from '../../../src/ports/logger.js';
import { recordDeployments } from '../../../src/use-cases/gates/record-deployments.js';
import { HOUR, MINUTE } from '../../support/test-clock.js';
import { OWNER, REPO, startGatesHarness, type GatesHarness } from './gates-harness.js';

const CONFIG = `environments:
  - path: clusters/lab/
    name: lab
  - path: clusters/staging/
    name: staging
  - path: clusters/prod/
    name: prod
promotionPaths:
  - sourcePath: clusters/staging/
    conditions: { autoMerge: true }
    gates: { soak: 1h }
    promotionPrs:
      - targetPaths: [clusters/prod/]
`;
const MERGE = 'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge';

let harness: GatesHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** A prod promotion PR whose gates pass: staging's deployment of the promoted commit has soaked 1h. */
async function passingPromotion(h: GatesHarness): Promise<number> {
  const staging = await h.mergeChange('staging', 'app:2.0');
  const id = await h.recordDeployment('staging', staging, 1);
  await h.deployments().createDeploymentStatus(id, { state: 'success', description: 'synced' });
  const pr = await h.openPromotionPr('prod', 'app:2.0', { source: 'staging', sourceCommit: staging });
  h.clock.advance(HOUR + MINUTE);
  return pr;
}

describe('merge attribution and deployment recording under races', () => {
  it('reports a PR another run merged first as merged elsewhere and records no deployment for it', async () => {
    harness = await startGatesHarness({ start: '2026-03-02T08:00:00Z', config: CONFIG });
    const { emulator } = harness;
    const pr = await passingPromotion(harness);
    // A second sweep, same App identity, merges the PR just before this sweep's merge call is served.
    emulator.faults.add({
      kind: 'beforeRequest',
      route: MERGE,
      act: async () => {
        await emulator.mergePullRequest({ owner: OWNER, repo: REPO, number: pr, user: 'telefonistka[bot]' });
      },
    });
    const swept = await harness.sweep({ merge: true });
    const merged = await emulator.getPullRequest(OWNER, REPO, pr);
    expect(merged.merged).toBe(true);
    expect(swept.pullRequests).toEqual([
      expect.objectContaining({ number: pr, verdict: expect.objectContaining({ state: 'success' }) }),
    ]);
    const [entry] = swept.pullRequests;
    expect(entry?.merge).toBe('left-open');
    expect(entry?.mergeNote).toBe(
      `#${pr} was merged by @telefonistka[bot] as ${merged.mergeCommitSha!.slice(0, 12)}, not by this run: nothing is left to do here.`,
    );
    expect(entry?.mergeCommitSha).toBeUndefined();
    expect(entry?.deployments).toBeUndefined();
    // The run that merged it records prod; this one recorded nothing.
    expect(emulator.listDeployments(OWNER, REPO, 'prod')).toEqual([]);
  }, 120_000);

  it('takes a merge whose answer was lost for its own: the PR is merged at the checked head by its identity', async () => {
    harness = await startGatesHarness({ start: '2026-03-02T08:00:00Z', config: CONFIG });
    const { emulator } = harness;
    const pr = await passingPromotion(harness);
    // The merge happens; the answer is lost (502). The adapter does not retry the PUT behind the use-case's back.
    emulator.faults.add({ route: MERGE, status: 502, afterHandler: true });
    emulator.resetLog();
    const swept = await harness.sweep({ merge: true });
    const merged = await emulator.getPullRequest(OWNER, REPO, pr);
    expect(swept.pullRequests[0]).toMatchObject({ merge: 'merged', mergeCommitSha: merged.mergeCommitSha });
    expect(emulator.requests.filter((request) => request.route === MERGE).map((r) => r.status)).toEqual([
      502,
    ]);
    expect(emulator.listDeployments(OWNER, REPO, 'prod')).toEqual([
      expect.objectContaining({ sha: merged.mergeCommitSha, latestStatus: 'in_progress' }),
    ]);
  }, 120_000);

  it('does not take a lost merge for its own when a person merged the PR meanwhile', async () => {
    harness = await startGatesHarness({ start: '2026-03-02T08:00:00Z', config: CONFIG });
    const { emulator } = harness;
    const pr = await passingPromotion(harness);
    // Alice merges by hand just before the sweep's call; GitHub refuses the sweep's merge, and that answer is lost.
    emulator.faults.add({
      kind: 'beforeRequest',
      route: MERGE,
      act: async () => {
        await emulator.mergePullRequest({ owner: OWNER, repo: REPO, number: pr, user: 'alice' });
      },
    });
    emulator.faults.add({ route: MERGE, status: 502, afterHandler: true });
    const swept = await harness.sweep({ merge: true });
    expect(swept.pullRequests[0]).toMatchObject({
      merge: 'left-open',
      mergeNote: expect.stringMatching(/^#\d+ was merged by @alice as [0-9a-f]{12}, not by this run/),
    });
    expect(emulator.listDeployments(OWNER, REPO, 'prod')).toEqual([]);
  }, 120_000);

  it('converges two runs recording one merge at the same time on the older deployment, statuses on it alone', async () => {
    harness = await startGatesHarness({ start: '2026-03-02T08:00:00Z', config: CONFIG });
    const { emulator } = harness;
    const { config } = parseRepoConfig(CONFIG);
    const prod = await harness.mergeChange('prod', 'app:2.0');
    // Both runs look (nothing recorded yet) before either creates, and both create before either looks again.
    const afterLook = barrier(2);
    const afterCreate = barrier(2);
    const lockstep = (port: DeploymentsPort): DeploymentsPort => ({
      ...port,
      createDeployment: async (deployment) => {
        await afterLook();
        const id = await port.createDeployment(deployment);
        await afterCreate();
        return id;
      },
    });
    const record = () =>
      recordDeployments(
        {
          pullRequest: {
            number: 9,
            url: 'https://github.com/acme/iac/pull/9',
            mergeCommitSha: prod,
            metadata: undefined,
            sourceCommit: undefined,
          },
          planned: planDeployments(config, [{ path: 'clusters/prod/app/values.yaml' }]),
          confirmation: 'argocd',
        },
        { deployments: lockstep(harness!.deployments()), logger: silentLogger },
      );
    const [first, second] = await Promise.all([record(), record()]);
    const left = emulator.listDeployments(OWNER, REPO, 'prod');
    expect(left).toHaveLength(1);
    const [kept] = left;
    expect(kept).toMatchObject({ sha: prod, latestStatus: 'in_progress' });
    expect(kept!.statuses.map((status) => status.state)).toEqual(['in_progress']);
    // One run wrote the record, the other found it recorded; both name the same deployment.
    expect([first, second].map((results) => results.map((r) => [r.outcome, r.id]))).toEqual(
      expect.arrayContaining([[['in_progress', kept!.id]], [['exists', kept!.id]]]),
    );
    // A third recording (a re-run) finds it and writes nothing.
    emulator.resetLog();
    const again = await recordDeployments(
      {
        pullRequest: {
          number: 9,
          url: '',
          mergeCommitSha: prod,
          metadata: undefined,
          sourceCommit: undefined,
        },
        planned: planDeployments(config, [{ path: 'clusters/prod/app/values.yaml' }]),
        confirmation: 'argocd',
      },
      { deployments: harness.deployments(), logger: silentLogger },
    );
    expect(again.map((r) => [r.outcome, r.id])).toEqual([['exists', kept!.id]]);
    expect(emulator.requests.map((request) => request.route)).toEqual([
      'GET /repos/{owner}/{repo}/deployments',
    ]);
  }, 120_000);

  it('retires a duplicate an interrupted run left behind when the merge is recorded again', async () => {
    harness = await startGatesHarness({ start: '2026-03-02T08:00:00Z', config: CONFIG });
    const { emulator } = harness;
    const { config } = parseRepoConfig(CONFIG);
    const prod = await harness.mergeChange('prod', 'app:2.0');
    const older = await harness.recordDeployment('prod', prod, 9);
    // A run created a second record and stopped before looking again.
    await harness
      .deployments()
      .createDeployment({ sha: prod, environment: 'prod', description: '', payload: {} });
    const results = await recordDeployments(
      {
        pullRequest: {
          number: 9,
          url: '',
          mergeCommitSha: prod,
          metadata: undefined,
          sourceCommit: undefined,
        },
        planned: planDeployments(config, [{ path: 'clusters/prod/app/values.yaml' }]),
        confirmation: 'argocd',
      },
      { deployments: harness.deployments(), logger: silentLogger },
    );
    expect(results.map((r) => [r.outcome, r.id])).toEqual([['exists', older]]);
    expect(emulator.listDeployments(OWNER, REPO, 'prod')).toEqual([
      expect.objectContaining({ id: older, latestStatus: 'in_progress' }),
    ]);
  }, 120_000);
});

/** Resolves for every party once `parties` calls have arrived: two runs held at the same step. */
function barrier(parties: number): () => Promise<void> {
  let arrived = 0;
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  return async () => {
    arrived++;
    if (arrived === parties) release();
    await released;
  };
}
