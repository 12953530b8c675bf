import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { doctorCommand } from '../../src/cli/commands/doctor-command.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';

const EXAMPLE = path.resolve(import.meta.dirname, '../../examples/iac-repo');
const GOOD_WORKFLOW = readFileSync(path.join(EXAMPLE, '.github/workflows/telefonistka.yaml'), 'utf8').replace(
  '          fetch-depth: 0\n',
  '          fetch-depth: 0\n          filter: blob:none\n',
);

let emulator: GitHubEmulator | undefined;
const dirs: string[] = [];

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function checkout(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'doctor-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

async function doctor(dir: string, token: string) {
  let out = '';
  emulator!.resetLog();
  const code = await doctorCommand(
    ['--repo', 'acme/iac', '--dir', dir],
    { out: (t) => (out += t), err: () => {}, env: {} },
    {
      GITHUB_TOKEN: token,
      GITHUB_API_URL: emulator!.apiUrl,
    },
  );
  return { code, out, calls: emulator!.requests.length };
}

describe('telefonistka doctor', { timeout: 60_000 }, () => {
  it('passes a well set-up repository in six API calls (protection and rulesets of the default branch included)', async () => {
    emulator = await startGitHubEmulator({ preset: 'permissive' });
    await emulator.createRepo({ owner: 'acme', name: 'iac', fromDir: EXAMPLE });
    await emulator.commitFiles({
      owner: 'acme',
      repo: 'iac',
      branch: 'labels',
      from: 'main',
      files: { 'x.txt': 'x\n' },
      message: 'x',
    });
    await emulator.openPullRequest({
      owner: 'acme',
      repo: 'iac',
      head: 'labels',
      base: 'main',
      title: 'labels',
      labels: ['promotion', 'noop', 'show-plan'],
    });
    const dir = checkout({
      '.github/workflows/telefonistka.yaml': GOOD_WORKFLOW,
      'telefonistka.yaml': readFileSync(path.join(EXAMPLE, 'telefonistka.yaml'), 'utf8'),
    });
    const run = await doctor(dir, emulator.tokens.admin);
    expect(run.out).toContain('✓ token: acts as repo-admin with admin access');
    expect(run.out).toContain('✓ Actions may create pull requests');
    expect(run.out).toContain(
      '✓ merge methods: allowed: merge, squash, rebase; merge-method: auto uses merge',
    );
    expect(run.out).toContain('✓ workflow_dispatch inputs');
    expect(run.out).toContain('✓ permissions');
    expect(run.out).toContain('✓ concurrency');
    expect(run.out).toContain('✓ checkout: fetch-depth 0, filter blob:none');
    expect(run.out).toMatch(/✓ telefonistka\.yaml: valid, \d+ promotion flow/);
    expect(run.out).toContain('✓ labels: promotion, noop, show-plan');
    expect(run.out).not.toMatch(/[✗⚠?] /);
    expect(run.code).toBe(0);
    expect(run.calls).toBe(6);
  });

  it('asks a workflow written before gates for deployments: write once telefonistka.yaml maps environments', async () => {
    emulator = await startGitHubEmulator({ preset: 'permissive' });
    await emulator.createRepo({ owner: 'acme', name: 'iac', fromDir: EXAMPLE });
    const beforeGates = GOOD_WORKFLOW.replace(/^ {2}deployments: write.*\n/m, '');
    const config = readFileSync(path.join(EXAMPLE, 'telefonistka.yaml'), 'utf8');
    const withEnvironments = `environments:\n  - { path: "clusters/prod/", name: production }\n${config}`;
    const gated = await doctor(
      checkout({ '.github/workflows/telefonistka.yaml': beforeGates, 'telefonistka.yaml': withEnvironments }),
      emulator.tokens.admin,
    );
    expect(gated.out).toContain(
      '✗ permissions: .github/workflows/telefonistka.yaml does not grant write on deployments (deployments: ' +
        'telefonistka.yaml maps environments or gates, recorded as GitHub Deployments)',
    );
    expect(gated.out).toContain('  deployments: write');
    expect(gated.code).toBe(1);
    // Without environments or gates nothing is recorded: the same workflow passes.
    const plain = await doctor(
      checkout({ '.github/workflows/telefonistka.yaml': beforeGates, 'telefonistka.yaml': config }),
      emulator.tokens.admin,
    );
    expect(plain.out).toContain('✓ permissions: contents, pull-requests, issues, statuses, actions: write');
  });

  it('names every problem of a new repository with a careless workflow, each with its fix', async () => {
    emulator = await startGitHubEmulator({ preset: 'new-repository' });
    await emulator.createRepo({ owner: 'acme', name: 'iac', fromDir: EXAMPLE });
    const dir = checkout({
      '.github/workflows/telefonistka.yaml':
        'on:\n  pull_request:\n    types: [opened]\n  workflow_dispatch:\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n',
      'telefonistka.yaml': 'promotionPaths:\n  - sourcePath: 3\n',
    });
    const admin = await doctor(dir, emulator.tokens.admin);
    expect(admin.code).toBe(1);
    expect(admin.calls).toBeLessThanOrEqual(6);
    expect(admin.out).toContain('"Allow GitHub Actions to create and approve pull requests" is off');
    expect(admin.out).toContain('Settings → Actions → General → Workflow permissions');
    expect(admin.out).toContain('⚠ auto-merge: "Allow auto-merge" is off');
    expect(admin.out).toContain('✗ workflow events');
    expect(admin.out).toContain('types: [opened, synchronize, reopened, labeled, closed]');
    expect(admin.out).toContain('✗ workflow_dispatch inputs');
    expect(admin.out).toContain('merged-pr:');
    expect(admin.out).toContain('⚠ permissions');
    expect(admin.out).toContain('⚠ concurrency');
    expect(admin.out).toContain('⚠ checkout: actions/checkout with fetch-depth 1');
    expect(admin.out).toContain('⚠ labels: missing promotion, noop, show-plan');
    expect(admin.out).toMatch(/✗ telefonistka\.yaml: invalid\n\s+fix: telefonistka\.yaml:2:\d+: /);
    const actions = await doctor(dir, emulator.tokens.actions);
    expect(actions.out).toContain('✓ token: acts as github-actions[bot] with write access');
    expect(actions.out).toContain(
      '? Actions may create pull requests: the workflow token may not read this setting',
    );
    expect(actions.calls).toBeLessThanOrEqual(6);
  });

  it('reports what a ruleset requires even to the workflow token, which may not read classic protection', async () => {
    emulator = await startGitHubEmulator({ preset: 'new-repository' });
    await emulator.createRepo({ owner: 'acme', name: 'iac', fromDir: EXAMPLE });
    emulator.addRuleset('acme', 'iac', {
      name: 'main',
      requiredApprovingReviewCount: 1,
      requiredStatusChecks: ['ci'],
    });
    const dir = checkout({
      '.github/workflows/telefonistka.yaml': GOOD_WORKFLOW,
      'telefonistka.yaml': readFileSync(path.join(EXAMPLE, 'telefonistka.yaml'), 'utf8'),
    });
    const run = await doctor(dir, emulator.tokens.actions);
    expect(run.out).toContain(
      '⚠ protection of main: requires 1 approving review(s): auto-merged promotion PRs stay open until approved',
    );
    expect(run.out).toContain('autoApprovePromotionPrs: true');
    expect(run.calls).toBeLessThanOrEqual(6);
    expect(emulator.requests.map((r) => r.route)).toContain(
      'GET /repos/{owner}/{repo}/rules/branches/{branch}',
    );
  });
});
