import { createGitHistory } from '../../adapters/git/create-git-history.js';
import { createGraphqlOpenPulls } from '../../adapters/github/create-graphql-open-pulls.js';
import { createOctokitIssues } from '../../adapters/github/create-octokit-issues.js';
import { createActionLogger } from '../../runtime/action-logger.js';
import { writeSummary } from '../../runtime/outputs.js';
import { scrubSecrets } from '../../runtime/secret-registry.js';
import { readWorkflowContext, type WorkflowContext } from '../../runtime/workflow-context.js';
import { readDashboardHead } from '../../use-cases/dashboard/read-dashboard-head.js';
import { updateDashboard } from '../../use-cases/dashboard/update-dashboard.js';
import { detectRepositoryAccess } from '../shared/detect-repository-access.js';
import { createWorkflowGitHub } from '../shared/workflow-github.js';
import type { DashboardInputs } from './read-dashboard-inputs.js';

/**
 * Updates the dashboard issue after promote on a merged PR and on the schedule after the sweep, with the open
 * promotion PRs as they are now, at the default branch's head as it is now (promote or the sweep may just have
 * merged; `git ls-remote` and a fetch of that one commit with a checkout, else one API read), falling back to the
 * event's commit (the merge commit, `GITHUB_SHA`) when the payload names no default branch. Skipped (with a log line) when `dashboard: off` or no `promotionPaths` are configured.
 */
export async function runDashboard(inputs: DashboardInputs): Promise<void> {
  const logger = createActionLogger();
  const workflow = readWorkflowContext();
  const token = inputs.githubToken;
  const eventCommit = dashboardCommit(workflow);
  if (eventCommit === undefined) {
    logger.info(`Dashboard: the ${workflow.eventName} event names no commit to show; nothing to update.`);
    return;
  }
  const github = createWorkflowGitHub({ ...inputs, token }, workflow, logger);
  const checkoutDir = inputs.checkoutPath ?? workflow.workspace;
  const { localGit, snapshot } = await detectRepositoryAccess(checkoutDir, github, logger);
  // The flow before this one (promote, the sweep) may have merged: show the default branch as it is now. Its name
  // comes from the payload; without it (an older schedule payload) the event's commit is shown, at no extra request.
  const defaultBranch = (workflow.payload.repository as { default_branch?: unknown } | undefined)
    ?.default_branch;
  const head =
    typeof defaultBranch === 'string'
      ? await readDashboardHead(defaultBranch, { github, snapshot, localGit })
      : undefined;
  const commit = head ?? eventCommit;
  const adapter = { token, owner: workflow.owner, repo: workflow.repo, baseUrl: workflow.apiUrl, logger };
  let openPullCalls = 0;
  const issues = createOctokitIssues({
    ...adapter,
    writeIntervalMs: inputs.writeIntervalMs,
    scrubText: scrubSecrets,
  });
  const result = await updateDashboard(
    { commit, today: new Date().toISOString().slice(0, 10) },
    {
      snapshot,
      history:
        localGit !== undefined && checkoutDir !== undefined ? createGitHistory(checkoutDir) : undefined,
      openPulls: createGraphqlOpenPulls({ ...adapter, onRequest: () => openPullCalls++ }),
      issues,
      logger,
    },
  );
  const apiCalls = github.callCount() + openPullCalls + issues.callCount();
  if (result.status === 'skipped') {
    logger.info(`Dashboard: skipped (${result.reason}).`);
    return;
  }
  const what = result.created ? 'created' : result.unchanged ? 'unchanged' : 'updated';
  await writeSummary(
    `### Promotion dashboard\n\n[#${result.issue}](${result.url}) ${what}: ${result.components} components × ` +
      `${result.environments} environments, ${result.parts} part(s), ${result.writes} write(s), ` +
      `${apiCalls} API call(s).\n`,
  );
}

/** The event's commit: a merged PR's merge commit, or a scheduled run's default branch head; none for others. */
function dashboardCommit(workflow: WorkflowContext): string | undefined {
  if (workflow.eventName === 'schedule') return workflow.sha;
  const pr = workflow.payload.pull_request as { merge_commit_sha?: unknown } | undefined;
  return typeof pr?.merge_commit_sha === 'string' ? pr.merge_commit_sha : undefined;
}
