import { debugInputs } from '../../runtime/debug-inputs.js';
import { createInputReader, type InputReader } from '../../runtime/inputs.js';
import { readGitHubInputs, type GitHubInputs } from '../shared/read-github-inputs.js';
import { readWriteInterval } from '../shared/read-write-interval.js';

/** The inputs `mode: doctor` of the root action uses, validated. */
export interface DoctorInputs extends GitHubInputs {
  writeIntervalMs: number;
}

/** Reads and validates the inputs of `mode: doctor` before anything else runs; secrets are masked first. */
export function readDoctorInputs(inputs: InputReader = createInputReader()): DoctorInputs {
  const read: DoctorInputs = { ...readGitHubInputs(inputs), ...readWriteInterval(inputs) };
  debugInputs('doctor', read);
  return read;
}
