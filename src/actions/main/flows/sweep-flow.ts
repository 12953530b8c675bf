import { readSweepInputs } from '../../sweep/read-sweep-inputs.js';
import { runSweep } from '../../sweep/run-sweep.js';
import type { FlowPreparer } from './prepared-flow.js';

/** The sweep flow: its reader and runner in one chunk, loaded only for an event that routes to it. */
export const prepareSweepFlow: FlowPreparer = () => {
  const inputs = readSweepInputs();
  return () => runSweep(inputs);
};
