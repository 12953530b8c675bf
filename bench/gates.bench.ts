// gateSweep50Calls: GitHub API requests (REST + GraphQL, counted on the ports and checked against the emulator's
// request log) of a gates sweep over 50 open promotion PRs across 5 environments when no verdict changed (a
// first sweep has written them): reads only, batched. gateSweep50Ms: that sweep's wall time, in-process.
import { createOctokitDeployments } from '../src/adapters/github/create-octokit-deployments.js';
import { createOctokitGitHub } from '../src/adapters/github/create-octokit-github.js';
import { parseRepoConfig } from '../src/core/config/parse-repo-config.js';
import { metadataComment } from '../src/core/promotion/encode-promotion-metadata.js';
import { sourceCommitMarker } from '../src/core/promotion/source-commit-marker.js';
import { silentLogger } from '../src/ports/logger.js';
import { sweepGates, type SweepOptions } from '../src/use-cases/gates/sweep-gates.js';
import { startGitHubEmulator } from '../test/support/github-emulator/index.js';

const ENVIRONMENTS = 5;
const PER_ENVIRONMENT = 10;

function config(): string {
  const lines = ['promotionPaths:'];
  for (let e = 0; e < ENVIRONMENTS; e++) {
    lines.push(
      `  - sourcePath: envs/e${String(e)}/`,
      '    conditions: { autoMerge: true }',
      '    gates: { soak: 2h, approvals: 0 }',
      `    promotionPrs: [{ targetPaths: [envs/e${String(e + 1)}/] }]`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Runs the sweep twice over the same state; returns the second one's requests and time. */
export async function run(): Promise<Record<string, number>> {
  const emulator = await startGitHubEmulator();
  try {
    const files: Record<string, string> = { 'telefonistka.yaml': config() };
    for (let e = 0; e <= ENVIRONMENTS; e++)
      for (let c = 0; c < PER_ENVIRONMENT; c++)
        files[`envs/e${String(e)}/c${String(c)}/values.yaml`] = 'v: 1\n';
    await emulator.createRepo({ owner: 'bench', name: 'iac', files });
    const main = (await emulator.branchSha('bench', 'iac', 'main')) ?? '';
    const options = {
      token: emulator.tokens.app,
      owner: 'bench',
      repo: 'iac',
      baseUrl: emulator.apiUrl,
      logger: silentLogger,
      writeIntervalMs: 0,
    };
    const records = createOctokitDeployments(options);
    for (let e = 0; e < ENVIRONMENTS; e++) {
      const id = await records.createDeployment({
        sha: main,
        environment: `envs/e${String(e)}`,
        description: 'bench',
        payload: { tool: 'telefonistka', components: [] },
      });
      await records.createDeploymentStatus(id, { state: 'success', description: 'bench' });
      for (let c = 0; c < PER_ENVIRONMENT; c++) {
        const branch = `promotions/${String(e * 100 + c)}-c${String(c)}-e${String(e)}`;
        await emulator.commitFiles({
          owner: 'bench',
          repo: 'iac',
          branch,
          from: 'main',
          files: { [`envs/e${String(e + 1)}/c${String(c)}/values.yaml`]: 'v: 2\n' },
          message: 'promote',
        });
        const metadata = {
          originalPrAuthor: 'alice',
          originalPrNumber: 1,
          promotedPaths: [`envs/e${String(e + 1)}/c${String(c)}`],
          previousPromotionPaths: {
            '1': { sourcePath: `envs/e${String(e)}/`, targetPaths: [`envs/e${String(e + 1)}/`] },
          },
        };
        await emulator.openPullRequest({
          owner: 'bench',
          repo: 'iac',
          head: branch,
          base: 'main',
          title: branch,
          body: `${metadataComment(metadata)}\n${sourceCommitMarker(main)}\n`,
          user: 'telefonistka[bot]',
          labels: ['promotion'],
        });
      }
    }
    const parsed = parseRepoConfig(config()).config;
    const sweepOptions: SweepOptions = {
      now: Date.now(),
      confirmation: 'merge',
      mergeMethod: 'merge',
      repositorySettings: undefined,
      ownLogins: ['telefonistka[bot]'],
      dispatchAfterMerge: undefined,
    };
    const first = await sweepGates(parsed, sweepOptions, {
      github: createOctokitGitHub(options),
      sweep: records,
      deployments: records,
      apps: undefined,
      logger: silentLogger,
      sleep: async () => {},
    });
    const written = first.pullRequests.filter((pr) => pr.written).length;
    if (first.pullRequests.length !== ENVIRONMENTS * PER_ENVIRONMENT || written !== first.pullRequests.length)
      if (
        first.pullRequests.length !== ENVIRONMENTS * PER_ENVIRONMENT ||
        written !== first.pullRequests.length
      )
        throw new Error(
          `first sweep: ${String(first.pullRequests.length)} gated PRs, ${String(written)} statuses written`,
        );
    const before = records.callCount();
    const port = createOctokitGitHub(options);
    const started = performance.now();
    const second = await sweepGates(
      parsed,
      { ...sweepOptions, now: Date.now() },
      {
        github: port,
        sweep: records,
        deployments: records,
        apps: undefined,
        logger: silentLogger,
        sleep: async () => {},
      },
    );
    const ms = performance.now() - started;
    if (second.pullRequests.some((pr) => pr.written)) throw new Error('the second sweep rewrote a status');
    return {
      gateSweep50Calls: records.callCount() - before + port.callCount(),
      gateSweep50Ms: Math.round(ms),
    };
  } finally {
    await emulator.close();
  }
}
