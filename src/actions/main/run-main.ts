import { createActionLogger } from '../../runtime/action-logger.js';
import { setOutputs } from '../../runtime/outputs.js';
import { readWorkflowContext } from '../../runtime/workflow-context.js';
import { DEFAULT_OUTPUTS } from '../shared/default-outputs.js';
import { prepareFlow, type PreparedFlow } from './prepare-flow.js';
import type { MainInputs } from './read-main-inputs.js';
import { routeEvent, type Flow } from './route-event.js';
import { runFlows } from './run-flows.js';

/**
 * The root action: one step handles every event the workflow subscribes to. The inputs of every flow of the
 * event are read first; then each flow runs in turn; one failing flow does not stop the next, and the step
 * fails at the end naming every failure.
 */
export async function runMain(inputs: MainInputs): Promise<void> {
  if (inputs.mode === 'doctor') {
    setOutputs({ flow: 'doctor' });
    const { doctorFlow } = await import('./flows/doctor-flow.js');
    return doctorFlow();
  }
  const logger = createActionLogger();
  const workflow = readWorkflowContext();
  const action = typeof workflow.payload.action === 'string' ? ` (${workflow.payload.action})` : '';
  const described = `${workflow.eventName}${action}`;
  const flows = routeEvent(workflow, { mode: inputs.mode }).filter(
    (flow) => flow !== 'argocd-diff' || inputs.argoCdDiffConfigured,
  );
  setOutputs({ flow: flows.length === 0 ? 'ignore' : flows.join(',') });
  if (flows.length === 0) return logger.info(`Nothing to do for ${described}.`);
  for (const flow of flows) setOutputs(DEFAULT_OUTPUTS[flow]);
  const prepared: { flow: Flow; run: PreparedFlow }[] = [];
  for (const flow of flows) prepared.push({ flow, run: await prepareFlow(flow, inputs) });
  await runFlows(prepared, { described, logger });
}
