import { readArgoCdDiffInputs } from '../../argocd-diff/read-argocd-diff-inputs.js';
import { runArgoCdDiff } from '../../argocd-diff/run-argocd-diff.js';
import type { FlowPreparer } from './prepared-flow.js';

/** The argocd-diff flow: its reader and runner in one chunk, loaded only for an event that routes to it. */
export const prepareArgoCdDiffFlow: FlowPreparer = () => {
  const inputs = readArgoCdDiffInputs();
  return () => runArgoCdDiff(inputs);
};
