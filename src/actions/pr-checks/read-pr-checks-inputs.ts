import { debugInputs } from '../../runtime/debug-inputs.js';
import { createInputReader, type InputReader } from '../../runtime/inputs.js';
import { readGitHubInputs, type GitHubInputs } from '../shared/read-github-inputs.js';
import { readWriteInterval } from '../shared/read-write-interval.js';

/** The pr-checks action's inputs, validated. */
export interface PrChecksInputs extends GitHubInputs {
  /** Minimum spacing of write requests. */
  writeIntervalMs: number;
  mode: 'pr' | 'drift-map';
  commitStatus: boolean;
  /** Most differing files whose contents are read through the API. */
  maxFileReads: number;
  /** `drift-map` mode: the branch or commit to map; undefined means the default branch. */
  ref: string | undefined;
  failOnDrift: boolean;
}

/** Reads and validates the pr-checks action's inputs before anything else runs; secrets are masked first. */
export function readPrChecksInputs(inputs: InputReader = createInputReader()): PrChecksInputs {
  const read: PrChecksInputs = {
    ...readGitHubInputs(inputs),
    ...readWriteInterval(inputs),
    mode: inputs.choice('mode', ['pr', 'drift-map'] as const, 'pr'),
    commitStatus: inputs.boolean('commit-status', true),
    maxFileReads: inputs.integer('max-file-reads', 100, { min: 0, max: 100_000 }),
    ref: inputs.string('ref'),
    failOnDrift: inputs.boolean('fail-on-drift', false),
  };
  debugInputs('pr-checks', read);
  return read;
}
