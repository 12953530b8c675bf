// Dashboard of 2,000 components x 10 environments (a chain env-0 -> env-1 -> ... -> env-9) read from a real git
// repository (goal: < 1,000 ms). The repository is written once with `git fast-import` (not timed);
// `dashboard2000Ms` times what a user of `telefonistka dashboard` waits for: the tree, the drift map, one batch
// read of every version file, the last-change walk, the matrix and its markdown (split into issue parts) and JSON.
// `dashboardUpdateCalls` / `dashboardUpdateWrites` are counted on the GitHub emulator's request log: the requests
// of a second update of the same repository (imported into the emulator's store) when nothing changed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createGitHistory } from '../src/adapters/git/create-git-history.js';
import { createGitSnapshot } from '../src/adapters/git/create-git-snapshot.js';
import { renderDashboardJson } from '../src/core/dashboard/render-dashboard-json.js';
import { renderDashboardParts } from '../src/core/dashboard/render-dashboard-parts.js';
import { silentLogger } from '../src/ports/logger.js';
import { buildRepositoryDashboard } from '../src/use-cases/dashboard/build-repository-dashboard.js';
import { updateDashboard } from '../src/use-cases/dashboard/update-dashboard.js';
import { createGraphqlOpenPulls } from '../src/adapters/github/create-graphql-open-pulls.js';
import { createOctokitIssues } from '../src/adapters/github/create-octokit-issues.js';
import { startGitHubEmulator } from '../test/support/github-emulator/index.js';
import { importLargeIacRepo } from '../test/support/large-iac-repo.js';

const components = 2_000;
const environments = 10;

/** Runs the benchmark; figures in milliseconds (and the sizes measured). */
export async function run(): Promise<Record<string, number>> {
  const directory = mkdtempSync(join(tmpdir(), 'dashboard-bench-'));
  try {
    execFileSync('git', ['init', '-q', '--bare', directory]);
    const commit = importLargeIacRepo(directory, { components, environments });

    const start = performance.now();
    const built = await buildRepositoryDashboard(
      { commit, today: '2026-12-05' },
      { snapshot: createGitSnapshot(directory), history: createGitHistory(directory), logger: silentLogger },
    );
    const afterBuild = performance.now();
    const parts = renderDashboardParts(built.dashboard, { commitSha: commit });
    const json = renderDashboardJson(built.dashboard, commit);
    const end = performance.now();

    const update = await countUpdateRequests();
    const rows = built.dashboard.rows.length;
    const versions = built.dashboard.rows.reduce(
      (n, row) => n + row.cells.filter((c) => c.version !== undefined).length,
      0,
    );
    if (rows !== components || versions !== components * environments)
      throw new Error(
        `expected ${components} rows with ${components * environments} versions, got ${rows} / ${versions}`,
      );
    return {
      dashboard2000Ms: round(end - start),
      dashboardBuildMs: round(afterBuild - start),
      dashboardRenderMs: round(end - afterBuild),
      dashboardParts: parts.length,
      dashboardUpdateCalls: update.calls,
      dashboardUpdateWrites: update.writes,
      dashboardJsonBytes: Buffer.byteLength(json),
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/**
 * Requests of a dashboard update when nothing changed, on the GitHub emulator's request log: the same repository
 * imported into the emulator's store, a first update that creates the issue and its parts, then a second one.
 */
async function countUpdateRequests(): Promise<{ calls: number; writes: number }> {
  const emulator = await startGitHubEmulator();
  try {
    const owner = 'acme';
    const repo = 'iac';
    await emulator.createRepo({ owner, name: repo, files: { 'README.md': '# iac\n' } });
    const gitDir = emulator.gitDir(owner, repo);
    const commit = importLargeIacRepo(gitDir, { components, environments });
    const adapter = {
      token: emulator.tokens.actions,
      owner,
      repo,
      baseUrl: emulator.apiUrl,
      logger: silentLogger,
    };
    const update = () =>
      updateDashboard(
        { commit, today: '2026-12-05' },
        {
          snapshot: createGitSnapshot(gitDir),
          history: createGitHistory(gitDir),
          openPulls: createGraphqlOpenPulls(adapter),
          issues: createOctokitIssues({ ...adapter, writeIntervalMs: 0 }),
          logger: silentLogger,
        },
      );
    const first = await update();
    if (first.status !== 'written' || !first.created)
      throw new Error('the first update did not create the issue');
    emulator.resetLog();
    await update();
    const writes = emulator.requests.filter(
      (request) =>
        request.method !== 'GET' && !(request.method === 'POST' && request.graphql?.startsWith('query')),
    );
    return { calls: emulator.requests.length, writes: writes.length };
  } finally {
    await emulator.close();
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await run()));
}
