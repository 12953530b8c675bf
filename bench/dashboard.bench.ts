// Dashboard of 2,000 components x 10 environments (a chain env-0 -> env-1 -> ... -> env-9) read from a real git
// repository (goal: < 1,000 ms). The repository is written once with `git fast-import` (not timed);
// `dashboard2000Ms` times what a user of `telefonistka dashboard` waits for: the tree, the drift map, one batch
// read of every version file, the last-change walk, the matrix and its markdown (split into issue parts) and JSON.
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
import { createInMemoryIssues } from '../test/use-cases/dashboard/in-memory-issues.js';

const components = 2_000;
const environments = 10;

function config(): string {
  const flows = Array.from(
    { length: environments - 1 },
    (_, e) => `  - sourcePath: "env-${e}/"\n    promotionPrs:\n      - targetPaths: ["env-${e + 1}/"]\n`,
  ).join('');
  return `promotionPaths:\n${flows}dashboard:\n  version:\n    - file: values.yaml\n      path: .image.tag\n`;
}

/** Every 7th component is one version behind in every other environment; the rest are in sync. */
function values(component: number, environment: number): string {
  const behind = component % 7 === 0 && environment % 2 === 1;
  const name = `comp-${String(component).padStart(4, '0')}`;
  return `name: ${name}\nimage:\n  repository: registry.example.com/${name}\n  tag: 1.${component}.${behind ? 0 : 1}\n`;
}

function fastImportStream(): string {
  const marks = new Map<string, number>();
  const blobs: string[] = [];
  const entries: string[] = [];
  const add = (path: string, text: string): void => {
    let mark = marks.get(text);
    if (mark === undefined) {
      mark = marks.size + 1;
      marks.set(text, mark);
      blobs.push(`blob\nmark :${mark}\ndata ${Buffer.byteLength(text)}\n${text}\n`);
    }
    entries.push(`M 100644 :${mark} ${path}\n`);
  };
  add('telefonistka.yaml', config());
  for (let c = 0; c < components; c++) {
    const name = `comp-${String(c).padStart(4, '0')}`;
    for (let e = 0; e < environments; e++) {
      add(`env-${e}/${name}/values.yaml`, values(c, e));
      add(`env-${e}/${name}/Chart.yaml`, `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`);
    }
  }
  const message = 'bench\n';
  const commit = `commit refs/heads/main\ncommitter Bench <bench@example.com> 1764892800 +0000\ndata ${message.length}\n${message}`;
  return `${blobs.join('')}${commit}${entries.join('')}\n`;
}

/** Runs the benchmark; figures in milliseconds (and the sizes measured). */
export async function run(): Promise<Record<string, number>> {
  const directory = mkdtempSync(join(tmpdir(), 'dashboard-bench-'));
  try {
    execFileSync('git', ['init', '-q', '--bare', directory]);
    execFileSync('git', ['-C', directory, 'fast-import', '--quiet'], {
      input: fastImportStream(),
      maxBuffer: 1 << 30,
    });
    const commit = execFileSync('git', ['-C', directory, 'rev-parse', 'main'], { encoding: 'utf8' }).trim();

    const start = performance.now();
    const built = await buildRepositoryDashboard(
      { commit, today: '2026-12-05' },
      { snapshot: createGitSnapshot(directory), history: createGitHistory(directory), logger: silentLogger },
    );
    const afterBuild = performance.now();
    const parts = renderDashboardParts(built.dashboard, { commitSha: commit });
    const json = renderDashboardJson(built.dashboard, commit);
    const end = performance.now();

    // dashboardUpdateCalls: requests of a second update when nothing changed (the first one created the issue),
    // counted on the in-memory ports (one GraphQL read of viewer + open PRs, one issue list); writes must be 0.
    const issues = createInMemoryIssues('github-actions[bot]');
    let reads = 0;
    const deps = {
      snapshot: createGitSnapshot(directory),
      history: createGitHistory(directory),
      openPulls: {
        listOpenPullsWithViewer: () => {
          reads++;
          return Promise.resolve({ viewer: 'github-actions[bot]', pulls: [] });
        },
      },
      issues: issues.port,
      logger: silentLogger,
    };
    await updateDashboard({ commit, today: '2026-12-05' }, deps);
    issues.log.length = 0;
    reads = 0;
    await updateDashboard({ commit, today: '2026-12-05' }, deps);
    const updateCalls = reads + issues.port.callCount();
    const updateWrites = issues.writes();

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
      dashboardUpdateCalls: updateCalls,
      dashboardUpdateWrites: updateWrites,
      dashboardJsonBytes: Buffer.byteLength(json),
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await run()));
}
