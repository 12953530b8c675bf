import { MERGE_METHODS, type MergeMethodChoice } from '../../core/merge/choose-merge-method.js';
import { debugInputs } from '../../runtime/debug-inputs.js';
import { createInputReader, type InputReader } from '../../runtime/inputs.js';
import { readGitHubInputs, type GitHubInputs } from '../shared/read-github-inputs.js';
import { readWebhookSecrets, type WebhookSecrets } from '../shared/read-webhook-secrets.js';
import { readWriteInterval } from '../shared/read-write-interval.js';

/** The promote action's inputs, validated. */
export interface PromoteInputs extends GitHubInputs, WebhookSecrets {
  /** Minimum spacing of write requests. */
  writeIntervalMs: number;
  /** Token of a second identity that approves promotion PRs; masked. */
  approverToken: string | undefined;
  dryRun: boolean;
  autoMergeMode: 'direct' | 'native';
  mergeMethod: MergeMethodChoice;
  chain: 'auto' | 'dispatch' | 'off';
  /** The workflow's own GITHUB_TOKEN (the default), for `chain: auto`; masked. */
  workflowToken: string | undefined;
}

/** Reads and validates the promote action's inputs before anything else runs; secrets are masked first. */
export function readPromoteInputs(inputs: InputReader = createInputReader()): PromoteInputs {
  const read: PromoteInputs = {
    ...readGitHubInputs(inputs),
    ...readWriteInterval(inputs),
    ...readWebhookSecrets(inputs),
    approverToken: inputs.secret('approver-token'),
    dryRun: inputs.boolean('dry-run', false),
    autoMergeMode: inputs.choice('auto-merge-mode', ['direct', 'native'] as const, 'direct'),
    mergeMethod: inputs.choice<MergeMethodChoice>('merge-method', ['auto', ...MERGE_METHODS], 'auto'),
    chain: inputs.choice('chain', ['auto', 'dispatch', 'off'] as const, 'auto'),
    workflowToken: inputs.secret('workflow-token'),
  };
  debugInputs('promote', read);
  return read;
}
