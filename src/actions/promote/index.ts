import { runAction } from '../../runtime/run-action.js';
import { runPromote } from './run-promote.js';

await runAction(runPromote);
