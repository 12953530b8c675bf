import path from 'node:path';
import { rmSync } from 'node:fs';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';
import { checkoutRepo, runAction, type ActionRun } from '../../support/run-action.js';

export const OWNER = 'acme';
export const REPO = 'iac';
export const EXAMPLE = path.resolve(import.meta.dirname, '../../../examples/iac-repo');
export const BUNDLE = path.resolve(import.meta.dirname, '../../../dist/promote/index.js');

/** An emulator seeded with the example IaC repository, plus helpers to merge PRs and run the promote bundle. */
export interface PromoteFixture {
  emulator: GitHubEmulator;
  /** Opens a PR from a new branch with `files` changed, by alice, and merges it; returns the closed event payload. */
  mergeChange: (
    branch: string,
    files: Record<string, string | null>,
    options?: { labels?: string[]; user?: string; body?: string },
  ) => Promise<Record<string, unknown>>;
  /** Merges an existing PR as a person would; returns the closed event payload. */
  mergeAsUser: (number: number) => Promise<Record<string, unknown>>;
  /** Runs dist/promote on a payload, with a fresh checkout of main unless `checkout: false`. */
  promote: (
    payload: Record<string, unknown>,
    options?: {
      inputs?: Record<string, string>;
      checkout?: boolean;
      eventName?: string;
      env?: Record<string, string>;
      /** Another bundle than dist/promote, e.g. the root action's dist/main. */
      bundle?: string;
    },
  ) => Promise<ActionRun>;
  close: () => Promise<void>;
}

/** Starts the emulator with the example repository (optionally with a different telefonistka.yaml). */
export async function startPromoteFixture(
  options: {
    treeEntrySemantics?: 'replace' | 'merge';
    config?: string;
    files?: Record<string, string>;
    /** A private repository: a job token then reads only within its scopes. */
    private?: boolean;
  } = {},
): Promise<PromoteFixture> {
  const emulator = await startGitHubEmulator({ treeEntrySemantics: options.treeEntrySemantics ?? 'replace' });
  await emulator.createRepo({
    owner: OWNER,
    name: REPO,
    fromDir: EXAMPLE,
    private: options.private ?? false,
  });
  const extra = {
    ...(options.files ?? {}),
    ...(options.config === undefined ? {} : { 'telefonistka.yaml': options.config }),
  };
  if (Object.keys(extra).length > 0) {
    await emulator.commitFiles({ owner: OWNER, repo: REPO, branch: 'main', files: extra, message: 'setup' });
  }
  const checkouts: string[] = [];
  const closedEvent = (number: number) => {
    const events = emulator.takeEvents({ forActions: true });
    const event = events.find(
      (e) =>
        e.name === 'pull_request' && e.payload.action === 'closed' && (e.payload.number as number) === number,
    );
    if (event === undefined) throw new Error(`no closed event for #${number}`);
    return event.payload;
  };
  const mergeAsUser = async (number: number) => {
    await emulator.mergePullRequest({ owner: OWNER, repo: REPO, number, user: 'alice' });
    return closedEvent(number);
  };
  return {
    emulator,
    mergeAsUser,
    mergeChange: async (branch, files, change = {}) => {
      await emulator.commitFiles({
        owner: OWNER,
        repo: REPO,
        branch,
        from: 'main',
        files,
        message: `change on ${branch}`,
      });
      const pr = await emulator.openPullRequest({
        owner: OWNER,
        repo: REPO,
        head: branch,
        base: 'main',
        title: `Change ${branch}`,
        user: change.user ?? 'alice',
        labels: change.labels ?? [],
        ...(change.body === undefined ? {} : { body: change.body }),
      });
      return mergeAsUser(pr.number);
    },
    promote: async (payload, run = {}) => {
      const checkout = run.checkout === false ? undefined : await checkoutRepo(emulator, OWNER, REPO, 'main');
      if (checkout !== undefined) checkouts.push(checkout);
      return runAction({
        bundle: run.bundle ?? BUNDLE,
        eventName: run.eventName ?? 'pull_request',
        payload,
        emulator,
        repository: `${OWNER}/${REPO}`,
        inputs: {
          'github-token': emulator.tokens.app,
          'write-interval-ms': '0',
          ...(checkout === undefined ? {} : { 'checkout-path': checkout }),
          ...run.inputs,
        },
        ...(run.env === undefined ? {} : { env: run.env }),
      });
    },
    close: async () => {
      for (const dir of checkouts) rmSync(dir, { recursive: true, force: true });
      await emulator.close();
    },
  };
}
