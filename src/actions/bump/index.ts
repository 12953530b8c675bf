import { runAction } from '../../runtime/run-action.js';
import { readWorkflowContext } from '../../runtime/workflow-context.js';
import { readBumpInputs } from './read-bump-inputs.js';
import { runBump } from './run-bump.js';

await runAction(async () => {
  const workflow = readWorkflowContext();
  return runBump(readBumpInputs(workflow), workflow);
});
