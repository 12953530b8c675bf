import type { MainInputs } from '../read-main-inputs.js';

/** A flow whose inputs are read and validated, ready to run. */
export type PreparedFlow = () => Promise<void>;

/** Reads a flow's inputs (an invalid one fails here, before any flow of the event has run) and returns its run. */
export type FlowPreparer = (main: MainInputs) => PreparedFlow;
