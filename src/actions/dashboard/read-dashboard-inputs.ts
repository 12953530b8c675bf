import { debugInputs } from '../../runtime/debug-inputs.js';
import { createInputReader, type InputReader } from '../../runtime/inputs.js';
import { readGitHubInputs, type GitHubInputs } from '../shared/read-github-inputs.js';
import { readWriteInterval } from '../shared/read-write-interval.js';

/** The dashboard flow's inputs, validated. */
export interface DashboardInputs extends GitHubInputs {
  /** Minimum spacing of write requests. */
  writeIntervalMs: number;
}

/** Reads and validates the dashboard flow's inputs (the token and checkout of promote, the write spacing). */
export function readDashboardInputs(inputs: InputReader = createInputReader()): DashboardInputs {
  const read: DashboardInputs = { ...readGitHubInputs(inputs), ...readWriteInterval(inputs) };
  debugInputs('dashboard', read);
  return read;
}
