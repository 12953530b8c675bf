// The gated-delivery use-cases end to end on the emulators: promote opens the prod PR (real metadata and
// source-commit marker), recordDeployments records staging's merge, Argo CD rolls it out on the test clock, and
// sweepGates (real adapters: Octokit GitHub, Octokit Deployments + sweep read, axios Argo CD) confirms the
// deployment, writes `telefonistka/gates` only when the verdict changes, and merges when the gates pass.
import { afterEach, describe, expect, it } from 'vitest';
import { createAxiosArgoCd } from '../../../src/adapters/argocd/create-axios-argocd.js';
import { createApiSnapshot } from '../../../src/adapters/github/create-api-snapshot.js';
import { createOctokitDeployments } from '../../../src/adapters/github/create-octokit-deployments.js';
import { createOctokitGitHub } from '../../../src/adapters/github/create-octokit-github.js';
import { parseRepoConfig } from '../../../src/core/config/parse-repo-config.js';
import { planDeployments } from '../../../src/core/gates/plan-deployments.js';
import { silentLogger } from '../../../src/ports/logger.js';
import { createAppFinder } from '../../../src/use-cases/argocd-diff/create-app-finder.js';
import { recordDeployments } from '../../../src/use-cases/gates/record-deployments.js';
import { sweepGates } from '../../../src/use-cases/gates/sweep-gates.js';
import { promoteMergedPullRequest } from '../../../src/use-cases/promote/promote-merged-pull-request.js';
import { HOUR, MINUTE } from '../../support/test-clock.js';
import { OWNER, REPO, REPO_URL, startGatesHarness, type GatesHarness } from './gates-harness.js';
import { mergedPullRequestOf } from '../../support/merged-pull-request-of.js';

let harness: GatesHarness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

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
    gates: { soak: 2h, healthy: argocd }
    promotionPrs:
      - targetPaths: [clusters/prod/]
`;

async function setUp(h: GatesHarness) {
  const { emulator, argocd, clock } = h;
  const { config } = parseRepoConfig(CONFIG);
  const github = () =>
    createOctokitGitHub({
      token: emulator.tokens.app,
      owner: OWNER,
      repo: REPO,
      baseUrl: emulator.apiUrl,
      logger: silentLogger,
      writeIntervalMs: 0,
    });
  const deployments = () =>
    createOctokitDeployments({
      token: emulator.tokens.app,
      owner: OWNER,
      repo: REPO,
      baseUrl: emulator.apiUrl,
      logger: silentLogger,
      writeIntervalMs: 0,
    });
  const sweep = () => {
    const port = deployments();
    const argo = createAxiosArgoCd({ server: argocd.url, token: argocd.token, retries: 0 });
    return sweepGates(
      config,
      {
        now: clock.now(),
        confirmation: 'argocd',
        mergeMethod: 'merge',
        repositorySettings: undefined,
        ownLogins: ['telefonistka'],
        dispatchAfterMerge: undefined,
      },
      {
        github: github(),
        sweep: port,
        deployments: port,
        apps: createAppFinder(argo, { repoUrl: REPO_URL, useShaLabel: false }),
        logger: silentLogger,
        sleep: () => Promise.resolve(),
      },
    );
  };
  return { config, github, deployments, sweep };
}

describe('sweepGates on the emulators', () => {
  it('waits for staging health and soak, writes the verdict only when it changes, then merges prod', async () => {
    harness = await startGatesHarness({ start: '2026-03-02T08:00:00Z', config: CONFIG });
    const { emulator, argocd, clock } = harness;
    const { config, github, deployments, sweep } = await setUp(harness);

    // The recipe of docs/gates.md: `telefonistka/gates` is a required check, so nothing merges before the gates pass.
    emulator.setBranchProtection(OWNER, REPO, 'main', { requiredStatusChecks: ['telefonistka/gates'] });
    // A change merged into staging (by an admin, past the rule); promote opens the prod PR; the staging
    // deployment is recorded.
    const branch = 'bump-staging';
    await emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch,
      from: 'main',
      files: { 'clusters/staging/app/values.yaml': 'image: app:2.0\n' },
      message: 'bump',
    });
    const opened = await emulator.openPullRequest({
      owner: OWNER,
      repo: REPO,
      head: branch,
      base: 'main',
      title: 'Bump',
    });
    emulator.setBranchProtection(OWNER, REPO, 'main', null);
    const merged = await emulator.mergePullRequest({ owner: OWNER, repo: REPO, number: opened.number });
    emulator.setBranchProtection(OWNER, REPO, 'main', { requiredStatusChecks: ['telefonistka/gates'] });
    const staging = merged.mergeCommitSha!;
    const port = github();
    const promoted = await promoteMergedPullRequest(
      {
        number: merged.number,
        nodeId: merged.nodeId,
        headRef: merged.head,
        headSha: merged.headSha,
        baseSha: merged.baseSha,
        mergeCommitSha: staging,
        author: merged.user,
        labels: [],
        body: '',
      },
      {
        defaultBranch: 'main',
        dryRun: false,
        autoMergeMode: 'direct',
        mergeMethod: 'merge',
        dispatchAfterMerge: undefined,
      },
      {
        github: port,
        approver: undefined,
        localGit: undefined,
        snapshot: createApiSnapshot(port),
        logger: silentLogger,
        sleep: () => Promise.resolve(),
      },
    );
    // Promote tried to merge at once (autoMerge) and branch protection refused: the gates bind it.
    expect(promoted.results.map((result) => result.action)).not.toContain('merged');
    const [prodPr] = (await emulator.listPullRequests(OWNER, REPO)).filter((pull) => pull.state === 'open');
    expect(prodPr?.head).toMatch(/^promotions\//);
    const recorded = await recordDeployments(
      {
        pullRequest: {
          number: merged.number,
          url: '',
          mergeCommitSha: staging,
          metadata: undefined,
          sourceCommit: undefined,
        },
        planned: planDeployments(config, [{ path: 'clusters/staging/app/values.yaml' }]),
        confirmation: 'argocd',
      },
      { deployments: deployments(), logger: silentLogger },
    );
    expect(recorded.map((entry) => [entry.environment, entry.outcome])).toEqual([['staging', 'in_progress']]);
    argocd.rollout('app-staging', {
      revision: staging,
      syncedAt: clock.now() + 5 * MINUTE,
      settledAt: clock.now() + 7 * MINUTE,
    });
    const gates = async () => {
      const { data } = await (
        await import('@actions/github')
      )
        .getOctokit(emulator.tokens.reader, { baseUrl: emulator.apiUrl })
        .rest.repos.listCommitStatusesForRef({ owner: OWNER, repo: REPO, ref: prodPr!.headSha });
      return data
        .filter((status) => status.context === 'telefonistka/gates')
        .map((status) => `${status.state}: ${status.description}`)
        .reverse();
    };

    const first = await sweep();
    expect(first.pullRequests.map((entry) => [entry.number, entry.verdict.state, entry.written])).toEqual([
      [prodPr!.number, 'pending', true],
    ]);

    clock.advance(7 * MINUTE);
    const second = await sweep();
    expect(second.confirmed.map((entry) => entry.environment)).toEqual(['staging']);
    expect(
      emulator.listDeployments(OWNER, REPO, 'staging').map((d) => d.statuses.map((s) => s.state)),
    ).toEqual([['in_progress', 'success']]);
    expect(second.pullRequests[0]?.verdict.description).toBe(
      'staging soaking 2h: ready 2026-03-02 10:07 UTC',
    );

    // Nothing changed: the next sweep writes nothing.
    emulator.resetLog();
    const idle = await sweep();
    expect(idle.pullRequests[0]?.written).toBe(false);
    const writes = emulator.requests.filter(
      (request) =>
        (request.route !== 'POST /graphql' && request.method !== 'GET') ||
        request.graphql?.startsWith('mutation'),
    );
    expect(writes).toEqual([]);

    clock.advance(2 * HOUR);
    const passing = await sweep();
    expect(passing.pullRequests[0]).toMatchObject({
      verdict: { state: 'success' },
      written: true,
      merge: 'merged',
    });
    const after = await emulator.getPullRequest(OWNER, REPO, prodPr!.number);
    expect(after.merged).toBe(true);
    expect(await gates()).toEqual([
      // Promote itself holds a gated PR with a pending status until the first sweep judges it.
      'pending: gates not evaluated yet: the next sweep decides',
      expect.stringMatching(/^pending: staging not healthy yet/),
      'pending: staging soaking 2h: ready 2026-03-02 10:07 UTC',
      'success: gates passed: soak 2h, healthy (argocd), not frozen',
    ]);
    expect(emulator.listDeployments(OWNER, REPO, 'prod')).toEqual([
      expect.objectContaining({
        sha: after.mergeCommitSha,
        state: 'IN_PROGRESS',
        latestStatus: 'in_progress',
      }),
    ]);
  }, 600_000);

  it('leaves one consistent state when two sweeps and a promote run at the same time', async () => {
    harness = await startGatesHarness({ start: '2026-03-02T08:00:00Z', config: CONFIG });
    const { emulator, argocd, clock } = harness;
    const { config, github, deployments, sweep } = await setUp(harness);
    emulator.setBranchProtection(OWNER, REPO, 'main', { requiredStatusChecks: ['telefonistka/gates'] });
    const mergeStaging = async (branch: string, image: string) => {
      await emulator.commitFiles({
        owner: OWNER,
        repo: REPO,
        branch,
        from: 'main',
        files: { 'clusters/staging/app/values.yaml': `image: ${image}\n` },
        message: branch,
      });
      const opened = await emulator.openPullRequest({
        owner: OWNER,
        repo: REPO,
        head: branch,
        base: 'main',
        title: branch,
      });
      emulator.setBranchProtection(OWNER, REPO, 'main', null);
      const merged = await emulator.mergePullRequest({ owner: OWNER, repo: REPO, number: opened.number });
      emulator.setBranchProtection(OWNER, REPO, 'main', { requiredStatusChecks: ['telefonistka/gates'] });
      return merged;
    };
    const promote = async (merged: Awaited<ReturnType<typeof mergeStaging>>) => {
      const port = github();
      return promoteMergedPullRequest(
        mergedPullRequestOf(merged),
        {
          defaultBranch: 'main',
          dryRun: false,
          autoMergeMode: 'direct',
          mergeMethod: 'merge',
          dispatchAfterMerge: undefined,
        },
        {
          github: port,
          approver: undefined,
          localGit: undefined,
          snapshot: createApiSnapshot(port),
          logger: silentLogger,
          sleep: () => Promise.resolve(),
        },
      );
    };
    const first = await mergeStaging('bump-1', 'app:2.0');
    await promote(first);
    await recordDeployments(
      {
        pullRequest: {
          number: first.number,
          url: '',
          mergeCommitSha: first.mergeCommitSha!,
          metadata: undefined,
          sourceCommit: undefined,
        },
        planned: planDeployments(config, [{ path: 'clusters/staging/app/values.yaml' }]),
        confirmation: 'argocd',
      },
      { deployments: deployments(), logger: silentLogger },
    );
    argocd.rollout('app-staging', { revision: first.mergeCommitSha!, syncedAt: clock.now() });
    await sweep();
    clock.advance(2 * HOUR + MINUTE);

    // Gates pass now; a second staging change lands and is promoted while two sweeps run.
    const second = await mergeStaging('bump-2', 'app:3.0');
    const results = await Promise.allSettled([sweep(), sweep(), promote(second)]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);

    const pulls = await emulator.listPullRequests(OWNER, REPO);
    const promotions = pulls.filter((pull) => pull.head.startsWith('promotions/'));
    // Every promotion PR is either merged once or open; at most one is open towards prod.
    expect(promotions.filter((pull) => pull.state === 'open').length).toBeLessThanOrEqual(1);
    const prod = emulator.listDeployments(OWNER, REPO, 'prod');
    const shas = prod.map((deployment) => deployment.sha);
    expect(new Set(shas).size).toBe(shas.length);
    const mergedShas = promotions.filter((pull) => pull.merged).map((pull) => pull.mergeCommitSha);
    // The passing prod PR was merged (once), and its merge recorded as one prod deployment.
    expect(mergedShas.length).toBeGreaterThanOrEqual(1);
    expect(shas.sort()).toEqual([...mergedShas].sort());
    const staging = emulator.listDeployments(OWNER, REPO, 'staging').map((deployment) => deployment.sha);
    expect(new Set(staging).size).toBe(staging.length);
  }, 600_000);
});
