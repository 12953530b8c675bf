import { runAction } from '../../runtime/run-action.js';
import { runPrChecks } from './run-pr-checks.js';

await runAction(runPrChecks);
