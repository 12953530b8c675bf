// cliStartMs: cold start of the bundled CLI for `--help` (median of 5 runs).
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export async function run(): Promise<Record<string, number>> {
  const cli = path.resolve(import.meta.dirname, '..', 'dist', 'cli', 'index.js');
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    execFileSync(process.execPath, [cli, '--help'], { stdio: 'ignore', timeout: 10_000 });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { cliStartMs: Math.round(times[2] ?? 0) };
}
