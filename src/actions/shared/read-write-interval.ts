import type { InputReader } from '../../runtime/inputs.js';

/** `write-interval-ms` of the actions that write to GitHub: GitHub asks for one second between content writes. */
export function readWriteInterval(inputs: InputReader): { writeIntervalMs: number } {
  return { writeIntervalMs: inputs.integer('write-interval-ms', 1000, { min: 0, max: 60_000 }) };
}
