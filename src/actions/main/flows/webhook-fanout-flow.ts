import { readWebhookFanoutInputs } from '../../webhook-fanout/read-webhook-fanout-inputs.js';
import { runWebhookFanout } from '../../webhook-fanout/run-webhook-fanout.js';
import type { FlowPreparer } from './prepared-flow.js';

/** The webhook-fanout flow: its reader and runner in one chunk, loaded only for an event that routes to it. */
export const prepareWebhookFanoutFlow: FlowPreparer = () => {
  const inputs = readWebhookFanoutInputs();
  return () => runWebhookFanout(inputs);
};
