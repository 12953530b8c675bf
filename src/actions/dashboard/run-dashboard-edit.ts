import { createGitHistory } from '../../adapters/git/create-git-history.js';
import { createGraphqlFolderHistory } from '../../adapters/github/create-graphql-folder-history.js';
import { createGraphqlOpenPulls } from '../../adapters/github/create-graphql-open-pulls.js';
import { createOctokitIssues } from '../../adapters/github/create-octokit-issues.js';
import { renderActionOutcomes } from '../../core/dashboard/render-action-outcomes.js';
import { createActionLogger } from '../../runtime/action-logger.js';
import { writeSummary } from '../../runtime/outputs.js';
import { scrubSecrets } from '../../runtime/secret-registry.js';
import { sleep } from '../../runtime/sleep.js';
import { readWorkflowContext } from '../../runtime/workflow-context.js';
import {
  handleDashboardEdit,
  type DashboardEditResult,
} from '../../use-cases/dashboard/handle-dashboard-edit.js';
import { readDashboardHead } from '../../use-cases/dashboard/read-dashboard-head.js';
import { promoteOptions } from '../promote/promote-options.js';
import type { PromoteInputs } from '../promote/read-promote-inputs.js';
import { detectRepositoryAccess } from '../shared/detect-repository-access.js';
import { createWorkflowGitHub, workflowDefaultBranch } from '../shared/workflow-github.js';
import { dashboardActionHandlers } from './dashboard-action-handlers.js';
import { dashboardEditFromEvent } from './dashboard-edit-from-event.js';

/**
 * Handles an edit of the dashboard issue (`issues` / `issue_comment` `edited`): acts on the boxes a writer ticked
 * (promote through promote's own inputs: merge mode, chain, approver) at the default branch's head, reverts a
 * non-writer's edit, and writes the outcomes to the job summary.
 */
export async function runDashboardEdit(inputs: PromoteInputs): Promise<void> {
  const logger = createActionLogger();
  const workflow = readWorkflowContext();
  const edit = dashboardEditFromEvent(workflow.eventName, workflow.payload);
  if (edit === undefined)
    return logger.info('Dashboard: the event is not an edit of an issue; nothing to do.');
  const client = (token: string) => createWorkflowGitHub({ ...inputs, token }, workflow, logger);
  const github = client(inputs.githubToken);
  const approver = inputs.approverToken === undefined ? undefined : client(inputs.approverToken);
  const checkoutDir = inputs.checkoutPath ?? workflow.workspace;
  const access = await detectRepositoryAccess(checkoutDir, github, logger);
  const defaultBranch = await workflowDefaultBranch(workflow, github);
  const commit = workflow.sha ?? (await github.getBranchSha(defaultBranch));
  if (commit === undefined) throw new Error(`the default branch ${defaultBranch} was not found`);
  const options = await promoteOptions(inputs, workflow, { defaultBranch, checkoutDir });
  const adapter = {
    token: inputs.githubToken,
    owner: workflow.owner,
    repo: workflow.repo,
    baseUrl: workflow.apiUrl,
    logger,
  };
  let openPullCalls = 0;
  let folderHistoryCalls = 0;
  const history =
    access.localGit !== undefined && checkoutDir !== undefined ? createGitHistory(checkoutDir) : undefined;
  const issues = createOctokitIssues({
    ...adapter,
    writeIntervalMs: inputs.writeIntervalMs,
    scrubText: scrubSecrets,
  });
  const result = await handleDashboardEdit(
    { edit, commit, today: new Date().toISOString().slice(0, 10) },
    {
      snapshot: access.snapshot,
      history:
        access.localGit !== undefined && checkoutDir !== undefined
          ? createGitHistory(checkoutDir)
          : undefined,
      openPulls: createGraphqlOpenPulls({ ...adapter, onRequest: () => openPullCalls++ }),
      issues,
      logger,
      permissions: github,
      handlers: dashboardActionHandlers({
        options,
        deps: { github, approver, ...access, logger, sleep },
        history,
        folderHistory: createGraphqlFolderHistory({ ...adapter, onRequest: () => folderHistoryCalls++ }),
        source: `on the promotion dashboard (#${edit.issue.number})`,
      }),
      now: () => new Date(),
      readHead: () => readDashboardHead(defaultBranch, { github, ...access }),
    },
  );
  const apiCalls =
    github.callCount() +
    (approver?.callCount() ?? 0) +
    openPullCalls +
    folderHistoryCalls +
    issues.callCount();
  await writeSummary(
    `### Promotion dashboard: edit of #${edit.issue.number}\n\n${describe(result)}\n\nGitHub API calls spent by this step: **${apiCalls}**\n`,
  );
  const failed = result.status === 'acted' ? result.outcomes.filter((o) => o.outcome === 'failed') : [];
  if (failed.length > 0)
    throw new Error(
      `${failed.length} dashboard action(s) failed:\n${failed.map((o) => `- ${o.action.kind}: ${o.message}`).join('\n')}`,
    );
}

function describe(result: DashboardEditResult): string {
  if (result.status === 'ignored') return `Ignored: ${result.reason}.`;
  if (result.status === 'reverted')
    return `Reverted the edit of @${result.sender}: GitHub reports their permission as \`${result.permission}\`; only writers act.`;
  return renderActionOutcomes(result.outcomes, { actor: result.actor });
}
