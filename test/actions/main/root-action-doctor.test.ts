import path from 'node:path';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';
import { checkoutRepo, runAction } from '../../support/run-action.js';

const EXAMPLE = path.resolve(import.meta.dirname, '../../../examples/iac-repo');
const BUNDLE = path.resolve(import.meta.dirname, '../../../dist/main/index.js');

let emulator: GitHubEmulator | undefined;
let checkout: string | undefined;

afterEach(async () => {
  if (checkout !== undefined) rmSync(checkout, { recursive: true, force: true });
  checkout = undefined;
  await emulator?.close();
  emulator = undefined;
});

describe('root action, mode: doctor', { timeout: 90_000 }, () => {
  it('writes the checklist to the job summary and fails on a blocking problem, whatever the event', async () => {
    emulator = await startGitHubEmulator({ preset: 'new-repository' });
    await emulator.createRepo({ owner: 'acme', name: 'iac', fromDir: EXAMPLE });
    await emulator.commitFiles({
      owner: 'acme',
      repo: 'iac',
      branch: 'main',
      files: { 'telefonistka.yaml': 'promotionPaths: 7\n' },
      message: 'break the config',
    });
    checkout = await checkoutRepo(emulator, 'acme', 'iac', 'main');
    emulator.resetLog();
    const run = await runAction({
      bundle: BUNDLE,
      eventName: 'workflow_dispatch',
      payload: { inputs: {}, ref: 'refs/heads/main', repository: { full_name: 'acme/iac' } },
      emulator,
      repository: 'acme/iac',
      inputs: { 'github-token': emulator.tokens.actions, mode: 'doctor', 'checkout-path': checkout },
      env: { GITHUB_WORKFLOW_REF: 'acme/iac/.github/workflows/telefonistka.yaml@refs/heads/main' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.flow).toBe('doctor');
    expect(run.summary).toContain('## Telefonistka doctor');
    expect(run.summary).toContain('- ✓ **workflow_dispatch inputs**');
    expect(run.summary).toContain('- ? **Actions may create pull requests**');
    expect(run.summary).toContain('"Allow GitHub Actions to create and approve pull requests"');
    expect(run.summary).toMatch(/- ✗ \*\*telefonistka\.yaml\*\*: invalid/);
    expect(run.stdout + run.stderr).toContain('doctor found 1 blocking problem(s): telefonistka.yaml');
    expect(emulator.requests.length).toBeLessThanOrEqual(6);
    expect(emulator.requests.every((r) => r.method === 'GET' || r.path.endsWith('/graphql'))).toBe(true);
  });
});
