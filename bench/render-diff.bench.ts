// Rendered diff of a PR that changes 10 kustomize components (each an overlay of a shared base with a
// per-cluster component), with the real kubectl from the dev dependency. Not timed: unpacking the tools and
// writing the repository. Timed: the whole use-case as the action runs it (planning, materialising base and
// head trees, 20 renders, parsing, diffing, the comment document), median of 3 runs.
//   renderDiff10ComponentsMs  wall time with the default concurrency (2)
//   renderDiffToolShare       share of wall time spent inside kubectl, from runs with concurrency 1 (0..1)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { unpackK8sTools } from '../scripts/unpack-k8s-tools.js';
import { createGitSnapshot } from '../src/adapters/git/create-git-snapshot.js';
import { createLocalGit } from '../src/adapters/git/create-local-git.js';
import { createGitRenderWorkspace } from '../src/adapters/render/create-git-render-workspace.js';
import { createToolRenderer } from '../src/adapters/render/create-tool-renderer.js';
import { silentLogger } from '../src/ports/logger.js';
import { renderDiff } from '../src/use-cases/render-diff/render-diff.js';

const components = 10;
const runs = 3;

function write(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

function repositoryFiles(tag: string): Record<string, string> {
  const files: Record<string, string> = {
    // A flow without targets: the figure is about the 10 changed components, not downstream renders.
    'telefonistka.yaml': 'promotionPaths:\n  - sourcePath: "clusters/staging/apps/"\n    promotionPrs: []\n',
    'bases/app/kustomization.yaml': 'resources:\n  - deployment.yaml\n  - service.yaml\n  - configmap.yaml\n',
    'bases/app/deployment.yaml':
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  replicas: 1\n  template:\n    spec:\n      containers:\n        - name: app\n          image: example/app:latest\n',
    'bases/app/service.yaml':
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: app\nspec:\n  ports:\n    - port: 80\n',
    'bases/app/configmap.yaml':
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  mode: fast\n',
    'clusters/staging/cluster/kustomization.yaml':
      'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nlabels:\n  - pairs:\n      cluster: staging\n',
  };
  for (let i = 0; i < components; i++) {
    files[`clusters/staging/apps/app-${i}/kustomization.yaml`] =
      `namespace: app-${i}\nnamePrefix: app-${i}-\nresources:\n  - ../../../../bases/app\ncomponents:\n  - ../../cluster\nimages:\n  - name: example/app\n    newTag: "${tag}"\n`;
  }
  return files;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
}

/** Runs the use-case `runs` times and returns the median wall time and the tool share of that run. */
async function measure(
  dir: string,
  revisions: { base: string; head: string },
  tools: { kubectl: string; helm: string },
  concurrency: number,
): Promise<{ wallMs: number; share: number }> {
  const samples: { wallMs: number; share: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const workspace = createGitRenderWorkspace({ directory: dir, env: process.env });
    const started = performance.now();
    const result = await renderDiff(
      {
        ...revisions,
        pullRequest: { number: 1, headRef: 'bump', author: 'bench', labels: [], body: '' },
        concurrency,
      },
      {
        git: createLocalGit(dir),
        snapshot: createGitSnapshot(dir),
        workspace,
        renderer: createToolRenderer({ ...tools, searchPath: process.env.PATH }),
        logger: silentLogger,
      },
    );
    const wallMs = performance.now() - started;
    await workspace.dispose();
    if (result.items.length !== components || result.failedPaths.length > 0 || !result.hasDiff) {
      throw new Error(
        `unexpected result: ${result.items.length} items, failed ${result.failedPaths.join(', ')}`,
      );
    }
    samples.push({ wallMs, share: Math.min(1, result.toolMs / wallMs) });
  }
  samples.sort((a, b) => a.wallMs - b.wallMs);
  return samples[Math.floor(runs / 2)]!;
}

/** The rendered-diff figures. */
export async function run(): Promise<Record<string, number>> {
  const tools = await unpackK8sTools();
  const dir = mkdtempSync(path.join(tmpdir(), 'telefonistka-render-bench-'));
  try {
    git(dir, 'init', '-q', '-b', 'main');
    write(dir, repositoryFiles('1.0.0'));
    git(dir, 'add', '-A');
    git(dir, '-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'base');
    const base = git(dir, 'rev-parse', 'HEAD');
    write(dir, repositoryFiles('1.1.0'));
    git(dir, 'add', '-A');
    git(dir, '-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'bump');
    const head = git(dir, 'rev-parse', 'HEAD');
    const parallel = await measure(dir, { base, head }, tools, 2);
    const serial = await measure(dir, { base, head }, tools, 1);
    return {
      renderDiff10ComponentsMs: Math.round(parallel.wallMs),
      renderDiffToolShare: Math.round(serial.share * 100) / 100,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
