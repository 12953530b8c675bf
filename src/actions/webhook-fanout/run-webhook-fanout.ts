import { randomUUID } from 'node:crypto';
import { createOctokitGitHub } from '../../adapters/github/create-octokit-github.js';
import { createAxiosWebhookSender } from '../../adapters/http/create-axios-webhook-sender.js';
import { readPushEvent } from '../../core/webhook/read-push-event.js';
import { createActionLogger } from '../../runtime/action-logger.js';
import { maskSecret } from '../../runtime/mask-secret.js';
import { setOutputs } from '../../runtime/outputs.js';
import { readWorkflowContext } from '../../runtime/workflow-context.js';
import { fanOutPush } from '../../use-cases/webhook-fanout/fan-out-push.js';
import { DEFAULT_OUTPUTS } from '../shared/default-outputs.js';
import { detectRepositoryAccess } from '../shared/detect-repository-access.js';
import { withFinalOutputs } from '../shared/with-final-outputs.js';
import { finishFanout } from './finish-fanout.js';
import type { WebhookFanoutInputs } from './read-webhook-fanout-inputs.js';

const USER_AGENT = 'telefonistka-webhook-fanout';

/** The webhook-fanout action: a push to the default branch is forwarded to the endpoints its files select. */
export async function runWebhookFanout(inputs: WebhookFanoutInputs): Promise<void> {
  setOutputs(DEFAULT_OUTPUTS['webhook-fanout']);
  const logger = createActionLogger();
  const workflow = readWorkflowContext();
  const check = readPushEvent(workflow.eventName, workflow.payload);
  if (check.kind === 'skip') return finishFanout(inputs, { skipped: check.reason, apiCalls: 0, logger });
  const { owner, repo, apiUrl: baseUrl } = workflow;
  const github = createOctokitGitHub({ token: inputs.githubToken, owner, repo, baseUrl, logger });
  await withFinalOutputs(
    () => ({ 'api-calls': github.callCount() }),
    async () => {
      const access = await detectRepositoryAccess(inputs.checkoutPath ?? workflow.workspace, github, logger);
      const sender = createAxiosWebhookSender({
        timeoutMs: inputs.timeoutMs,
        retries: inputs.retries,
        logger,
      });
      const { dryRun, concurrency, secretRules } = inputs;
      const options = {
        dryRun,
        concurrency,
        secretRules,
        defaultSecret: inputs.secret,
        userAgent: USER_AGENT,
      };
      const ports = { github, ...access, sender, logger, newDeliveryId: randomUUID, maskSecret };
      const event = { eventName: workflow.eventName, payload: workflow.payload };
      const result = await fanOutPush(event, options, ports).finally(() => sender.close());
      return finishFanout(inputs, { result, apiCalls: github.callCount(), logger });
    },
  );
}
