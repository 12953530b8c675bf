import { createAxiosArgoCd } from '../../adapters/argocd/create-axios-argocd.js';
import type { ArgoCdPort } from '../../ports/argocd-port.js';
import type { Logger } from '../../ports/logger.js';
import { createActionLogger } from '../../runtime/action-logger.js';
import { setOutputs, writeSummary } from '../../runtime/outputs.js';
import { sleep } from '../../runtime/sleep.js';
import { readWorkflowContext } from '../../runtime/workflow-context.js';
import { createAppFinder } from '../../use-cases/argocd-diff/create-app-finder.js';
import { sweepGates, type SweepResult } from '../../use-cases/gates/sweep-gates.js';
import { loadRepoConfig } from '../../use-cases/promote/load-repo-config.js';
import { buildSweepEvents } from '../../core/events/build-sweep-events.js';
import { renderPromotionEventsSummary } from '../../core/events/render-promotion-events-summary.js';
import { createWorkflowDeployments } from '../shared/create-workflow-deployments.js';
import { promotionEventsOutput, sendRunPromotionEvents } from '../shared/send-run-promotion-events.js';
import { detectRepositoryAccess } from '../shared/detect-repository-access.js';
import { payloadRepositorySettings } from '../shared/payload-repository-settings.js';
import { createWorkflowGitHub, workflowDefaultBranch } from '../shared/workflow-github.js';
import type { ArgoCdInputs } from '../argocd-diff/read-argocd-diff-inputs.js';
import { explainSweepRefusal } from './explain-sweep-refusal.js';
import type { SweepInputs } from './read-sweep-inputs.js';

/**
 * The gates sweep (root action, `schedule` events): re-evaluates every open gated promotion PR, confirms
 * deployments from Argo CD, merges what passes. See docs/gates.md.
 */
export async function runSweep(inputs: SweepInputs): Promise<void> {
  const logger = createActionLogger();
  const workflow = readWorkflowContext();
  const token = inputs.githubToken;
  const github = createWorkflowGitHub({ token, writeIntervalMs: inputs.writeIntervalMs }, workflow, logger);
  const records = createWorkflowDeployments(inputs, workflow, logger);
  const checkoutDir = inputs.checkoutPath ?? workflow.workspace;
  const { snapshot } = await detectRepositoryAccess(checkoutDir, github, logger);
  const defaultBranch = await workflowDefaultBranch(workflow, github);
  const loaded = await loadRepoConfig(snapshot, defaultBranch);
  for (const warning of loaded.warnings) logger.warning(warning);
  const argocd = inputs.argocd === undefined ? undefined : argoCd(inputs.argocd, logger);
  const repoUrl = `${workflow.serverUrl ?? 'https://github.com'}/${workflow.owner}/${workflow.repo}`;
  const confirmation =
    loaded.config.deploymentConfirmation === 'merge' || argocd === undefined ? 'merge' : 'argocd';
  const result = await sweepGates(
    loaded.config,
    {
      now: Date.now(),
      confirmation,
      mergeMethod: inputs.mergeMethod,
      repositorySettings: payloadRepositorySettings(workflow.payload),
      ownLogins: [await github.getViewerLogin()],
      dispatchAfterMerge:
        workflow.workflowFile === undefined || inputs.chain === 'off'
          ? undefined
          : { workflow: workflow.workflowFile, ref: defaultBranch },
    },
    {
      github,
      sweep: records,
      deployments: records,
      apps:
        argocd === undefined
          ? undefined
          : createAppFinder(argocd, {
              repoUrl,
              useShaLabel: loaded.config.argocd.useShaLabelForAppDiscovery,
            }),
      logger,
      sleep,
    },
  ).catch((error: unknown) => {
    throw explainSweepRefusal(error);
  });
  const apiCalls = github.callCount() + records.callCount();
  const endpoints = loaded.config.promotionEvents ?? [];
  const sent = await sendRunPromotionEvents(buildSweepEvents(result, loaded.config.environments), {
    endpoints,
    secrets: inputs,
    workflow,
    logger,
  });
  setOutputs({
    gates: sweepOutput(result),
    'promotion-events': promotionEventsOutput(sent),
    'api-calls': apiCalls,
  });
  await writeSummary(
    renderSweepSummary(result, apiCalls) + renderPromotionEventsSummary(sent, endpoints.length),
  );
  const failed = result.pullRequests.filter((pr) => pr.error !== undefined);
  if (failed.length > 0)
    throw new Error(
      `${String(failed.length)} PR(s) could not be swept:\n${failed.map((pr) => `- #${String(pr.number)}: ${pr.error ?? ''}`).join('\n')}`,
    );
}

function argoCd(settings: ArgoCdInputs, logger: Logger): ArgoCdPort {
  return createAxiosArgoCd({
    ...settings,
    logger,
    onRequest: () => undefined,
  });
}

function sweepOutput(result: SweepResult) {
  return result.pullRequests.map((pr) => ({
    number: pr.number,
    state: pr.verdict.state,
    description: pr.verdict.description,
    written: pr.written,
    ...(pr.merge === undefined ? {} : { merge: pr.merge }),
    ...(pr.error === undefined ? {} : { error: pr.error }),
  }));
}

/** The job summary: one row per gated PR, the deployments confirmed, the API calls spent. */
export function renderSweepSummary(result: SweepResult, apiCalls: number): string {
  const escape = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
  const rows = result.pullRequests.map(
    (pr) =>
      `| #${String(pr.number)} | ${pr.verdict.state} | ${escape(pr.verdict.description)} | ${pr.written ? 'yes' : 'no'} | ${pr.merge ?? ''} |`,
  );
  const deployments = result.confirmed.map(
    (d) => `| ${escape(d.environment)} | ${d.sha.slice(0, 7)} | ${d.state} | ${escape(d.description)} |`,
  );
  return [
    '## Telefonistka gates sweep',
    '',
    rows.length === 0
      ? 'No gated promotion PR is open.'
      : ['| PR | gates | why | status written | merge |', '|---|---|---|---|---|', ...rows].join('\n'),
    '',
    ...(deployments.length === 0
      ? []
      : ['| environment | commit | deployment | why |', '|---|---|---|---|', ...deployments, '']),
    `API calls: ${String(apiCalls)}`,
    '',
  ].join('\n');
}
