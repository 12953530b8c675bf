import { runAction } from '../../runtime/run-action.js';
import { runMain } from './run-main.js';

await runAction(runMain);
