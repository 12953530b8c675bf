import type { DriftMap } from '../../core/drift/drift-map-types.js';
import { renderDriftMapMarkdown } from '../../core/drift/render-drift-map.js';
import { createActionLogger } from '../../runtime/action-logger.js';
import { booleanInput, enumInput, integerInput, secretInput, stringInput } from '../../runtime/inputs.js';
import type { GitHubPort } from '../../ports/github-port.js';
import { setOutputs, writeSummary } from '../../runtime/outputs.js';
import { readWorkflowContext, type WorkflowContext } from '../../runtime/workflow-context.js';
import { buildRepositoryDriftMap } from '../../use-cases/pr-checks/build-repository-drift-map.js';
import { checkPullRequest } from '../../use-cases/pr-checks/check-pull-request.js';
import { driftReportsJson } from '../../core/drift/drift-reports-json.js';
import { handlePrComment } from '../../use-cases/pr-checks/handle-pr-comment.js';
import type { PrChecksDeps } from '../../use-cases/pr-checks/pr-checks-deps.js';
import { detectRepositoryAccess } from '../shared/detect-repository-access.js';
import { readPrChecksEvent } from './pr-checks-event.js';
import { renderCommentSummary, renderPrCheckSummary } from '../../core/pr-checks/render-pr-checks-summary.js';
import { createWorkflowGitHub, workflowDefaultBranch } from '../shared/workflow-github.js';

/** Above this many components the job summary lists only the rows that are not in sync everywhere. */
const FULL_MAP_MAX_ROWS = 500;
/** Job outputs are capped at 1 MB per job (UTF-16 estimate); leave room for the other outputs. */
const MAX_OUTPUT_CHARS = 400_000;

/**
 * The pr-checks action. `mode: pr`: an opened, updated, reopened or labelled PR gets its drift warning,
 * promotion preview and `telefonistka` status; a PR comment may run `/retrigger` or a toggle command.
 * `mode: drift-map`: the whole repository's drift map in the job summary (for a scheduled workflow).
 */
export async function runPrChecks(): Promise<void> {
  const logger = createActionLogger();
  const workflow = readWorkflowContext();
  const token = secretInput('github-token') ?? '';
  if (token === '')
    throw new Error('input "github-token" is empty; pass ${{ github.token }} or an App token');
  const github = createWorkflowGitHub(token, workflow, logger);
  const mode = enumInput('mode', ['pr', 'drift-map'] as const, 'pr');
  const access = await detectRepositoryAccess(
    stringInput('checkout-path') ?? workflow.workspace,
    github,
    logger,
  );
  const deps = { github, logger, ...access } satisfies PrChecksDeps;
  const defaultBranch = await workflowDefaultBranch(workflow, github);
  const today = new Date().toISOString().slice(0, 10);
  if (mode === 'drift-map') return runDriftMap({ deps, defaultBranch, today });
  const event = readPrChecksEvent(workflow.eventName, workflow.payload);
  const options = {
    defaultBranch,
    serverUrl: workflow.serverUrl,
    today,
    runUrl: runUrl(workflow),
    maxContentReads: integerInput('max-file-reads', 100, { min: 0, max: 100_000 }),
  };
  if (event.kind === 'other') {
    logger.info(`Nothing to do for ${event.description}: pr-checks handles open PRs and PR comments.`);
    setOutputs({ outcome: 'ignored', drift: {}, 'api-calls': github.callCount() });
    return;
  }
  if (event.kind === 'comment') {
    const handling = await handlePrComment(event.comment, options, deps);
    const check = handling.check;
    setOutputs({
      outcome:
        check !== undefined
          ? 'checked'
          : handling.refused
            ? 'refused'
            : handling.toggled.length > 0
              ? 'toggled'
              : 'ignored',
      drift: check === undefined ? {} : driftReportsJson(check.reports, check.defaultHead),
      'api-calls': github.callCount(),
    });
    await writeSummary(renderCommentSummary(handling, github.callCount()));
    return;
  }
  const result = await checkPullRequest(
    event.pr,
    { ...options, addedLabel: event.addedLabel, commitStatus: booleanInput('commit-status', true) },
    deps,
  );
  const apiCalls = github.callCount();
  setOutputs({
    outcome: result.skipped === undefined ? 'checked' : 'skipped',
    drift: result.skipped === undefined ? driftReportsJson(result.reports, result.defaultHead) : {},
    'api-calls': apiCalls,
  });
  await writeSummary(renderPrCheckSummary(result, apiCalls));
}

async function runDriftMap(run: {
  deps: PrChecksDeps & { github: GitHubPort };
  defaultBranch: string;
  today: string;
}): Promise<void> {
  const { deps } = run;
  const ref = stringInput('ref') ?? run.defaultBranch;
  const commit =
    (deps.localGit === undefined ? undefined : await deps.localGit.remoteBranchSha(ref)) ??
    (await deps.github.getBranchSha(ref)) ??
    (/^[0-9a-f]{40}$/.test(ref) ? ref : undefined);
  if (commit === undefined) throw new Error(`input "ref": no branch ${ref} in this repository`);
  if (deps.localGit !== undefined && !(await deps.localGit.hasCommit(commit)))
    await deps.localGit.fetch([commit]);
  const built = await buildRepositoryDriftMap({ commit, today: run.today }, deps);
  for (const warning of built.warnings) deps.logger.warning(warning);
  const rows = built.map.tables.reduce((sum, table) => sum + table.rows.length, 0);
  const markdown = renderDriftMapMarkdown(built.map, {
    commitSha: commit,
    onlyProblems: rows > FULL_MAP_MAX_ROWS,
  });
  const apiCalls = deps.github.callCount();
  setOutputs({
    outcome: 'drift-map',
    drift: driftMapOutput(built.map, commit),
    'api-calls': apiCalls,
  });
  await writeSummary(`${markdown}\nGitHub API calls spent by this step: **${apiCalls}**\n`);
  if (booleanInput('fail-on-drift', false) && built.map.totals.drifted > 0) {
    throw new Error(
      `${built.map.totals.drifted} component/target folder pairs have drifted (see the job summary)`,
    );
  }
}

/** The map as the `drift` output; only the totals when it would pass GitHub's 1 MB limit of a job's outputs. */
function driftMapOutput(map: DriftMap, commit: string): object {
  const full = { version: 1, commit, totals: map.totals, tables: map.tables };
  if (JSON.stringify(full).length <= MAX_OUTPUT_CHARS) return full;
  return { version: 1, commit, totals: map.totals, tables: null, truncated: true };
}

/** The link of this workflow run, for the commit status and the comment's hint. */
function runUrl(workflow: WorkflowContext): string | undefined {
  const runId = process.env.GITHUB_RUN_ID;
  if (runId === undefined || runId === '') return undefined;
  return `${workflow.serverUrl}/${workflow.owner}/${workflow.repo}/actions/runs/${runId}`;
}
