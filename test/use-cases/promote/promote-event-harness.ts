// The promote use-case run in-process on the events the e2e fixture produces: the same emulator, repository and
// payloads as test/actions/promote, wired as runPromote wires it (payload → merged PR, checkout or API reads,
// the payload's merge settings and repository node id), so a test needs no `npm run build`.
import { rmSync } from 'node:fs';
import { silentLogger } from '../../../src/ports/logger.js';
import { createOctokitGitHub } from '../../../src/adapters/github/create-octokit-github.js';
import { detectRepositoryAccess } from '../../../src/actions/shared/detect-repository-access.js';
import { payloadRepositorySettings } from '../../../src/actions/shared/payload-repository-settings.js';
import { chainWorkflowProblem } from '../../../src/actions/shared/chain-workflow-problem.js';
import {
  manualRequest,
  mergedPullRequestFromEvent,
} from '../../../src/actions/promote/merged-pull-request-from-event.js';
import { renderPromoteSummary } from '../../../src/core/promotion/render-promote-summary.js';
import type { PromoteResult } from '../../../src/core/promotion/promote-result.js';
import {
  promoteMergedPullRequest,
  type PromoteOptions,
} from '../../../src/use-cases/promote/promote-merged-pull-request.js';
import { checkoutRepo } from '../../support/run-action.js';
import { createRecordingLogger, type RecordingLogger } from '../../support/recording-logger.js';
import {
  OWNER,
  REPO,
  startPromoteFixture,
  type PromoteFixture,
} from '../../actions/promote/promote-fixture.js';

export { OWNER, REPO };

/** How one in-process run is started: the event, the token and what the action inputs would set. */
export interface InProcessPromote {
  eventName?: string;
  /** The token of the run; the App's unless given. */
  token?: string;
  /** Read through the API instead of a fresh checkout of main. */
  checkout?: boolean;
  /** Dispatch the named workflow after a merge (what `chain` resolves to), checked against the checkout. */
  chainWorkflow?: string;
  options?: Partial<PromoteOptions>;
}

/** What the run returned, plus what the action would report: API calls, summary and log lines. */
export interface PromoteRun extends PromoteResult {
  apiCalls: number;
  summary: string;
  log: RecordingLogger;
}

/** The e2e promote fixture whose `promote` runs the use-case in this process instead of the bundle. */
export interface PromoteEventHarness extends Omit<PromoteFixture, 'promote'> {
  promote: (payload: Record<string, unknown>, run?: InProcessPromote) => Promise<PromoteRun>;
  /** Open PRs whose head branch is a promotion branch. */
  openPromotionPrs: () => Promise<Awaited<ReturnType<PromoteFixture['emulator']['listPullRequests']>>>;
}

/** Starts the emulator with the example repository (same options as the e2e fixture). */
export async function startPromoteEventHarness(
  setup: Parameters<typeof startPromoteFixture>[0] = {},
): Promise<PromoteEventHarness> {
  const fixture = await startPromoteFixture(setup);
  const { emulator } = fixture;
  const checkouts: string[] = [];
  return {
    ...fixture,
    openPromotionPrs: async () =>
      (await emulator.listPullRequests(OWNER, REPO)).filter(
        (pr) => pr.state === 'open' && pr.head.startsWith('promotions/'),
      ),
    promote: async (payload, run = {}) => {
      const log = createRecordingLogger();
      const repository = payload.repository as { node_id?: string; default_branch?: string } | undefined;
      const github = createOctokitGitHub({
        token: run.token ?? emulator.tokens.app,
        owner: OWNER,
        repo: REPO,
        baseUrl: emulator.apiUrl,
        logger: silentLogger,
        writeIntervalMs: 0,
        ...(repository?.node_id === undefined ? {} : { repositoryNodeId: repository.node_id }),
      });
      const eventName = run.eventName ?? 'pull_request';
      const pr = await mergedPullRequestFromEvent(eventName, payload, github);
      const dir = run.checkout === false ? undefined : await checkoutRepo(emulator, OWNER, REPO, 'main');
      if (dir !== undefined) checkouts.push(dir);
      if (pr === undefined) {
        const empty = { plan: { promotions: [], warnings: [] }, dryRun: false, results: [], warnings: [] };
        return { ...empty, failures: [], apiCalls: github.callCount(), summary: '', log };
      }
      const access = await detectRepositoryAccess(dir, github, log);
      const defaultBranch = repository?.default_branch ?? (await github.getRepository()).defaultBranch;
      const manual = eventName === 'workflow_dispatch' ? manualRequest(payload) : undefined;
      const problem =
        run.chainWorkflow === undefined
          ? undefined
          : await chainWorkflowProblem(dir, run.chainWorkflow, ['merged-pr']);
      const result = await promoteMergedPullRequest(
        pr,
        {
          defaultBranch,
          dryRun: false,
          autoMergeMode: 'direct',
          mergeMethod: 'auto',
          repositorySettings: payloadRepositorySettings(payload),
          dispatchAfterMerge:
            run.chainWorkflow === undefined
              ? undefined
              : {
                  workflow: run.chainWorkflow,
                  ref: defaultBranch,
                  ...(problem === undefined ? {} : { problem }),
                },
          ...(manual === undefined ? {} : { manual }),
          ...run.options,
        },
        { github, approver: undefined, ...access, logger: log, sleep: () => Promise.resolve() },
      );
      const apiCalls = github.callCount();
      return { ...result, apiCalls, summary: renderPromoteSummary(result, apiCalls), log };
    },
    close: async () => {
      for (const dir of checkouts) rmSync(dir, { recursive: true, force: true });
      await fixture.close();
    },
  };
}
