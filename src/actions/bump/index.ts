import { runAction } from '../../runtime/run-action.js';
import { runBump } from './run-bump.js';

await runAction(runBump);
