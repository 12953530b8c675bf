import { readWorkflowContext } from '../../runtime/workflow-context.js';
import type { MainInputs } from './read-main-inputs.js';
import type { Flow } from './route-event.js';

/** A flow whose inputs are read and validated, ready to run. */
export type PreparedFlow = () => Promise<void>;

// Each flow is loaded only when an event routes to it: the bundler splits them into chunks, so an event
// parses its own flow's code (reader and runner) and not the other three (an ignored event parses none).
const LOADERS: Record<Flow, (main: MainInputs) => Promise<PreparedFlow>> = {
  promote: async (main) => {
    const [{ readPromoteInputs }, { runPromote }] = await Promise.all([
      import('../promote/read-promote-inputs.js'),
      import('../promote/run-promote.js'),
    ]);
    const inputs = readPromoteInputs();
    return () => runPromote(inputs, { argoCdConfigured: main.argoCdServer });
  },
  dashboard: async () => {
    // An edit of the dashboard issue acts on its checkboxes (promote needs promote's inputs); else update it.
    if (['issues', 'issue_comment'].includes(readWorkflowContext().eventName)) {
      const [{ readPromoteInputs }, { runDashboardEdit }] = await Promise.all([
        import('../promote/read-promote-inputs.js'),
        import('../dashboard/run-dashboard-edit.js'),
      ]);
      const inputs = readPromoteInputs();
      return () => runDashboardEdit(inputs);
    }
    const [{ readDashboardInputs }, { runDashboard }] = await Promise.all([
      import('../dashboard/read-dashboard-inputs.js'),
      import('../dashboard/run-dashboard.js'),
    ]);
    const inputs = readDashboardInputs();
    return () => runDashboard(inputs);
  },
  'pr-checks': async () => {
    const [{ readPrChecksInputs }, { runPrChecks }] = await Promise.all([
      import('../pr-checks/read-pr-checks-inputs.js'),
      import('../pr-checks/run-pr-checks.js'),
    ]);
    const inputs = readPrChecksInputs();
    return () => runPrChecks(inputs);
  },
  'argocd-diff': async () => {
    const [{ readArgoCdDiffInputs }, { runArgoCdDiff }] = await Promise.all([
      import('../argocd-diff/read-argocd-diff-inputs.js'),
      import('../argocd-diff/run-argocd-diff.js'),
    ]);
    const inputs = readArgoCdDiffInputs();
    return () => runArgoCdDiff(inputs);
  },
  sweep: async () => {
    const [{ readSweepInputs }, { runSweep }] = await Promise.all([
      import('../sweep/read-sweep-inputs.js'),
      import('../sweep/run-sweep.js'),
    ]);
    const inputs = readSweepInputs();
    return () => runSweep(inputs);
  },
  'webhook-fanout': async () => {
    const [{ readWebhookFanoutInputs }, { runWebhookFanout }] = await Promise.all([
      import('../webhook-fanout/read-webhook-fanout-inputs.js'),
      import('../webhook-fanout/run-webhook-fanout.js'),
    ]);
    const inputs = readWebhookFanoutInputs();
    return () => runWebhookFanout(inputs);
  },
};

/** Loads a flow and reads its inputs; an invalid input fails here, before any flow of the event has run. */
export function prepareFlow(flow: Flow, main: MainInputs): Promise<PreparedFlow> {
  return LOADERS[flow](main);
}
