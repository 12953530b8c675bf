import path from 'node:path';
import { rmSync } from 'node:fs';
import { createGitSnapshot } from '../../../src/adapters/git/create-git-snapshot.js';
import { createLocalGit } from '../../../src/adapters/git/create-local-git.js';
import { createApiSnapshot } from '../../../src/adapters/github/create-api-snapshot.js';
import { createOctokitGitHub } from '../../../src/adapters/github/create-octokit-github.js';
import type { GitHubPort } from '../../../src/ports/github-port.js';
import { silentLogger, type Logger } from '../../../src/ports/logger.js';
import {
  promoteMergedPullRequest,
  type PromoteOptions,
} from '../../../src/use-cases/promote/promote-merged-pull-request.js';
import {
  startGitHubEmulator,
  type EmulatedPullRequest,
  type GitHubEmulator,
} from '../../support/github-emulator/index.js';
import { checkoutRepo } from '../../support/run-action.js';
import type { PromoteResult } from '../../../src/core/promotion/promote-result.js';
import type { MergedPullRequest } from '../../../src/ports/pull-request-ref.js';
import { mergedPullRequestOf } from '../../support/merged-pull-request-of.js';

export const OWNER = 'acme';
export const REPO = 'iac';
const EXAMPLE = path.resolve(import.meta.dirname, '../../../examples/iac-repo');

/** How one in-process promote run reads the repository. */
export interface RunOptions {
  /** Read from a fresh clone of main (local git) instead of the API; default true. */
  checkout?: boolean;
  options?: Partial<PromoteOptions>;
  logger?: Logger;
}

/** The example IaC repository on the GitHub emulator, and the promote use-case run in-process against it. */
export interface PromoteHarness {
  emulator: GitHubEmulator;
  /** Opens a PR by alice from a new branch changing `files`, merges it, and returns it as the use-case sees it. */
  mergeChange: (branch: string, files: Record<string, string | null>) => Promise<MergedPullRequest>;
  /** Runs promoteMergedPullRequest for `pr` as the App identity; returns the result and the calls it made. */
  promote: (pr: MergedPullRequest, run?: RunOptions) => Promise<PromoteResult & { apiCalls: number }>;
  openPromotionPrs: () => Promise<EmulatedPullRequest[]>;
  github: () => GitHubPort;
  close: () => Promise<void>;
}

/** Starts the emulator with the example repository, optionally with extra files or another config. */
export async function startPromoteHarness(
  setup: { files?: Record<string, string>; config?: string } = {},
): Promise<PromoteHarness> {
  const emulator = await startGitHubEmulator({ treeEntrySemantics: 'replace' });
  await emulator.createRepo({ owner: OWNER, name: REPO, fromDir: EXAMPLE });
  const extra = {
    ...setup.files,
    ...(setup.config === undefined ? {} : { 'telefonistka.yaml': setup.config }),
  };
  if (Object.keys(extra).length > 0) {
    await emulator.commitFiles({ owner: OWNER, repo: REPO, branch: 'main', files: extra, message: 'setup' });
  }
  const checkouts: string[] = [];
  const github = () =>
    createOctokitGitHub({
      token: emulator.tokens.app,
      owner: OWNER,
      repo: REPO,
      baseUrl: emulator.apiUrl,
      logger: silentLogger,
      writeIntervalMs: 0,
    });
  return {
    emulator,
    github,
    mergeChange: async (branch, files) => {
      await emulator.commitFiles({ owner: OWNER, repo: REPO, branch, from: 'main', files, message: branch });
      const opened = await emulator.openPullRequest({
        owner: OWNER,
        repo: REPO,
        head: branch,
        base: 'main',
        title: `Change ${branch}`,
        user: 'alice',
      });
      const merged = await emulator.mergePullRequest({ owner: OWNER, repo: REPO, number: opened.number });
      return mergedPullRequestOf(merged);
    },
    promote: async (pr, run = {}) => {
      const port = github();
      const logger = run.logger ?? silentLogger;
      let access;
      if (run.checkout === false) {
        access = { localGit: undefined, snapshot: createApiSnapshot(port) };
      } else {
        const dir = await checkoutRepo(emulator, OWNER, REPO, 'main');
        checkouts.push(dir);
        access = { localGit: createLocalGit(dir), snapshot: createGitSnapshot(dir) };
      }
      const result = await promoteMergedPullRequest(
        pr,
        {
          defaultBranch: 'main',
          dryRun: false,
          autoMergeMode: 'direct',
          mergeMethod: 'merge',
          dispatchAfterMerge: undefined,
          ...run.options,
        },
        { github: port, approver: undefined, ...access, logger, sleep: () => Promise.resolve() },
      );
      return { ...result, apiCalls: port.callCount() };
    },
    openPromotionPrs: async () =>
      (await emulator.listPullRequests(OWNER, REPO)).filter(
        (p) => p.state === 'open' && p.head.startsWith('promotions/'),
      ),
    close: async () => {
      for (const dir of checkouts) rmSync(dir, { recursive: true, force: true });
      await emulator.close();
    },
  };
}
