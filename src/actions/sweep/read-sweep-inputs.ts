import { MERGE_METHODS, type MergeMethodChoice } from '../../core/merge/choose-merge-method.js';
import { debugInputs } from '../../runtime/debug-inputs.js';
import { createInputReader, type InputReader } from '../../runtime/inputs.js';
import { readArgoCdInputs, type ArgoCdInputs } from '../argocd-diff/read-argocd-diff-inputs.js';
import { readGitHubInputs, type GitHubInputs } from '../shared/read-github-inputs.js';
import { readWebhookSecrets, type WebhookSecrets } from '../shared/read-webhook-secrets.js';
import { readWriteInterval } from '../shared/read-write-interval.js';

/** The gates sweep's inputs (root action, `schedule`), validated. */
export interface SweepInputs extends GitHubInputs, WebhookSecrets {
  /** Minimum spacing of write requests. */
  writeIntervalMs: number;
  mergeMethod: MergeMethodChoice;
  chain: 'auto' | 'dispatch' | 'off';
  /** Present when `argocd-server` is set: deployments are then confirmed from Argo CD. */
  argocd: ArgoCdInputs | undefined;
}

/** Reads and validates the sweep's inputs before anything else runs; secrets are masked first. */
export function readSweepInputs(inputs: InputReader = createInputReader()): SweepInputs {
  const read: SweepInputs = {
    ...readGitHubInputs(inputs),
    ...readWriteInterval(inputs),
    ...readWebhookSecrets(inputs),
    mergeMethod: inputs.choice<MergeMethodChoice>('merge-method', ['auto', ...MERGE_METHODS], 'auto'),
    chain: inputs.choice('chain', ['auto', 'dispatch', 'off'] as const, 'auto'),
    argocd: inputs.string('argocd-server') === undefined ? undefined : readArgoCdInputs(inputs),
  };
  debugInputs('sweep', read);
  return read;
}
