// The bump bundle on an IaC repository with GitHub's defaults (`new-repository`) and with everything allowed
// (`permissive`): what a setting changes is run under both presets. Needs dist/bump/index.js.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';
import { runAction } from '../../support/run-action.js';

const BUNDLE = path.resolve(import.meta.dirname, '../../../dist/bump/index.js');
const VALUES = 'clusters/staging/eu/c1/api/values.yaml';

let emulator: GitHubEmulator | undefined;

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function setup(preset: 'new-repository' | 'permissive') {
  emulator = await startGitHubEmulator({ preset });
  await emulator.createRepo({ owner: 'acme', name: 'api', files: { 'src/main.go': 'package main\n' } });
  await emulator.createRepo({ owner: 'acme', name: 'iac', files: { [VALUES]: 'image:\n  tag: "1.0.0"\n' } });
  const sha = await emulator.commitFiles({
    owner: 'acme',
    repo: 'api',
    branch: 'main',
    files: { 'src/main.go': 'package main // 2\n' },
    message: 'change',
  });
  const push = emulator.takeEvents({ forActions: true }).find((event) => event.name === 'push')!;
  return { emulator, sha, payload: push.payload };
}

function refs(e: GitHubEmulator): string {
  return execFileSync('git', ['for-each-ref', '--format=%(refname) %(objectname)'], {
    cwd: e.gitDir('acme', 'iac'),
    encoding: 'utf8',
  });
}

describe.each(['new-repository', 'permissive'] as const)(
  'bump under the %s preset',
  { timeout: 90_000 },
  (preset) => {
    it('with the workflow token: opens the PR where Actions may, else writes nothing and names the setting', async () => {
      const { emulator: e, sha, payload } = await setup(preset);
      const before = refs(e);
      const run = await runAction({
        bundle: BUNDLE,
        eventName: 'push',
        payload,
        emulator: e,
        repository: 'acme/api',
        sha,
        inputs: {
          'github-token': e.tokens.actions,
          'target-repo': 'acme/iac',
          'write-interval-ms': '0',
          'target-file': VALUES,
          path: '.image.tag',
          value: '1.1.0',
          'auto-merge': 'true',
        },
      });
      const pulls = await e.listPullRequests('acme', 'iac');
      if (preset === 'new-repository') {
        expect(run.exitCode).toBe(1);
        expect(run.stdout).toContain('"Allow GitHub Actions to create and approve pull requests"');
        expect(run.stdout).toContain('Settings → Actions → General → Workflow permissions');
        expect(run.stdout).toContain('actions/create-github-app-token');
        expect(pulls).toEqual([]);
        expect(refs(e)).toBe(before);
      } else {
        expect(run.exitCode, run.stdout).toBe(0);
        expect(run.outputs.merge).toBe('merged');
        expect(await e.readFile('acme', 'iac', 'main', VALUES)).toContain('tag: "1.1.0"');
      }
    });

    it('merges with merge-method auto on a squash-only repository', async () => {
      const { emulator: e, sha, payload } = await setup(preset);
      e.setRepoSettings('acme', 'iac', { allowMergeCommit: false, allowRebaseMerge: false });
      const run = await runAction({
        bundle: BUNDLE,
        eventName: 'push',
        payload,
        emulator: e,
        repository: 'acme/api',
        sha,
        inputs: {
          'github-token': e.tokens.app,
          'target-repo': 'acme/iac',
          'write-interval-ms': '0',
          'target-file': VALUES,
          path: '.image.tag',
          value: '1.1.0',
          'auto-merge': 'true',
        },
      });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.outputs.merge).toBe('merged');
      expect(await e.readFile('acme', 'iac', 'main', VALUES)).toContain('tag: "1.1.0"');
    });
  },
);
