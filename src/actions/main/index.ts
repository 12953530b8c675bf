import { runAction } from '../../runtime/run-action.js';
import { readMainInputs } from './read-main-inputs.js';
import { runMain } from './run-main.js';

await runAction(async () => runMain(readMainInputs()));
