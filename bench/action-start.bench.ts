// actionStartMs: the root action (dist/main) on an event that needs no API call (a push to a non-default
// branch), against nodeStartMs (`node -e 0`) measured in the same run; medians of 7 alternating runs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const RUNS = 7;

function timeOnce(args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  execFileSync(process.execPath, args, { stdio: 'ignore', timeout: 20_000, env });
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0);
}

export async function run(): Promise<Record<string, number>> {
  const bundle = path.resolve(import.meta.dirname, '..', 'dist', 'main', 'index.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'action-start-'));
  try {
    const event = path.join(dir, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({ ref: 'refs/heads/feature', repository: { default_branch: 'main' } }),
    );
    writeFileSync(path.join(dir, 'output'), '');
    const env = {
      PATH: process.env.PATH,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'acme/iac',
      GITHUB_OUTPUT: path.join(dir, 'output'),
      GITHUB_API_URL: 'http://127.0.0.1:9',
      RUNNER_TEMP: dir,
    };
    const action: number[] = [];
    const node: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      action.push(timeOnce([bundle], env));
      node.push(timeOnce(['-e', '0'], env));
    }
    const actionStartMs = median(action);
    const nodeStartMs = median(node);
    return {
      actionStartMs,
      nodeStartMs,
      actionStartRatio: Math.round((actionStartMs / nodeStartMs) * 100) / 100,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
