import { randomUUID } from 'node:crypto';
import { createOctokitGitHub } from '../../adapters/github/create-octokit-github.js';
import { createAxiosWebhookSender } from '../../adapters/http/create-axios-webhook-sender.js';
import { parseSecretRules, type SecretRule } from '../../core/webhook/parse-secret-rules.js';
import { readPushEvent } from '../../core/webhook/read-push-event.js';
import { createActionLogger } from '../../runtime/action-logger.js';
import { booleanInput, integerInput, secretInput, stringInput } from '../../runtime/inputs.js';
import { maskSecret } from '../../runtime/mask-secret.js';
import { setOutputs, writeSummary } from '../../runtime/outputs.js';
import { readWorkflowContext } from '../../runtime/workflow-context.js';
import { fanOutPush } from '../../use-cases/webhook-fanout/fan-out-push.js';
import type { FanoutResult } from '../../core/webhook/fanout-result.js';
import { detectRepositoryAccess } from '../shared/detect-repository-access.js';
import { renderFanoutSummary } from '../../core/webhook/render-fanout-summary.js';

const USER_AGENT = 'telefonistka-webhook-fanout';

/** The webhook-fanout action: a push to the default branch is forwarded to the endpoints its files select. */
export async function runWebhookFanout(): Promise<void> {
  const logger = createActionLogger();
  const workflow = readWorkflowContext();
  const dryRun = booleanInput('dry-run', false);
  const failOnError = booleanInput('fail-on-error', true);
  const check = readPushEvent(workflow.eventName, workflow.payload);
  if (check.kind === 'skip') {
    logger.info(`Nothing to forward: ${check.reason}. Webhook fan-out handles pushes to the default branch.`);
    setOutputs({ deliveries: [], 'api-calls': 0 });
    await writeSummary(renderFanoutSummary(skippedResult(check.reason), { apiCalls: 0, dryRun }));
    return;
  }
  const token = secretInput('github-token') ?? '';
  if (token === '')
    throw new Error('input "github-token" is empty; pass ${{ github.token }} or an App token');
  const github = createOctokitGitHub({
    token,
    owner: workflow.owner,
    repo: workflow.repo,
    baseUrl: workflow.apiUrl,
    logger,
  });
  const { localGit, snapshot } = await detectRepositoryAccess(
    stringInput('checkout-path') ?? workflow.workspace,
    github,
    logger,
  );
  const sender = createAxiosWebhookSender({
    timeoutMs: integerInput('timeout-ms', 10_000, { min: 100, max: 300_000 }),
    retries: integerInput('retries', 3, { min: 0, max: 10 }),
    logger,
  });
  let result: FanoutResult;
  try {
    result = await fanOutPush(
      { eventName: workflow.eventName, payload: workflow.payload },
      {
        dryRun,
        concurrency: integerInput('concurrency', 20, { min: 1, max: 256 }),
        defaultSecret: secretInput('secret'),
        secretRules: secretRulesInput(),
        userAgent: USER_AGENT,
      },
      {
        github,
        localGit,
        snapshot,
        sender,
        logger,
        newDeliveryId: randomUUID,
        maskSecret,
      },
    );
  } finally {
    sender.close();
  }
  const apiCalls = github.callCount();
  setOutputs({ deliveries: result.deliveries, 'api-calls': apiCalls });
  await writeSummary(renderFanoutSummary(result, { apiCalls, dryRun }));
  if (result.failures.length === 0) return;
  const message = `${result.failures.length} webhook deliver${result.failures.length === 1 ? 'y' : 'ies'} failed:\n${result.failures.map((f) => `- ${f}`).join('\n')}`;
  if (failOnError) throw new Error(message);
  logger.warning(`${message}\n(fail-on-error is false: the step succeeds)`);
}

function skippedResult(reason: string): FanoutResult {
  return {
    skipped: reason,
    changes: undefined,
    unmatchedFiles: 0,
    payloadBytes: 0,
    deliveries: [],
    failures: [],
  };
}

/** `secrets-by-url`, each secret masked before anything could print it. */
function secretRulesInput(): SecretRule[] {
  const rules = parseSecretRules(stringInput('secrets-by-url'));
  for (const rule of rules) maskSecret(rule.secret);
  return rules;
}
