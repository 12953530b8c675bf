import * as core from '@actions/core';
import { stringInput } from '../../runtime/inputs.js';
import { readWorkflowContext } from '../../runtime/workflow-context.js';
import { routeEvent, type Flow } from './route-event.js';
import { errorMessage } from '../../core/errors/error-message.js';

// Each flow is loaded only when an event routes to it: the bundler splits them into chunks, so an event
// parses its own flow's code and not the other three (an ignored event parses none of them).
const FLOWS: Record<Flow, () => Promise<void>> = {
  promote: async () => (await import('../promote/run-promote.js')).runPromote(),
  'pr-checks': async () => (await import('../pr-checks/run-pr-checks.js')).runPrChecks(),
  'argocd-diff': async () => (await import('../argocd-diff/run-argocd-diff.js')).runArgoCdDiff(),
  'webhook-fanout': async () => (await import('../webhook-fanout/run-webhook-fanout.js')).runWebhookFanout(),
};

/**
 * The root action: one step handles every event the workflow subscribes to. Each flow of the event runs in
 * turn; one failing flow does not stop the next, and the step fails at the end naming every failure.
 */
export async function runMain(): Promise<void> {
  if (stringInput('mode') === 'doctor') {
    core.setOutput('flow', 'doctor');
    return (await import('./run-doctor.js')).runDoctor();
  }
  const workflow = readWorkflowContext();
  const described = `${workflow.eventName}${typeof workflow.payload.action === 'string' ? ` (${workflow.payload.action})` : ''}`;
  const flows = routeEvent(workflow).filter((flow) => flow !== 'argocd-diff' || argoCdDiffConfigured());
  core.setOutput('flow', flows.length === 0 ? 'ignore' : flows.join(','));
  if (flows.length === 0) {
    core.info(`Nothing to do for ${described}.`);
    return;
  }
  const failures: { flow: Flow; error: unknown }[] = [];
  for (const flow of flows) {
    core.info(`Event ${described}: running the ${flow} flow.`);
    try {
      await FLOWS[flow]();
    } catch (error) {
      failures.push({ flow, error });
    }
  }
  // One failure keeps its own error (a ConfigError is then annotated at its line); several are listed.
  if (failures.length === 1) throw failures[0]?.error;
  if (failures.length > 1) {
    const lines = failures.map(({ flow, error }) => `- ${flow}: ${errorMessage(error)}`);
    throw new Error(`${failures.length} flows failed:\n${lines.join('\n')}`);
  }
}

/** The Argo CD diff runs when there is an Argo CD to ask, or when it renders manifests itself. */
function argoCdDiffConfigured(): boolean {
  return stringInput('argocd-server') !== undefined || stringInput('diff-mode') === 'render';
}
