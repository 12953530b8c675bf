import { rmSync } from 'node:fs';
import path from 'node:path';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';
import { checkoutRepo, runAction, type ActionRun } from '../../support/run-action.js';
import { emulatorApi, openChangePr, takeLatestEvent } from '../../support/emulator-requests.js';

export const OWNER = 'acme';
export const REPO = 'iac';
export const LAB = 'clusters/lab/europe-west4/c1';
const EXAMPLE = path.resolve(import.meta.dirname, '../../../examples/iac-repo');
const BUNDLE = path.resolve(import.meta.dirname, '../../../dist/pr-checks/index.js');

type Payload = Record<string, unknown>;

/** A commit status as the REST API lists it. */
export interface ListedStatus {
  state: string;
  context: string;
  description: string | null;
  target_url: string | null;
}

/** The example IaC repository on the emulator, plus helpers that act like people and run dist/pr-checks. */
export interface PrChecksFixture {
  emulator: GitHubEmulator;
  /** Commits straight to main (drift is made this way). */
  commitMain: (files: Record<string, string | null>) => Promise<string>;
  /** Opens a PR from a new branch with `files` changed; returns the `opened` event payload. */
  openPr: (
    branch: string,
    files: Record<string, string | null>,
    options?: { labels?: string[] },
  ) => Promise<Payload>;
  /** Pushes a commit to a PR branch; returns the `synchronize` event payload. */
  push: (branch: string, files: Record<string, string | null>) => Promise<Payload>;
  /** Adds a label through the REST API as alice; returns the `labeled` event payload. */
  label: (number: number, label: string) => Promise<Payload>;
  /** Comments on a PR as `user` (any login: `alice` writes, `reader` reads); returns the `issue_comment` event payload. */
  comment: (number: number, body: string, user: string) => Promise<Payload>;
  /** Runs dist/pr-checks on an event, with a fresh checkout of main unless `checkout: false`. */
  run: (
    eventName: string,
    payload: Payload,
    options?: { checkout?: boolean; inputs?: Record<string, string>; token?: string },
  ) => Promise<ActionRun>;
  /** The statuses of a commit, newest first, as GitHub lists them. */
  statuses: (sha: string) => Promise<ListedStatus[]>;
  /** The bot's comments on a PR, oldest first. */
  botComments: (number: number) => { id: number; body: string; user: string }[];
  close: () => Promise<void>;
}

/** Starts the emulator with the example repository; `files` (e.g. a telefonistka.yaml) are committed on top. */
export async function startPrChecksFixture(
  options: { files?: Record<string, string> } = {},
): Promise<PrChecksFixture> {
  const emulator = await startGitHubEmulator();
  await emulator.createRepo({ owner: OWNER, name: REPO, fromDir: EXAMPLE });
  if (options.files !== undefined) {
    await emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      files: options.files,
      message: 'setup',
    });
  }
  emulator.takeEvents();
  const checkouts: string[] = [];
  const takeEvent = (name: string, action: string): Payload => takeLatestEvent(emulator, name, action);
  const api = emulatorApi(emulator);
  return {
    emulator,
    commitMain: (files) =>
      emulator.commitFiles({ owner: OWNER, repo: REPO, branch: 'main', files, message: 'direct change' }),
    openPr: async (branch, files, open = {}) => {
      return openChangePr(emulator, { owner: OWNER, repo: REPO, branch, files, ...open });
    },
    push: async (branch, files) => {
      emulator.takeEvents();
      await emulator.commitFiles({ owner: OWNER, repo: REPO, branch, files, message: `push to ${branch}` });
      return takeEvent('pull_request', 'synchronize');
    },
    label: async (number, label) => {
      emulator.takeEvents();
      await api(emulator.tokens.user, 'POST', `/repos/${OWNER}/${REPO}/issues/${number}/labels`, {
        labels: [label],
      });
      return takeEvent('pull_request', 'labeled');
    },
    comment: async (number, body, user) => {
      emulator.takeEvents();
      await emulator.addComment({ owner: OWNER, repo: REPO, number, body, user });
      return takeEvent('issue_comment', 'created');
    },
    run: async (eventName, payload, run = {}) => {
      const checkout = run.checkout === false ? undefined : await checkoutRepo(emulator, OWNER, REPO, 'main');
      if (checkout !== undefined) checkouts.push(checkout);
      return runAction({
        bundle: BUNDLE,
        eventName,
        payload,
        emulator,
        repository: `${OWNER}/${REPO}`,
        inputs: {
          'github-token': run.token ?? emulator.tokens.app,
          'write-interval-ms': '0',
          ...(checkout === undefined ? {} : { 'checkout-path': checkout }),
          ...run.inputs,
        },
      });
    },
    statuses: async (sha) =>
      (await api<unknown>(
        emulator.tokens.user,
        'GET',
        `/repos/${OWNER}/${REPO}/commits/${sha}/statuses`,
      )) as ListedStatus[],
    botComments: (number) =>
      emulator
        .listComments(OWNER, REPO, number)
        .filter((comment) => comment.user.endsWith('[bot]'))
        .map(({ id, body, user }) => ({ id, body, user })),
    close: async () => {
      for (const dir of checkouts) rmSync(dir, { recursive: true, force: true });
      await emulator.close();
    },
  };
}

/** The head SHA of the PR in an event payload. */
export function headShaOf(payload: Payload): string {
  return (payload.pull_request as { head: { sha: string } }).head.sha;
}

/** The PR number of an event payload. */
export function numberOf(payload: Payload): number {
  return (payload.pull_request as { number: number }).number;
}
