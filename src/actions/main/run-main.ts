import * as core from '@actions/core';
import { stringInput } from '../../runtime/inputs.js';
import { readWorkflowContext } from '../../runtime/workflow-context.js';
import { runArgoCdDiff } from '../argocd-diff/run-argocd-diff.js';
import { runPrChecks } from '../pr-checks/run-pr-checks.js';
import { runPromote } from '../promote/run-promote.js';
import { runWebhookFanout } from '../webhook-fanout/run-webhook-fanout.js';
import { routeEvent, type Flow } from './route-event.js';

const FLOWS: Record<Flow, () => Promise<void>> = {
  promote: runPromote,
  'pr-checks': runPrChecks,
  'argocd-diff': runArgoCdDiff,
  'webhook-fanout': runWebhookFanout,
};

/**
 * The root action: one step handles every event the workflow subscribes to. Each flow of the event runs in
 * turn; one failing flow does not stop the next, and the step fails at the end naming every failure.
 */
export async function runMain(): Promise<void> {
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
    const lines = failures.map(
      ({ flow, error }) => `- ${flow}: ${error instanceof Error ? error.message : String(error)}`,
    );
    throw new Error(`${failures.length} flows failed:\n${lines.join('\n')}`);
  }
}

/** The Argo CD diff runs when there is an Argo CD to ask, or when it renders manifests itself. */
function argoCdDiffConfigured(): boolean {
  return stringInput('argocd-server') !== undefined || stringInput('diff-mode') === 'render';
}
