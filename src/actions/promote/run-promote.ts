import { MERGE_METHODS, type MergeMethodChoice } from '../../core/merge/choose-merge-method.js';
import { createActionLogger } from '../../runtime/action-logger.js';
import { booleanInput, enumInput, secretInput, stringInput } from '../../runtime/inputs.js';
import { setOutputs, writeSummary } from '../../runtime/outputs.js';
import { sleep } from '../../runtime/sleep.js';
import { readWorkflowContext, type WorkflowContext } from '../../runtime/workflow-context.js';
import { promoteMergedPullRequest } from '../../use-cases/promote/promote-merged-pull-request.js';
import { manualRequest, mergedPullRequestFromEvent } from './merged-pull-request-from-event.js';
import { detectRepositoryAccess } from '../shared/detect-repository-access.js';
import { renderPromoteSummary } from '../../core/promotion/render-promote-summary.js';
import { chainWorkflowProblem } from '../shared/chain-workflow-problem.js';
import { payloadRepositorySettings } from '../shared/payload-repository-settings.js';
import { createWorkflowGitHub, workflowDefaultBranch } from '../shared/workflow-github.js';

/** The promote action: a merged PR (or a dispatch naming one) becomes promotion PRs. */
export async function runPromote(): Promise<void> {
  const logger = createActionLogger();
  const workflow = readWorkflowContext();
  const token = secretInput('github-token') ?? '';
  if (token === '')
    throw new Error('input "github-token" is empty; pass ${{ github.token }} or an App token');
  const github = createWorkflowGitHub(token, workflow, logger);
  const approverToken = secretInput('approver-token');
  const approver =
    approverToken === undefined ? undefined : createWorkflowGitHub(approverToken, workflow, logger);
  const pr = await mergedPullRequestFromEvent(workflow.eventName, workflow.payload, github);
  if (pr === undefined) {
    logger.info(`Nothing to do for ${workflow.eventName}: promotion runs when a PR is merged.`);
    setOutputs({
      plan: { promotions: [], warnings: [] },
      'pull-requests': [],
      'api-calls': github.callCount(),
    });
    return;
  }
  const checkoutDir = stringInput('checkout-path') ?? workflow.workspace;
  const { localGit, snapshot } = await detectRepositoryAccess(checkoutDir, github, logger);
  const defaultBranch = await workflowDefaultBranch(workflow, github);
  const result = await promoteMergedPullRequest(
    pr,
    {
      defaultBranch,
      dryRun: booleanInput('dry-run', false),
      autoMergeMode: enumInput('auto-merge-mode', ['direct', 'native'] as const, 'direct'),
      mergeMethod: enumInput<MergeMethodChoice>('merge-method', ['auto', ...MERGE_METHODS], 'auto'),
      repositorySettings: payloadRepositorySettings(workflow.payload),
      dispatchAfterMerge: await chainDispatch(token, workflow, { ref: defaultBranch, checkoutDir }),
      ...(workflow.eventName === 'workflow_dispatch' ? manualOption(workflow.payload) : {}),
    },
    {
      github,
      approver,
      localGit,
      snapshot,
      logger,
      sleep,
    },
  );
  const apiCalls = github.callCount() + (approver?.callCount() ?? 0);
  setOutputs({
    plan: result.plan,
    'pull-requests': result.results.map((r) => ({
      number: r.number ?? null,
      url: r.url ?? null,
      branch: r.branch,
      targets: r.targets,
      action: r.action,
      superseded: r.superseded,
      supersededBy: r.supersededBy ?? [],
      ...(r.merge === undefined ? {} : { merge: r.merge }),
      ...(r.error === undefined ? {} : { error: r.error }),
    })),
    'api-calls': apiCalls,
  });
  await writeSummary(renderPromoteSummary(result, apiCalls));
  if (result.failures.length > 0) {
    throw new Error(
      `${result.failures.length} promotion(s) failed:\n${result.failures.map((f) => `- ${f}`).join('\n')}`,
    );
  }
}

function manualOption(payload: Record<string, unknown>) {
  const manual = manualRequest(payload);
  return manual === undefined ? {} : { manual };
}

/**
 * Merges made with GITHUB_TOKEN start no workflow, so the next hop would never run: dispatch this workflow
 * instead. `auto` dispatches only when the token is the workflow's own GITHUB_TOKEN (`workflow-token` input).
 */
async function chainDispatch(
  token: string,
  workflow: WorkflowContext,
  where: { ref: string; checkoutDir: string | undefined },
) {
  const chain = enumInput('chain', ['auto', 'dispatch', 'off'] as const, 'auto');
  if (chain === 'off' || workflow.workflowFile === undefined) return undefined;
  if (chain === 'auto' && token !== (stringInput('workflow-token') ?? '')) return undefined;
  // Checked before merging: a workflow that does not declare `merged-pr` would break the chain after the merge.
  const problem = await chainWorkflowProblem(where.checkoutDir, workflow.workflowFile, ['merged-pr']);
  return { workflow: workflow.workflowFile, ref: where.ref, ...(problem === undefined ? {} : { problem }) };
}
