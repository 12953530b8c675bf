import { setOutputs, writeSummary } from '../../runtime/outputs.js';
import type { WorkflowContext } from '../../runtime/workflow-context.js';
import { checkPullRequest } from '../../use-cases/pr-checks/check-pull-request.js';
import { driftReportsJson } from '../../core/drift/drift-reports-json.js';
import { handlePrComment } from '../../use-cases/pr-checks/handle-pr-comment.js';
import type { GitHubPort } from '../../ports/github-port.js';
import type { PrChecksDeps } from '../../use-cases/pr-checks/pr-checks-deps.js';
import { readPrChecksEvent } from './pr-checks-event.js';
import type { PrChecksInputs } from './read-pr-checks-inputs.js';
import { renderCommentSummary, renderPrCheckSummary } from '../../core/pr-checks/render-pr-checks-summary.js';

/** What `mode: pr` needs from the entrypoint. */
export interface PrEventRun {
  inputs: PrChecksInputs;
  workflow: WorkflowContext;
  /** The use-case's ports, with the whole GitHub port: its call count is an output. */
  deps: PrChecksDeps & { github: GitHubPort };
  defaultBranch: string;
  today: string;
}

/** `mode: pr`: checks the PR of a pull_request event, or runs the command of a comment on a PR. */
export async function checkPrEvent(run: PrEventRun): Promise<void> {
  const { inputs, workflow, deps } = run;
  const event = readPrChecksEvent(workflow.eventName, workflow.payload);
  const options = {
    defaultBranch: run.defaultBranch,
    serverUrl: workflow.serverUrl,
    today: run.today,
    runUrl: workflow.runUrl,
    maxContentReads: inputs.maxFileReads,
  };
  if (event.kind === 'other') {
    deps.logger.info(`Nothing to do for ${event.description}: pr-checks handles open PRs and PR comments.`);
    setOutputs({ outcome: 'ignored', drift: {}, 'api-calls': deps.github.callCount() });
    return;
  }
  if (event.kind === 'comment') {
    const handling = await handlePrComment(event.comment, options, deps);
    const check = handling.check;
    const outcome =
      check !== undefined
        ? 'checked'
        : handling.refused
          ? 'refused'
          : handling.toggled.length > 0
            ? 'toggled'
            : 'ignored';
    const drift = check === undefined ? {} : driftReportsJson(check.reports, check.defaultHead);
    setOutputs({ outcome, drift, 'api-calls': deps.github.callCount() });
    await writeSummary(renderCommentSummary(handling, deps.github.callCount()));
    return;
  }
  const result = await checkPullRequest(
    event.pr,
    { ...options, addedLabel: event.addedLabel, commitStatus: inputs.commitStatus },
    deps,
  );
  const apiCalls = deps.github.callCount();
  setOutputs({
    outcome: result.skipped === undefined ? 'checked' : 'skipped',
    drift: result.skipped === undefined ? driftReportsJson(result.reports, result.defaultHead) : {},
    'api-calls': apiCalls,
  });
  await writeSummary(renderPrCheckSummary(result, apiCalls));
}
