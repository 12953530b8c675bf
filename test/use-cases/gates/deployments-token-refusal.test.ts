// First contact of gates with a real repository: a job token without `deployments: write` (GitHub's 403
// "Resource not accessible by integration"). Recording a merge and the sweep say which permission to add; the
// promotion and the sweep's verdicts go on; nothing half-made is left in the emulator.
import { afterEach, describe, expect, it } from 'vitest';
import { createAxiosArgoCd } from '../../../src/adapters/argocd/create-axios-argocd.js';
import { createOctokitDeployments } from '../../../src/adapters/github/create-octokit-deployments.js';
import { createOctokitGitHub } from '../../../src/adapters/github/create-octokit-github.js';
import { parseRepoConfig } from '../../../src/core/config/parse-repo-config.js';
import type { Logger } from '../../../src/ports/logger.js';
import { createAppFinder } from '../../../src/use-cases/argocd-diff/create-app-finder.js';
import { recordMergeDeployments } from '../../../src/use-cases/gates/record-merge-deployments.js';
import { sweepGates } from '../../../src/use-cases/gates/sweep-gates.js';
import { TOKEN_PERMISSIONS_DOC } from '../../../src/use-cases/shared/token-permission-fix.js';
import type { GitHubEmulator } from '../../support/github-emulator/index.js';
import { startGatesHarness, type GatesHarness, OWNER, REPO, REPO_URL } from './gates-harness.js';
import { mergedPullRequestOf } from '../../support/merged-pull-request-of.js';

// What a user who copied a workflow from before gates declares: everything but `deployments`.
const WITHOUT_DEPLOYMENTS = {
  contents: 'write',
  'pull-requests': 'write',
  issues: 'write',
  statuses: 'write',
  actions: 'write',
};

const CONFIG = `environments:
  - { path: clusters/lab/, name: lab }
  - { path: clusters/staging/, name: staging }
  - { path: clusters/prod/, name: prod }
# The promotion PR was opened by the App; this run's token is the workflow's.
promotionPrAuthors: ["telefonistka[bot]"]
promotionPaths:
  - sourcePath: clusters/staging/
    gates: { soak: 1h, healthy: argocd }
    promotionPrs:
      - targetPaths: [clusters/prod/]
`;

let harness: GatesHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** A logger that keeps the warnings (what the job's annotations show). */
function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  const noop = () => undefined;
  return {
    warnings,
    debug: noop,
    info: noop,
    warning: (message: string) => warnings.push(message),
    error: noop,
    group: <T>(_name: string, fn: () => Promise<T>) => fn(),
  };
}

function clients(emulator: GitHubEmulator, token: string, logger: Logger) {
  const options = { token, owner: OWNER, repo: REPO, baseUrl: emulator.apiUrl, logger, writeIntervalMs: 0 };
  return { github: createOctokitGitHub(options), records: createOctokitDeployments(options) };
}

const deploymentRequests = (emulator: GitHubEmulator) =>
  emulator.requests.filter((request) => request.route?.includes('/deployments') === true);

describe('gates with a job token without deployments: write', { timeout: 90_000 }, () => {
  it('records no deployment of a merge, says once which permission to add, and spends no call on the other environments', async () => {
    const h = (harness = await startGatesHarness({ start: '2026-03-02T08:00:00Z', config: CONFIG }));
    const { emulator } = h;
    await emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'edit',
      from: 'main',
      files: {
        'clusters/staging/app/values.yaml': 'image: app:2\n',
        'clusters/prod/app/values.yaml': 'image: app:2\n',
      },
      message: 'edit',
    });
    const opened = await emulator.openPullRequest({
      owner: OWNER,
      repo: REPO,
      head: 'edit',
      base: 'main',
      title: 'Edit',
      user: 'alice',
    });
    const merged = await emulator.mergePullRequest({ owner: OWNER, repo: REPO, number: opened.number });
    const token = await emulator.workflowToken({
      owner: OWNER,
      repo: REPO,
      permissions: WITHOUT_DEPLOYMENTS,
    });
    const logger = recordingLogger();
    const { github, records } = clients(emulator, token, logger);
    emulator.resetLog();
    const recorded = await recordMergeDeployments(
      {
        pullRequest: mergedPullRequestOf(merged),
        url: `${REPO_URL}/pull/${merged.number}`,
        config: parseRepoConfig(CONFIG).config,
        confirmation: 'merge',
      },
      { github, deployments: records, localGit: undefined, logger },
    );
    expect(recorded.map((entry) => [entry.environment, entry.outcome, entry.refusal])).toEqual([
      ['prod', 'failed', 'token-permission-missing'],
      ['staging', 'failed', 'token-permission-missing'],
    ]);
    expect(logger.warnings).toHaveLength(1);
    const [warning] = logger.warnings;
    expect(warning).toContain('No deployment recorded for prod, staging');
    expect(warning).toContain(
      'may not create deployments (GitHub: "Resource not accessible by integration")',
    );
    expect(warning).toContain('  deployments: write');
    expect(warning).toContain(TOKEN_PERMISSIONS_DOC);
    // The first environment's look-up and refused creation; nothing for the second.
    expect(deploymentRequests(emulator).map((request) => `${request.method} ${request.status}`)).toEqual([
      'GET 200',
      'POST 403',
    ]);
    expect(emulator.listDeployments(OWNER, REPO)).toEqual([]);
    expect(emulator.listEnvironments(OWNER, REPO)).toEqual([]);
  });

  it('sweeps on, leaving the deployment unconfirmed and saying which permission to add, instead of failing', async () => {
    const h = (harness = await startGatesHarness({ start: '2026-03-02T08:00:00Z', config: CONFIG }));
    const { emulator, argocd, clock } = h;
    const staging = await h.mergeChange('staging', 'app:2.0');
    // Promote (with an App token) recorded staging's merge, waiting for Argo CD.
    const app = clients(emulator, emulator.tokens.app, recordingLogger()).records;
    const id = await app.createDeployment({
      sha: staging,
      environment: 'staging',
      description: '#1: clusters/staging/app',
      payload: {
        tool: 'telefonistka',
        components: ['clusters/staging/app'],
        pullRequest: { number: 1, url: `${REPO_URL}/pull/1` },
      },
    });
    await app.createDeploymentStatus(id, { state: 'in_progress', description: 'waiting for Argo CD' });
    argocd.rollout('app-staging', { revision: staging, syncedAt: clock.now() });
    const prodPr = await h.openPromotionPr('prod', 'app:2.0', { source: 'staging', sourceCommit: staging });
    const token = await emulator.workflowToken({
      owner: OWNER,
      repo: REPO,
      permissions: WITHOUT_DEPLOYMENTS,
    });
    const logger = recordingLogger();
    const { github, records } = clients(emulator, token, logger);
    const argo = createAxiosArgoCd({ server: argocd.url, token: argocd.token, retries: 0 });
    const result = await sweepGates(
      parseRepoConfig(CONFIG).config,
      {
        now: clock.now(),
        confirmation: 'argocd',
        mergeMethod: 'merge',
        repositorySettings: undefined,
        ownLogins: ['github-actions[bot]'],
        dispatchAfterMerge: undefined,
      },
      {
        github,
        sweep: records,
        deployments: records,
        apps: createAppFinder(argo, { repoUrl: REPO_URL, useShaLabel: false }),
        logger,
        sleep: () => Promise.resolve(),
      },
    );
    expect(result.confirmed).toEqual([]);
    expect(logger.warnings).toHaveLength(1);
    expect(logger.warnings[0]).toContain('may not write deployment statuses');
    expect(logger.warnings[0]).toContain('  deployments: write');
    // The deployment stays as promote left it; the PR's gate waits for the soak it cannot start.
    expect(emulator.listDeployments(OWNER, REPO, 'staging')).toMatchObject([
      { id, statuses: [{ state: 'in_progress' }] },
    ]);
    const swept = result.pullRequests.find((entry) => entry.number === prodPr);
    expect(swept).toMatchObject({ written: true, verdict: { state: 'pending' } });
    expect(swept?.error).toBeUndefined();
  });
});
