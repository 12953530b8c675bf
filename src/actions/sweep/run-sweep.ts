import { createAxiosArgoCd } from '../../adapters/argocd/create-axios-argocd.js';
import { createOctokitDeployments } from '../../adapters/github/create-octokit-deployments.js';
import { MERGE_METHODS, type MergeMethodChoice } from '../../core/merge/choose-merge-method.js';
import type { ArgoCdPort } from '../../ports/argocd-port.js';
import type { Logger } from '../../ports/logger.js';
import { createActionLogger } from '../../runtime/action-logger.js';
import { booleanInput, enumInput, integerInput, secretInput, stringInput } from '../../runtime/inputs.js';
import { setOutputs, writeSummary } from '../../runtime/outputs.js';
import { scrubSecrets } from '../../runtime/secret-registry.js';
import { sleep } from '../../runtime/sleep.js';
import { readWorkflowContext } from '../../runtime/workflow-context.js';
import { createAppFinder } from '../../use-cases/argocd-diff/create-app-finder.js';
import { sweepGates, type SweepResult } from '../../use-cases/gates/sweep-gates.js';
import { loadRepoConfig } from '../../use-cases/promote/load-repo-config.js';
import { detectRepositoryAccess } from '../shared/detect-repository-access.js';
import { payloadRepositorySettings } from '../shared/payload-repository-settings.js';
import { createWorkflowGitHub, workflowDefaultBranch } from '../shared/workflow-github.js';

/**
 * The gates sweep (root action, `schedule` events): re-evaluates every open gated promotion PR, confirms
 * deployments from Argo CD, merges what passes. See docs/gates.md.
 */
export async function runSweep(): Promise<void> {
  const logger = createActionLogger();
  const workflow = readWorkflowContext();
  const token = secretInput('github-token') ?? '';
  if (token === '')
    throw new Error('input "github-token" is empty; pass ${{ github.token }} or an App token');
  const github = createWorkflowGitHub(token, workflow, logger);
  const records = createOctokitDeployments({
    token,
    owner: workflow.owner,
    repo: workflow.repo,
    baseUrl: workflow.apiUrl,
    logger,
    writeIntervalMs: integerInput('write-interval-ms', 1000, { min: 0, max: 60_000 }),
    scrubText: scrubSecrets,
  });
  const checkoutDir = stringInput('checkout-path') ?? workflow.workspace;
  const { snapshot } = await detectRepositoryAccess(checkoutDir, github, logger);
  const defaultBranch = await workflowDefaultBranch(workflow, github);
  const loaded = await loadRepoConfig(snapshot, defaultBranch);
  for (const warning of loaded.warnings) logger.warning(warning);
  const argocd = stringInput('argocd-server') === undefined ? undefined : argoCd(logger);
  const repoUrl = `${workflow.serverUrl ?? 'https://github.com'}/${workflow.owner}/${workflow.repo}`;
  const confirmation =
    loaded.config.deploymentConfirmation === 'merge' || argocd === undefined ? 'merge' : 'argocd';
  const result = await sweepGates(
    loaded.config,
    {
      now: Date.now(),
      confirmation,
      mergeMethod: enumInput<MergeMethodChoice>('merge-method', ['auto', ...MERGE_METHODS], 'auto'),
      repositorySettings: payloadRepositorySettings(workflow.payload),
      ownLogins: [await github.getViewerLogin()],
      dispatchAfterMerge:
        workflow.workflowFile === undefined ||
        enumInput('chain', ['auto', 'dispatch', 'off'] as const, 'auto') === 'off'
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
  );
  const apiCalls = github.callCount() + records.callCount();
  setOutputs({ gates: sweepOutput(result), 'api-calls': apiCalls });
  await writeSummary(renderSweepSummary(result, apiCalls));
  const failed = result.pullRequests.filter((pr) => pr.error !== undefined);
  if (failed.length > 0)
    throw new Error(
      `${String(failed.length)} PR(s) could not be swept:\n${failed.map((pr) => `- #${String(pr.number)}: ${pr.error ?? ''}`).join('\n')}`,
    );
}

function argoCd(logger: Logger): ArgoCdPort {
  return createAxiosArgoCd({
    server: stringInput('argocd-server') ?? '',
    token: secretInput('argocd-token') ?? '',
    timeoutMs: integerInput('argocd-timeout-ms', 30_000, { min: 100, max: 600_000 }),
    retries: integerInput('argocd-retries', 3, { min: 0, max: 10 }),
    insecure: booleanInput('argocd-insecure', false),
    plaintext: booleanInput('argocd-plaintext', false),
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
