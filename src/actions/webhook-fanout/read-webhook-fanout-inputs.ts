import { debugInputs } from '../../runtime/debug-inputs.js';
import { createInputReader, type InputReader } from '../../runtime/inputs.js';
import { readGitHubInputs, type GitHubInputs } from '../shared/read-github-inputs.js';
import { readWebhookSecrets, type WebhookSecrets } from '../shared/read-webhook-secrets.js';

/** The webhook-fanout action's inputs, validated. */
export interface WebhookFanoutInputs extends GitHubInputs, WebhookSecrets {
  concurrency: number;
  timeoutMs: number;
  retries: number;
  failOnError: boolean;
  dryRun: boolean;
}

/** Reads and validates the webhook-fanout action's inputs before anything else runs; secrets are masked first. */
export function readWebhookFanoutInputs(inputs: InputReader = createInputReader()): WebhookFanoutInputs {
  const read: WebhookFanoutInputs = {
    ...readGitHubInputs(inputs),
    ...readWebhookSecrets(inputs),
    concurrency: inputs.integer('concurrency', 20, { min: 1, max: 256 }),
    timeoutMs: inputs.integer('timeout-ms', 10_000, { min: 100, max: 300_000 }),
    retries: inputs.integer('retries', 3, { min: 0, max: 10 }),
    failOnError: inputs.boolean('fail-on-error', true),
    dryRun: inputs.boolean('dry-run', false),
  };
  debugInputs('webhook-fanout', read);
  return read;
}
