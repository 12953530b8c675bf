import { runAction } from '../../runtime/run-action.js';
import { readPrChecksInputs } from './read-pr-checks-inputs.js';
import { runPrChecks } from './run-pr-checks.js';

await runAction(async () => runPrChecks(readPrChecksInputs()));
