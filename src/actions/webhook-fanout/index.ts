import { runAction } from '../../runtime/run-action.js';
import { runWebhookFanout } from './run-webhook-fanout.js';

await runAction(runWebhookFanout);
