import { randomUUID } from 'node:crypto';
import { createApiSnapshot } from '../../adapters/github/create-api-snapshot.js';
import { createOctokitGitHub } from '../../adapters/github/create-octokit-github.js';
import { createGitSnapshot } from '../../adapters/git/create-git-snapshot.js';
import { createLocalGit } from '../../adapters/git/create-local-git.js';
import { tryGit } from '../../adapters/git/run-git.js';
import { createAxiosWebhookSender } from '../../adapters/http/create-axios-webhook-sender.js';
import { parseSecretRules, type SecretRule } from '../../core/webhook/parse-secret-rules.js';
import { readPushEvent } from '../../core/webhook/read-push-event.js';
import type { LocalGitPort } from '../../ports/local-git-port.js';
import type { Logger } from '../../ports/logger.js';
import { createActionLogger } from '../../runtime/action-logger.js';
import { booleanInput, integerInput, secretInput, stringInput } from '../../runtime/inputs.js';
import { maskSecret } from '../../runtime/mask-secret.js';
import { setOutputs, writeSummary } from '../../runtime/outputs.js';
import { readWorkflowContext } from '../../runtime/workflow-context.js';
import { fanOutPush } from '../../use-cases/webhook-fanout/fan-out-push.js';
import type { FanoutResult } from '../../use-cases/webhook-fanout/fanout-result.js';
import { renderFanoutSummary } from './render-fanout-summary.js';

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
  const localGit = await detectCheckout(workflow.workspace, logger);
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
        snapshot: localGit === undefined ? createApiSnapshot(github) : createGitSnapshot(localGit.directory),
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

async function detectCheckout(
  workspace: string | undefined,
  logger: Logger,
): Promise<LocalGitPort | undefined> {
  const directory = stringInput('checkout-path') ?? workspace;
  if (directory === undefined) return undefined;
  const inside = await tryGit(directory, ['rev-parse', '--is-inside-work-tree']);
  if (inside?.trim() !== 'true') {
    logger.info('No git checkout found: reading changes through the GitHub API.');
    return undefined;
  }
  logger.info(`Reading changes from the local checkout at ${directory}.`);
  return createLocalGit(directory);
}
