// End-to-end gated delivery on the emulators (issue 15, "done when"): each verdict is what the gates sweep
// (`sweepGates` over the real adapters, on the test clock) reaches and writes as `telefonistka/gates`.
import { afterEach, describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../../support/test-clock.js';
import { OWNER, REPO, startGatesHarness, type GatesHarness } from './gates-harness.js';

let harness: GatesHarness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** Monday 2026-03-02 09:00 in Berlin (CET): inside the Mon-Thu 09:00-16:00 window. */
const MONDAY_MORNING = '2026-03-02T08:00:00Z';

describe('gated delivery lab -> staging -> prod', () => {
  it('holds prod until staging runs the promoted commit, is Healthy, and has soaked 2h', async () => {
    harness = await startGatesHarness({ start: MONDAY_MORNING });
    const { clock, emulator, argocd } = harness;
    const port = harness.deployments();
    // lab: merged and deployed at once (no Argo CD confirmation for lab in this scenario).
    const lab = await harness.mergeChange('lab', 'app:2.0');
    const labDeployment = await harness.recordDeployment('lab', lab, 1);
    await port.createDeploymentStatus(labDeployment, { state: 'success', description: 'deployed at merge' });
    // An older staging deployment that was live: the new one's success must make it inactive.
    const initial = emulator.listDeployments(OWNER, REPO).length;
    expect(initial).toBe(1);
    const olderStaging = await harness.recordDeployment('staging', lab, 0);
    await port.createDeploymentStatus(olderStaging, { state: 'success', description: 'deployed' });

    // staging: the lab -> staging promotion merged; Argo CD syncs it at +5m and it is Healthy at +7m.
    const staging = await harness.mergeChange('staging', 'app:2.0');
    const stagingDeployment = await harness.recordDeployment('staging', staging, 2);
    argocd.rollout('app-staging', {
      revision: staging,
      startAt: clock.now() + MINUTE,
      syncedAt: clock.now() + 5 * MINUTE,
      settledAt: clock.now() + 7 * MINUTE,
    });
    const prodPr = await harness.openPromotionPr('prod', 'app:2.0', {
      source: 'staging',
      sourceCommit: staging,
    });

    const atMerge = await harness.verdict(prodPr);
    expect(atMerge.state).toBe('pending');
    expect(atMerge.reasons.map((reason) => reason.gate).sort()).toEqual(['healthy', 'soak']);
    expect(atMerge.description).toContain('staging not healthy yet: app-staging not at');

    clock.advance(5 * MINUTE);
    expect((await harness.verdict(prodPr)).description).toContain(
      'staging not healthy yet: app-staging Synced/Progressing',
    );

    clock.advance(2 * MINUTE);
    // Argo CD reports Synced + Healthy at the merge commit: the deployment is confirmed.
    await port.createDeploymentStatus(stagingDeployment, {
      state: 'success',
      description: 'Synced and Healthy',
    });
    const soaking = await harness.verdict(prodPr);
    expect(soaking).toMatchObject({
      state: 'pending',
      description: 'staging soaking 2h: ready 2026-03-02 10:07 UTC',
    });

    clock.advance(2 * HOUR - 1000);
    expect((await harness.verdict(prodPr)).state).toBe('pending');
    clock.advance(1000);
    expect(await harness.verdict(prodPr)).toMatchObject({
      state: 'success',
      description: 'gates passed: soak 2h, healthy (argocd), in window, not frozen',
    });

    // The record on GitHub: one deployment per environment and merge commit, statuses in order, the older
    // staging deployment inactive, every timestamp from the test clock.
    const recorded = emulator.listDeployments(OWNER, REPO).map((deployment) => ({
      environment: deployment.environment,
      sha: deployment.sha,
      state: deployment.state,
      statuses: deployment.statuses.map((status) => `${status.state}@${status.createdAt}`),
    }));
    expect(recorded).toEqual([
      {
        environment: 'lab',
        sha: lab,
        state: 'ACTIVE',
        statuses: ['in_progress@2026-03-02T08:00:00Z', 'success@2026-03-02T08:00:00Z'],
      },
      {
        environment: 'staging',
        sha: lab,
        state: 'INACTIVE',
        statuses: [
          'in_progress@2026-03-02T08:00:00Z',
          'success@2026-03-02T08:00:00Z',
          'inactive@2026-03-02T08:07:00Z',
        ],
      },
      {
        environment: 'staging',
        sha: staging,
        state: 'ACTIVE',
        statuses: ['in_progress@2026-03-02T08:00:00Z', 'success@2026-03-02T08:07:00Z'],
      },
    ]);
    expect(emulator.listEnvironments(OWNER, REPO)).toEqual(['lab', 'staging']);
  });

  it('turns the gate to failure when staging goes Degraded after its sync', async () => {
    harness = await startGatesHarness({ start: MONDAY_MORNING });
    const { clock, emulator, argocd } = harness;
    const staging = await harness.mergeChange('staging', 'app:3.0');
    const deployment = await harness.recordDeployment('staging', staging, 5);
    argocd.rollout('app-staging', {
      revision: staging,
      syncedAt: clock.now() + 2 * MINUTE,
      settledAt: clock.now() + 10 * MINUTE,
      health: 'Degraded',
      healthMessage: 'Deployment "app" exceeded its progress deadline',
    });
    const prodPr = await harness.openPromotionPr('prod', 'app:3.0', {
      source: 'staging',
      sourceCommit: staging,
    });
    expect((await harness.verdict(prodPr)).state).toBe('pending');
    clock.advance(10 * MINUTE);
    // Argo CD says Degraded at the merge commit: the deployment failed.
    await harness.deployments().createDeploymentStatus(deployment, {
      state: 'failure',
      description: 'app-staging Degraded',
    });
    const verdict = await harness.verdict(prodPr);
    expect(verdict).toMatchObject({
      state: 'failure',
      description: expect.stringMatching(/^staging unhealthy: app-staging Degraded/),
    });
    expect(verdict.reasons).toEqual(
      expect.arrayContaining([
        { gate: 'healthy', state: 'failure', text: 'staging unhealthy: app-staging Degraded' },
        { gate: 'soak', state: 'failure', text: `staging deployment of ${staging.slice(0, 7)} failure` },
      ]),
    );
    const [recorded] = emulator.listDeployments(OWNER, REPO, 'staging');
    expect(recorded).toMatchObject({ sha: staging, state: 'FAILURE', latestStatus: 'failure' });
  });
});

/** The `telefonistka/gates` statuses of a commit, oldest first, as `state: description`. */
async function gateStatuses(h: GatesHarness, sha: string): Promise<string[]> {
  const octokit = (await import('@actions/github')).getOctokit(h.emulator.tokens.reader, {
    baseUrl: h.emulator.apiUrl,
  });
  const { data } = await octokit.rest.repos.listCommitStatusesForRef({ owner: OWNER, repo: REPO, ref: sha });
  return data
    .filter((status) => status.context === 'telefonistka/gates')
    .map((status) => `${status.state}: ${status.description ?? ''}`)
    .reverse();
}

describe('gated delivery windows and freezes', () => {
  /** Friday 2026-03-06 15:00 in Berlin: outside the Mon-Thu window. */
  const FRIDAY_AFTERNOON = '2026-03-06T14:00:00Z';

  async function soakedStaging(h: GatesHarness): Promise<{ staging: string; prodPr: number }> {
    const staging = await h.mergeChange('staging', 'app:4.0');
    const deployment = await h.recordDeployment('staging', staging, 9);
    h.argocd.rollout('app-staging', { revision: staging, syncedAt: h.clock.now() });
    await h
      .deployments()
      .createDeploymentStatus(deployment, { state: 'success', description: 'Synced and Healthy' });
    const prodPr = await h.openPromotionPr('prod', 'app:4.0', { source: 'staging', sourceCommit: staging });
    return { staging, prodPr };
  }

  it('blocks outside the window and releases when it opens on Monday 09:00 Europe/Berlin', async () => {
    harness = await startGatesHarness({ start: FRIDAY_AFTERNOON });
    const { clock } = harness;
    const { prodPr } = await soakedStaging(harness);
    clock.advance(3 * HOUR);
    const closed = await harness.verdict(prodPr);
    expect(closed.state).toBe('pending');
    expect(closed.reasons).toEqual([
      { gate: 'window', state: 'pending', text: expect.stringContaining('outside window: opens Mon') },
    ]);
    // A sweep that may merge (the flow has autoMerge) leaves the PR open a minute before the window opens...
    clock.set('2026-03-09T07:59:00Z');
    const early = await harness.sweep({ merge: true });
    expect(early.pullRequests.map((pr) => [pr.number, pr.verdict.state, pr.merge])).toEqual([
      [prodPr, 'pending', undefined],
    ]);
    expect((await harness.emulator.getPullRequest(OWNER, REPO, prodPr)).state).toBe('open');
    // ...and merges it when the window opens, Monday 09:00 in Berlin.
    clock.set('2026-03-09T08:00:00Z');
    const open = await harness.sweep({ merge: true });
    expect(open.pullRequests.map((pr) => [pr.number, pr.verdict.state, pr.merge])).toEqual([
      [prodPr, 'success', 'merged'],
    ]);
    const merged = await harness.emulator.getPullRequest(OWNER, REPO, prodPr);
    expect(merged.merged).toBe(true);
    // The verdicts the sweeps wrote on the PR head, oldest first: only the changes.
    expect(await gateStatuses(harness, merged.headSha)).toEqual([
      expect.stringMatching(/^pending: outside window: opens Mon 09:00/),
      'success: gates passed: soak 2h, healthy (argocd), in window, not frozen',
    ]);
    expect(harness.emulator.listDeployments(OWNER, REPO, 'prod')).toEqual([
      expect.objectContaining({ sha: merged.mergeCommitSha, latestStatus: 'in_progress' }),
    ]);
  });

  it('holds a PR while it has a freeze label, while the freeze file exists, and during a configured freeze', async () => {
    harness = await startGatesHarness({ start: MONDAY_MORNING });
    const { clock, emulator } = harness;
    const { prodPr } = await soakedStaging(harness);
    clock.advance(3 * HOUR);
    expect((await harness.verdict(prodPr)).state).toBe('success');

    const octokit = (await import('@actions/github')).getOctokit(emulator.tokens.user, {
      baseUrl: emulator.apiUrl,
    });
    await octokit.rest.issues.addLabels({
      owner: OWNER,
      repo: REPO,
      issue_number: prodPr,
      labels: ['freeze'],
    });
    expect(await harness.verdict(prodPr)).toMatchObject({
      state: 'pending',
      description: 'frozen: `freeze` label',
    });
    await octokit.rest.issues.removeLabel({ owner: OWNER, repo: REPO, issue_number: prodPr, name: 'freeze' });
    expect((await harness.verdict(prodPr)).state).toBe('success');

    await emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      files: { '.telefonistka/freeze': 'incident 4711\n' },
      message: 'freeze',
    });
    expect((await harness.verdict(prodPr)).description).toBe('frozen: incident 4711 (.telefonistka/freeze)');
    await emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      files: { '.telefonistka/freeze': null },
      message: 'thaw',
    });
    expect((await harness.verdict(prodPr)).state).toBe('success');

    clock.set('2026-03-10T12:30:00Z');
    expect(await harness.verdict(prodPr)).toMatchObject({
      state: 'pending',
      description: 'frozen until 2026-03-10 14:00 UTC: release train',
    });
    clock.set('2026-03-10T14:00:00Z');
    expect((await harness.verdict(prodPr)).state).toBe('success');
  });
});

describe('gated delivery sweep read', () => {
  it('reads 50 open promotion PRs and 5 environments in one GraphQL request, writing nothing', async () => {
    harness = await startGatesHarness({ start: MONDAY_MORNING });
    const { emulator } = harness;
    const environments = ['lab', 'staging', 'prod', 'dr', 'edge'];
    const sha = (await emulator.branchSha(OWNER, REPO, 'main'))!;
    const port = harness.deployments();
    for (const environment of environments) {
      const id = await port.createDeployment({ sha, environment, description: 'seed', payload: {} });
      await port.createDeploymentStatus(id, { state: 'success', description: 'seed' });
    }
    // 50 promotion PRs whose heads share one commit (cheaper to set up; the sweep reads each PR).
    await emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'promotions/shared',
      from: 'main',
      files: { 'clusters/prod/app/values.yaml': 'image: app:9.0\n' },
      message: 'Promote',
      author: 'telefonistka[bot]',
    });
    for (let index = 0; index < 50; index += 1) {
      const branch = `promotions/${index}-prod`;
      await emulator.createBranch({ owner: OWNER, repo: REPO, branch, from: 'promotions/shared' });
      await emulator.openPullRequest({
        owner: OWNER,
        repo: REPO,
        head: branch,
        base: 'main',
        title: `Promote ${index}`,
        user: 'telefonistka[bot]',
        labels: ['promotion'],
      });
    }
    emulator.resetLog();
    const started = performance.now();
    const snapshot = await harness
      .deployments()
      .readSweep({ environments, freezeFile: '.telefonistka/freeze', statusContext: 'telefonistka/gates' });
    console.info(`sweep read of 50 PRs x 5 environments: ${Math.round(performance.now() - started)} ms`);
    expect(snapshot.pullRequests).toHaveLength(50);
    expect([...snapshot.deployments.keys()]).toEqual(environments);
    expect([...snapshot.deployments.values()].map((list) => list.map((d) => d.state))).toEqual(
      environments.map(() => ['success']),
    );
    expect(emulator.requests.map((request) => `${request.route} ${request.graphql ?? ''}`.trim())).toEqual([
      'POST /graphql query repository',
    ]);
    // Setting up 50 pull requests on the emulator takes minutes when the machine is loaded.
  }, 600_000);
});
