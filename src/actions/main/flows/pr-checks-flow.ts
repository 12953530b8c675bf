import { readPrChecksInputs } from '../../pr-checks/read-pr-checks-inputs.js';
import { runPrChecks } from '../../pr-checks/run-pr-checks.js';
import type { FlowPreparer } from './prepared-flow.js';

/** The pr-checks flow: its reader and runner in one chunk, loaded only for an event that routes to it. */
export const preparePrChecksFlow: FlowPreparer = () => {
  const inputs = readPrChecksInputs();
  return () => runPrChecks(inputs);
};
