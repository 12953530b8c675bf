import { debugInputs } from '../../runtime/debug-inputs.js';
import { createInputReader, type InputReader } from '../../runtime/inputs.js';

/** What the root action reads before routing: the flows' own inputs are read by their readers. */
export interface MainInputs {
  /** `doctor` checks the set-up whatever the event; `pr` and `drift-map` are the pr-checks modes. */
  mode: 'pr' | 'drift-map' | 'doctor';
  /** The Argo CD diff flow runs when there is an Argo CD to ask, or when it renders manifests itself. */
  argoCdDiffConfigured: boolean;
}

/** Reads and validates the root action's routing inputs before anything else runs. */
export function readMainInputs(inputs: InputReader = createInputReader()): MainInputs {
  const read: MainInputs = {
    mode: inputs.choice('mode', ['pr', 'drift-map', 'doctor'] as const, 'pr'),
    argoCdDiffConfigured:
      inputs.string('argocd-server') !== undefined || inputs.string('diff-mode') === 'render',
  };
  debugInputs('main', read);
  return read;
}
