// Drift map of 2,000 components x 10 target folders read from a real git repository (goal: < 2,000 ms).
// The repository is written once with `git fast-import` (not timed); `driftMapMs` times what a user waits
// for: one `git ls-tree -r -t`, building the map, rendering markdown and JSON.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { lsTree } from '../src/adapters/git/ls-tree.js';
import { parseRepoConfig } from '../src/core/config/parse-repo-config.js';
import { buildDriftMap } from '../src/core/drift/build-drift-map.js';
import { renderDriftMapJson } from '../src/core/drift/render-drift-map-json.js';
import { renderDriftMapMarkdown } from '../src/core/drift/render-drift-map.js';
import { fastImportFiles } from '../test/support/fast-import-files.js';

const components = 2_000;
const targets = 10;

/** Every 10th cell drifted (one file changed, one extra), every 10th (offset 5) missing, the rest in sync. */
function cellKind(component: number, target: number): 'in-sync' | 'drifted' | 'missing' {
  const n = component * targets + target;
  if (n % 10 === 3) return 'drifted';
  if (n % 10 === 7) return 'missing';
  return 'in-sync';
}

function componentFiles(component: number, drifted: boolean): [string, string][] {
  const name = `comp-${String(component).padStart(4, '0')}`;
  const files: [string, string][] = [
    [
      'values.yaml',
      `name: ${name}\nreplicas: ${drifted ? 5 : 2}\nimage: registry.example.com/${name}:1.0.${component}\n`,
    ],
    ['Chart.yaml', `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`],
    ['templates/deployment.yaml', `kind: Deployment\nmetadata:\n  name: ${name}\n`],
  ];
  if (drifted) files.push(['hotfix.yaml', `hotfix: ${name}\n`]);
  return files;
}

/** Every file of the repository: the source folder `workspace/`, then each target folder's copy of it. */
function* repositoryFiles(): Generator<[string, string]> {
  for (let c = 0; c < components; c++) {
    const name = `comp-${String(c).padStart(4, '0')}`;
    for (const [file, text] of componentFiles(c, false)) yield [`workspace/${name}/${file}`, text];
    for (let t = 0; t < targets; t++) {
      const kind = cellKind(c, t);
      if (kind === 'missing') continue;
      for (const [file, text] of componentFiles(c, kind === 'drifted'))
        yield [`clusters/target-${t}/${name}/${file}`, text];
    }
  }
}

function config() {
  const targetPaths = Array.from({ length: targets }, (_, t) => `"clusters/target-${t}/"`).join(', ');
  return parseRepoConfig(
    `promotionPaths:\n  - sourcePath: "workspace/"\n    promotionPrs:\n      - targetPaths: [${targetPaths}]\n`,
  ).config;
}

/** Runs the benchmark; figures in milliseconds (and the sizes measured). */
export async function run(): Promise<Record<string, number>> {
  const directory = mkdtempSync(join(tmpdir(), 'drift-map-bench-'));
  try {
    execFileSync('git', ['init', '-q', '--bare', directory]);
    fastImportFiles(directory, { files: repositoryFiles(), message: 'bench\n', time: 0 });
    const repoConfig = config();

    const start = performance.now();
    const tree = await lsTree({ directory, rev: 'main' });
    const afterLsTree = performance.now();
    const map = buildDriftMap({ flows: repoConfig.promotionPaths, tree, today: '2026-05-01' });
    const afterBuild = performance.now();
    const markdown = renderDriftMapMarkdown(map);
    const json = renderDriftMapJson(map);
    const end = performance.now();

    const cells = Object.values(map.totals).reduce((sum, n) => sum + n, 0);
    if (cells !== components * targets)
      throw new Error(`expected ${components * targets} cells, got ${cells}`);
    return {
      driftMapMs: round(end - start),
      lsTreeMs: round(afterLsTree - start),
      buildMs: round(afterBuild - afterLsTree),
      renderMs: round(end - afterBuild),
      treeEntries: tree.size,
      cells,
      driftedCells: map.totals.drifted,
      markdownBytes: Buffer.byteLength(markdown),
      jsonBytes: Buffer.byteLength(json),
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
