import { createAxiosArgoCd } from '../../adapters/argocd/create-axios-argocd.js';
import type { ArgoCdPort } from '../../ports/argocd-port.js';
import type { Logger } from '../../ports/logger.js';
import { createActionLogger } from '../../runtime/action-logger.js';
import {
  booleanInput,
  enumInput,
  integerInput,
  requiredInput,
  secretInput,
  stringInput,
} from '../../runtime/inputs.js';
import { setOutputs, writeSummary } from '../../runtime/outputs.js';
import { sleep } from '../../runtime/sleep.js';
import { readWorkflowContext, type WorkflowContext } from '../../runtime/workflow-context.js';
import type { ArgoCdDiffDeps } from '../../use-cases/argocd-diff/argocd-diff-deps.js';
import { diffPullRequest } from '../../use-cases/argocd-diff/diff-pull-request.js';
import { handleClosedPullRequest } from '../../use-cases/argocd-diff/handle-closed-pull-request.js';
import { handleSyncCheckbox } from '../../use-cases/argocd-diff/handle-sync-checkbox.js';
import { payloadRepositorySettings } from '../shared/payload-repository-settings.js';
import { detectRepositoryAccess } from '../shared/detect-repository-access.js';
import { readArgoCdDiffEvent } from './argocd-diff-event.js';
import { runRenderedDiff } from './run-rendered-diff.js';
import { argoCdDiffResults } from '../../core/argocd/argocd-diff-results.js';
import {
  renderArgoCdDiffSummary,
  renderRevisionSummary,
  type ApiCalls,
} from '../../core/argocd/render-argocd-diff-summary.js';
import { createWorkflowGitHub } from '../shared/workflow-github.js';
import type { RevisionChange } from '../../core/argocd/revision-change.js';

/**
 * The argocd-diff action. `diff-mode: argocd`: an opened, updated or reopened PR gets its Argo CD diff comment,
 * `noop` label and `telefonistka/argocd-diff` status; ticking the comment's checkbox syncs the apps from the
 * PR branch; closing or merging the PR points them back at HEAD. `diff-mode: render`: the rendered-manifest diff
 * of the PR, without Argo CD.
 */
export async function runArgoCdDiff(): Promise<void> {
  const logger = createActionLogger();
  const workflow = readWorkflowContext();
  const token = secretInput('github-token') ?? '';
  if (token === '')
    throw new Error('input "github-token" is empty; pass ${{ github.token }} or an App token');
  const github = createWorkflowGitHub(token, workflow, logger);
  const mode = enumInput('diff-mode', ['argocd', 'render'] as const, 'argocd');
  const event = readArgoCdDiffEvent(workflow.eventName, workflow.payload);
  if (event.kind === 'other' || (mode === 'render' && event.kind !== 'diff')) {
    const description = event.kind === 'other' ? event.description : `${workflow.eventName} (${event.kind})`;
    logger.info(`Nothing to do for ${description} with diff-mode ${mode}.`);
    setOutputs({ 'has-diff': false, results: [], 'api-calls': github.callCount(), 'argocd-api-calls': 0 });
    return;
  }
  const access = await detectRepositoryAccess(
    stringInput('checkout-path') ?? workflow.workspace,
    github,
    logger,
  );
  const repository = workflow.payload.repository as
    { default_branch?: string; html_url?: string } | undefined;
  const info =
    repository?.default_branch === undefined || repository.html_url === undefined
      ? await github.getRepository()
      : { defaultBranch: repository.default_branch, htmlUrl: repository.html_url };
  const context = { defaultBranch: info.defaultBranch, repoUrl: info.htmlUrl };
  if (mode === 'render' && event.kind === 'diff') {
    const request = { pr: event.pr, defaultBranch: info.defaultBranch, runUrl: runUrl(workflow) };
    return runRenderedDiff({ ...request, github, access, logger });
  }
  let argocdCalls = 0;
  const argocd = argoCdFor(logger, () => argocdCalls++);
  const deps: ArgoCdDiffDeps = { github, argocd, logger, sleep, ...access };
  const calls = (): ApiCalls => ({ github: github.callCount(), argocd: argocdCalls });

  if (event.kind === 'comment-edit') {
    const handling = await handleSyncCheckbox(event.edit, context, deps);
    return finishRevisionChange('sync from branch', handling, calls());
  }
  if (event.kind === 'closed') {
    const handling = await handleClosedPullRequest(event.pr, context, deps);
    return finishRevisionChange('revert sync from branch', handling, calls());
  }
  const run = await diffPullRequest(
    event.pr,
    {
      ...context,
      concurrency: integerInput('concurrency', 10, { min: 1, max: 100 }),
      commitStatus: booleanInput('commit-status', true),
      runUrl: runUrl(workflow),
      repositorySettings: payloadRepositorySettings(workflow.payload),
    },
    deps,
  );
  setOutputs({
    'has-diff': run.hasDiff,
    results: argoCdDiffResults(run.diffs),
    'api-calls': github.callCount(),
    'argocd-api-calls': argocdCalls,
  });
  await writeSummary(renderArgoCdDiffSummary(run, calls()));
  const failures = [...run.failures];
  if (run.autoMerge?.failed === true) failures.push(run.autoMerge.reason ?? 'auto-merge failed');
  if (failures.length > 0) {
    throw new Error(
      `The Argo CD diff failed for ${failures.length} item(s) (the PR comment shows the others):\n` +
        failures.map((failure) => `- ${failure}`).join('\n'),
    );
  }
}

async function finishRevisionChange(
  title: string,
  handling: { ignored: string | undefined; changes: RevisionChange[] },
  calls: ApiCalls,
): Promise<void> {
  setOutputs({ 'has-diff': false, results: [], 'api-calls': calls.github, 'argocd-api-calls': calls.argocd });
  await writeSummary(renderRevisionSummary(title, handling, calls));
  const failed = handling.changes.filter((change) => change.action === 'failed');
  if (failed.length > 0) {
    throw new Error(
      `Could not change the target revision of ${failed.length} app(s):\n` +
        failed.map((c) => `- ${c.appName ?? c.componentPath}: ${c.reason ?? ''}`).join('\n'),
    );
  }
}

function argoCdFor(logger: Logger, onRequest: () => void): ArgoCdPort {
  return createAxiosArgoCd({
    server: requiredInput('argocd-server'),
    token: secretInput('argocd-token') ?? requiredInput('argocd-token'),
    timeoutMs: integerInput('argocd-timeout-ms', 30_000, { min: 100, max: 600_000 }),
    retries: integerInput('argocd-retries', 3, { min: 0, max: 10 }),
    insecure: booleanInput('argocd-insecure', false),
    plaintext: booleanInput('argocd-plaintext', false),
    logger,
    onRequest,
  });
}

/** The link of this workflow run, for the commit status and the comment's hint. */
function runUrl(workflow: WorkflowContext): string | undefined {
  const runId = process.env.GITHUB_RUN_ID;
  if (runId === undefined || runId === '') return undefined;
  return `${workflow.serverUrl}/${workflow.owner}/${workflow.repo}/actions/runs/${runId}`;
}
