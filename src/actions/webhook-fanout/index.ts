import { runAction } from '../../runtime/run-action.js';
import { readWebhookFanoutInputs } from './read-webhook-fanout-inputs.js';
import { runWebhookFanout } from './run-webhook-fanout.js';

await runAction(async () => runWebhookFanout(readWebhookFanoutInputs()));
