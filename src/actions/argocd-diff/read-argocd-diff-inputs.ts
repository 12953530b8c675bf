import { debugInputs } from '../../runtime/debug-inputs.js';
import { createInputReader, type InputReader } from '../../runtime/inputs.js';
import { readGitHubInputs, type GitHubInputs } from '../shared/read-github-inputs.js';
import { readWriteInterval } from '../shared/read-write-interval.js';

/** How the action reaches Argo CD (`diff-mode: argocd`). */
export interface ArgoCdInputs {
  server: string;
  /** Masked. */
  token: string;
  timeoutMs: number;
  retries: number;
  insecure: boolean;
  plaintext: boolean;
}

/** The argocd-diff action's inputs, validated. */
export interface ArgoCdDiffInputs extends GitHubInputs {
  /** Minimum spacing of write requests. */
  writeIntervalMs: number;
  diffMode: 'argocd' | 'render';
  /** Present in `argocd` mode, where the server and token are required. */
  argocd: ArgoCdInputs | undefined;
  /** Apps diffed, or folders rendered, at the same time. */
  concurrency: number;
  commitStatus: boolean;
}

const REQUIRED_IN_ARGOCD_MODE = 'required with `diff-mode: argocd` (the default); or set `diff-mode: render`';

/** Reads and validates the argocd-diff action's inputs before anything else runs; secrets are masked first. */
export function readArgoCdDiffInputs(inputs: InputReader = createInputReader()): ArgoCdDiffInputs {
  const diffMode = inputs.choice('diff-mode', ['argocd', 'render'] as const, 'argocd');
  const read: ArgoCdDiffInputs = {
    ...readGitHubInputs(inputs),
    ...readWriteInterval(inputs),
    diffMode,
    argocd: diffMode === 'argocd' ? readArgoCdInputs(inputs) : undefined,
    concurrency: inputs.integer('concurrency', 10, { min: 1, max: 100 }),
    commitStatus: inputs.boolean('commit-status', true),
  };
  debugInputs('argocd-diff', read);
  return read;
}

function readArgoCdInputs(inputs: InputReader): ArgoCdInputs {
  const token = inputs.secret('argocd-token');
  return {
    server: inputs.required('argocd-server', REQUIRED_IN_ARGOCD_MODE),
    token: token ?? inputs.required('argocd-token', REQUIRED_IN_ARGOCD_MODE),
    timeoutMs: inputs.integer('argocd-timeout-ms', 30_000, { min: 100, max: 600_000 }),
    retries: inputs.integer('argocd-retries', 3, { min: 0, max: 10 }),
    insecure: inputs.boolean('argocd-insecure', false),
    plaintext: inputs.boolean('argocd-plaintext', false),
  };
}
