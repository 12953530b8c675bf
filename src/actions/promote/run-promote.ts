import { createActionLogger } from '../../runtime/action-logger.js';
import { setOutputs, writeSummary } from '../../runtime/outputs.js';
import { sleep } from '../../runtime/sleep.js';
import { readWorkflowContext } from '../../runtime/workflow-context.js';
import { promoteMergedPullRequest } from '../../use-cases/promote/promote-merged-pull-request.js';
import { DEFAULT_OUTPUTS } from '../shared/default-outputs.js';
import { detectRepositoryAccess } from '../shared/detect-repository-access.js';
import { withFinalOutputs } from '../shared/with-final-outputs.js';
import { createWorkflowGitHub, workflowDefaultBranch } from '../shared/workflow-github.js';
import { mergedPullRequestFromEvent } from './merged-pull-request-from-event.js';
import { promoteOptions } from './promote-options.js';
import { deploymentsOutput, promoteOutputs } from './promote-outputs.js';
import { findHandMerge } from '../../use-cases/gates/find-hand-merge.js';
import { recordDeploymentsOfMerge } from './record-deployments-of-merge.js';
import type { PromoteInputs } from './read-promote-inputs.js';
import { renderPromoteSummary } from '../../core/promotion/render-promote-summary.js';
import { buildPromoteEvents } from '../../core/events/build-promote-events.js';
import { renderPromotionEventsSummary } from '../../core/events/render-promotion-events-summary.js';
import { promotionEventsOutput, sendRunPromotionEvents } from '../shared/send-run-promotion-events.js';

/** The promote action: a merged PR (or a dispatch naming one) becomes promotion PRs. */
export async function runPromote(
  inputs: PromoteInputs,
  flow: { argoCdConfigured?: boolean } = {},
): Promise<void> {
  setOutputs(DEFAULT_OUTPUTS.promote);
  const logger = createActionLogger();
  const workflow = readWorkflowContext();
  const client = (token: string) => createWorkflowGitHub({ ...inputs, token }, workflow, logger);
  const github = client(inputs.githubToken);
  const approver = inputs.approverToken === undefined ? undefined : client(inputs.approverToken);
  let deploymentCalls = 0;
  const apiCalls = () => github.callCount() + (approver?.callCount() ?? 0) + deploymentCalls;
  await withFinalOutputs(
    () => ({ 'api-calls': apiCalls() }),
    async () => {
      const pr = await mergedPullRequestFromEvent(workflow.eventName, workflow.payload, github);
      if (pr === undefined)
        return logger.info(`Nothing to do for ${workflow.eventName}: promotion runs when a PR is merged.`);
      const checkoutDir = inputs.checkoutPath ?? workflow.workspace;
      const access = await detectRepositoryAccess(checkoutDir, github, logger);
      const defaultBranch = await workflowDefaultBranch(workflow, github);
      const options = await promoteOptions(inputs, workflow, { defaultBranch, checkoutDir });
      const result = await promoteMergedPullRequest(pr, options, {
        github,
        approver,
        ...access,
        logger,
        sleep,
      });
      const recorded = await recordDeploymentsOfMerge(pr, result, {
        inputs,
        workflow,
        argoCdConfigured: flow.argoCdConfigured ?? false,
        github,
        localGit: access.localGit,
        logger,
      });
      deploymentCalls = recorded.calls;
      const handMerge =
        result.config === undefined ? undefined : await findHandMerge(pr, { config: result.config, github });
      const events = buildPromoteEvents(result, {
        pullRequest: { number: pr.number, url: recorded.url },
        commit: pr.mergeCommitSha,
        deployments: recorded.deployments,
        ...(handMerge === undefined ? {} : { handMerge }),
      });
      const endpoints = result.config?.promotionEvents ?? [];
      const sent = await sendRunPromotionEvents(events, { endpoints, secrets: inputs, workflow, logger });
      setOutputs({
        ...promoteOutputs(result),
        deployments: deploymentsOutput(recorded.deployments),
        'promotion-events': promotionEventsOutput(sent),
      });
      await writeSummary(
        renderPromoteSummary(result, apiCalls()) + renderPromotionEventsSummary(sent, endpoints.length),
      );
      if (result.failures.length > 0) {
        const lines = result.failures.map((f) => `- ${f}`).join('\n');
        throw new Error(`${result.failures.length} promotion(s) failed:\n${lines}`);
      }
    },
  );
}
