// Planning benchmark (issue 2): findChangedComponents + planPromotions for a synthetic monorepo of 5,000
// components, 60 target folders, 20 flows and 100,000 changed files. Goal: planMs under 1,000.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run_ = promisify(execFile);

/** Plans once in a fresh Node process (cold, as in an Actions run) and reports time and peak memory. */
export async function run(): Promise<Record<string, number>> {
  const worker = path.join(import.meta.dirname, 'plan-worker.ts');
  const { stdout } = await run_(process.execPath, ['--import', 'tsx', worker], {
    cwd: path.resolve(import.meta.dirname, '..'),
    timeout: 120_000,
  });
  const figures = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, number>;
  if (figures.components !== 5_000)
    throw new Error(`synthetic repo produced ${figures.components} components`);
  return { planMs: figures.planMs ?? NaN, planPeakRssMb: figures.planPeakRssMb ?? NaN };
}
