import { readPromoteInputs } from '../../promote/read-promote-inputs.js';
import { runPromote } from '../../promote/run-promote.js';
import type { FlowPreparer } from './prepared-flow.js';

/** The promote flow: its reader and runner in one chunk, loaded only for an event that routes to it. */
export const preparePromoteFlow: FlowPreparer = (main) => {
  const inputs = readPromoteInputs();
  return () => runPromote(inputs, { argoCdConfigured: main.argoCdServer });
};
