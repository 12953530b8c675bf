import * as core from '@actions/core';
import { readWorkflowContext } from '../../runtime/workflow-context.js';
import { runPrChecks } from '../pr-checks/run-pr-checks.js';
import { runPromote } from '../promote/run-promote.js';
import { runWebhookFanout } from '../webhook-fanout/run-webhook-fanout.js';
import { routeEvent, type Flow } from './route-event.js';

/** Flows this build of the root action runs; the others are named in the log and skipped. */
const FLOWS: Partial<Record<Flow, () => Promise<void>>> = {
  promote: runPromote,
  'pr-checks': runPrChecks,
  'webhook-fanout': runWebhookFanout,
};

/** The root action: one step handles every event the workflow subscribes to. */
export async function runMain(): Promise<void> {
  const workflow = readWorkflowContext();
  const flow = routeEvent(workflow);
  core.setOutput('flow', flow);
  const run = FLOWS[flow];
  if (flow === 'ignore') {
    core.info(`Nothing to do for ${workflow.eventName}${actionOf(workflow.payload)}.`);
    return;
  }
  if (run === undefined) {
    core.warning(
      `The ${flow} flow is not available in this version of the root action; use actions/${flow} directly.`,
    );
    return;
  }
  core.info(`Event ${workflow.eventName}${actionOf(workflow.payload)}: running the ${flow} flow.`);
  await run();
}

function actionOf(payload: Record<string, unknown>): string {
  return typeof payload.action === 'string' ? ` (${payload.action})` : '';
}
