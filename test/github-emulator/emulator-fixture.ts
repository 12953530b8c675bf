// Shared set-up of the emulator's own tests: an emulator with one repository and Octokit clients.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { execFileSync } from 'node:child_process';
import {
  startGitHubEmulator,
  type GitHubEmulator,
  type GitHubEmulatorOptions,
} from '../support/github-emulator/index.js';

export const OWNER = 'acme';
export const REPO = 'iac';

/** The files of the seeded repository. */
export const seedFiles: Record<string, string> = {
  'README.md': '# iac\n',
  'clusters/staging/eu/c1/app/values.yaml': 'replicas: 1\nimage: app:1.0\n',
  'clusters/staging/eu/c1/app/extra.yaml': 'extra: true\n',
  'clusters/prod/eu/c1/app/values.yaml': 'replicas: 3\nimage: app:0.9\n',
  'clusters/prod/eu/c1/app/prod-only.yaml': 'prodOnly: true\n',
  '.github/workflows/promote.yml':
    'on:\n  workflow_dispatch:\n    inputs:\n      pr:\n        type: string\n',
  '.github/workflows/push-only.yml': 'on: push\n',
};

/**
 * Starts an emulator with `acme/iac` seeded. The emulator's own tests pin the preset (`permissive`
 * unless given) so `$TELEFONISTKA_EMULATOR_PRESET` cannot change what they assert.
 */
export async function startSeededEmulator(options: GitHubEmulatorOptions = {}): Promise<GitHubEmulator> {
  const emulator = await startGitHubEmulator({ preset: 'permissive', ...options });
  await emulator.createRepo({ owner: OWNER, name: REPO, files: seedFiles });
  return emulator;
}

/** A plain @actions/github client (no plugins: the throttling plugin spaces writes 1 s apart). */
export function octokitFor(emulator: GitHubEmulator, token: string) {
  return getOctokit(token, { baseUrl: emulator.apiUrl });
}

/** An Octokit client as the actions build it: @actions/github with retry and throttling. */
export function octokitWithPlugins(
  emulator: GitHubEmulator,
  token: string,
  options: { retries?: number } = {},
) {
  return getOctokit(
    token,
    {
      baseUrl: emulator.apiUrl,
      throttle: {
        onRateLimit: () => false,
        onSecondaryRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) =>
          retryCount < 2,
        retryAfterBaseValue: 1,
      },
      retry: {
        retries: options.retries ?? 0,
        retryAfterBaseValue: 1,
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
    },
    retry,
    throttling,
  );
}

/** `git -C <gitDir> <args>` output, trimmed. */
export function git(gitDir: string, ...args: string[]): string {
  return execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8' }).trim();
}

/** The status and message of a request that must fail; throws when it succeeds. */
export async function errorOf(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    const failure = error as { status: number; message: string };
    return { status: failure.status, message: failure.message };
  }
  throw new Error('expected the request to fail');
}
