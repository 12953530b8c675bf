// The argocd-diff use-cases run in-process on the events the e2e fixture produces: the same GitHub and Argo CD
// emulators, repository and payloads as test/actions/argocd-diff, wired as runArgoCdDiff wires them (payload →
// event, checkout or API reads, the payload's repository settings and node id), so no `npm run build` is needed.
import { rmSync } from 'node:fs';
import { createAxiosArgoCd } from '../../../src/adapters/argocd/create-axios-argocd.js';
import { createOctokitGitHub } from '../../../src/adapters/github/create-octokit-github.js';
import {
  argoCdDiffResults,
  type ArgoCdDiffResultJson,
} from '../../../src/core/argocd/argocd-diff-results.js';
import { readArgoCdDiffEvent } from '../../../src/actions/argocd-diff/argocd-diff-event.js';
import {
  renderArgoCdDiffSummary,
  renderRevisionSummary,
  type ApiCalls,
} from '../../../src/core/argocd/render-argocd-diff-summary.js';
import { detectRepositoryAccess } from '../../../src/actions/shared/detect-repository-access.js';
import { payloadRepositorySettings } from '../../../src/actions/shared/payload-repository-settings.js';
import { silentLogger } from '../../../src/ports/logger.js';
import type { ArgoCdDiffDeps } from '../../../src/use-cases/argocd-diff/argocd-diff-deps.js';
import type { ArgoCdDiffRun } from '../../../src/core/argocd/argocd-diff-run.js';
import { diffPullRequest } from '../../../src/use-cases/argocd-diff/diff-pull-request.js';
import { handleClosedPullRequest } from '../../../src/use-cases/argocd-diff/handle-closed-pull-request.js';
import { handleSyncCheckbox } from '../../../src/use-cases/argocd-diff/handle-sync-checkbox.js';
import type { RevisionChange } from '../../../src/core/argocd/revision-change.js';
import { checkoutRepo } from '../../support/run-action.js';
import { createRecordingLogger, type RecordingLogger } from '../../support/recording-logger.js';
import {
  OWNER,
  REPO,
  startArgoCdDiffFixture,
  type ArgoCdDiffFixture,
} from '../../actions/argocd-diff/argocd-diff-fixture.js';

export { OWNER, REPO };
export {
  configWith,
  deployment,
  headShaOf,
  numberOf,
  secret,
} from '../../actions/argocd-diff/argocd-diff-fixture.js';

type Payload = Record<string, unknown>;

/** How one in-process run reads the repository and Argo CD (the action's inputs). */
export interface InProcessArgoCd {
  /** Read through the API instead of a fresh checkout of main. */
  checkout?: boolean;
  /** Per Argo CD request (the `argocd-timeout-ms` input); 2,000 like the e2e fixture. */
  argocdTimeoutMs?: number;
}

/** What a run did, as the action would report it. */
interface Reported {
  calls: ApiCalls;
  summary: string;
  log: RecordingLogger;
}

/** A diff run (`opened`, `synchronize`, `reopened`), with the action's `results` output. */
export interface DiffRun extends ArgoCdDiffRun, Reported {
  results: ArgoCdDiffResultJson[];
}

/** A revision change (checkbox ticked, PR closed). */
export interface RevisionRun extends Reported {
  ignored: string | undefined;
  changes: RevisionChange[];
}

/** The e2e fixture with in-process runs of the argocd-diff use-cases in place of the bundle. */
export interface ArgoCdDiffEventHarness extends Omit<ArgoCdDiffFixture, 'run'> {
  /** diffPullRequest for a pull_request event that asks for a diff. */
  diff: (payload: Payload, run?: InProcessArgoCd) => Promise<DiffRun>;
  /** handleSyncCheckbox for an issue_comment edit, or handleClosedPullRequest for a closed PR. */
  changeRevision: (eventName: string, payload: Payload, run?: InProcessArgoCd) => Promise<RevisionRun>;
}

/** Starts both emulators like the e2e fixture (`config` becomes telefonistka.yaml on main). */
export async function startArgoCdDiffEventHarness(
  setup: Parameters<typeof startArgoCdDiffFixture>[0],
): Promise<ArgoCdDiffEventHarness> {
  const fixture = await startArgoCdDiffFixture(setup);
  const checkouts: string[] = [];

  const wire = async (payload: Payload, run: InProcessArgoCd) => {
    const log = createRecordingLogger();
    const repository = payload.repository as { node_id?: string } | undefined;
    const github = createOctokitGitHub({
      token: fixture.github.tokens.app,
      owner: OWNER,
      repo: REPO,
      baseUrl: fixture.github.apiUrl,
      logger: silentLogger,
      writeIntervalMs: 0,
      ...(repository?.node_id === undefined ? {} : { repositoryNodeId: repository.node_id }),
    });
    let argocdCalls = 0;
    const argocd = createAxiosArgoCd({
      server: fixture.argocd.url,
      token: fixture.argocd.token,
      timeoutMs: run.argocdTimeoutMs ?? 2000,
      retries: 1,
      logger: log,
      onRequest: () => argocdCalls++,
    });
    const dir = run.checkout === false ? undefined : await checkoutRepo(fixture.github, OWNER, REPO, 'main');
    if (dir !== undefined) checkouts.push(dir);
    const access = await detectRepositoryAccess(dir, github, log);
    const deps: ArgoCdDiffDeps = { github, argocd, logger: log, sleep: () => Promise.resolve(), ...access };
    const context = { defaultBranch: 'main', repoUrl: fixture.repoUrl };
    const calls = (): ApiCalls => ({ github: github.callCount(), argocd: argocdCalls });
    return { log, deps, context, calls };
  };

  return {
    ...fixture,
    diff: async (payload, run = {}) => {
      const event = readArgoCdDiffEvent('pull_request', payload);
      if (event.kind !== 'diff') throw new Error(`not a diff event: ${event.kind}`);
      const { log, deps, context, calls } = await wire(payload, run);
      const result = await diffPullRequest(
        event.pr,
        {
          ...context,
          concurrency: 10,
          commitStatus: true,
          // What runArgoCdDiff derives from GITHUB_RUN_ID (the e2e runner sets 1).
          runUrl: `${fixture.github.serverUrl}/${OWNER}/${REPO}/actions/runs/1`,
          repositorySettings: payloadRepositorySettings(payload),
        },
        deps,
      );
      const spent = calls();
      return {
        ...result,
        results: argoCdDiffResults(result.diffs),
        calls: spent,
        summary: renderArgoCdDiffSummary(result, spent),
        log,
      };
    },
    changeRevision: async (eventName, payload, run = {}) => {
      const event = readArgoCdDiffEvent(eventName, payload);
      const { log, deps, context, calls } = await wire(payload, run);
      let handling;
      if (event.kind === 'comment-edit') handling = await handleSyncCheckbox(event.edit, context, deps);
      else if (event.kind === 'closed') handling = await handleClosedPullRequest(event.pr, context, deps);
      else throw new Error(`not a revision event: ${event.kind}`);
      const title = event.kind === 'closed' ? 'revert sync from branch' : 'sync from branch';
      const spent = calls();
      return { ...handling, calls: spent, summary: renderRevisionSummary(title, handling, spent), log };
    },
    close: async () => {
      for (const dir of checkouts) rmSync(dir, { recursive: true, force: true });
      await fixture.close();
    },
  };
}
