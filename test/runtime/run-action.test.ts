import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const FIXTURE = path.join(import.meta.dirname, 'fixtures/stray-failure.ts');

/** Runs the fixture step as the runner would run a bundle: its exit code and what it printed. */
async function runStep(kind: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [FIXTURE, kind], {
      cwd: ROOT,
      env: { ...process.env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('runAction', () => {
  it('fails the step cleanly on a rejection nobody awaited: the message as an error, the stack only in debug', async () => {
    const step = await runStep('rejection');
    expect(step.code).toBe(1);
    expect(step.stdout).toContain('::error::input "concurrency": must be an integer from 1 to 100');
    expect(step.stdout).toMatch(/::debug::InputError: input "concurrency".*%0A\s+at /);
    expect(step.stderr).not.toMatch(/\n\s+at /);
  });

  it('fails the step cleanly on an exception thrown from a callback', async () => {
    const step = await runStep('exception');
    expect(step.code).toBe(1);
    expect(step.stdout).toContain('::error::cannot read the answer of a callback');
    expect(step.stderr).not.toMatch(/\n\s+at /);
  });

  it('names a rejection with something other than an Error instead of swallowing it', async () => {
    const step = await runStep('non-error');
    expect(step.code).toBe(1);
    expect(step.stdout).toContain('::error::Unexpected failure: a bare string');
  });
});
