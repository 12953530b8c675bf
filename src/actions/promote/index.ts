import { runAction } from '../../runtime/run-action.js';
import { readPromoteInputs } from './read-promote-inputs.js';
import { runPromote } from './run-promote.js';

await runAction(async () => runPromote(readPromoteInputs()));
