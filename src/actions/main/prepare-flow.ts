import type { FlowPreparer, PreparedFlow } from './flows/prepared-flow.js';
import type { MainInputs } from './read-main-inputs.js';
import type { Flow } from './route-event.js';

export type { PreparedFlow } from './flows/prepared-flow.js';

// Each flow is loaded only when an event routes to it, by one dynamic import of a module holding its reader and
// runner: the bundler makes each flow one chunk (and shares what flows have in common), so an event parses its
// own flow's code and an ignored event parses none. One import per flow, not one per reader and runner: two
// split points per flow made the bundler copy their common modules into both chunks.
const LOADERS: Record<Flow, () => Promise<FlowPreparer>> = {
  promote: async () => (await import('./flows/promote-flow.js')).preparePromoteFlow,
  dashboard: async () => (await import('./flows/dashboard-flow.js')).prepareDashboardFlow,
  'pr-checks': async () => (await import('./flows/pr-checks-flow.js')).preparePrChecksFlow,
  'argocd-diff': async () => (await import('./flows/argocd-diff-flow.js')).prepareArgoCdDiffFlow,
  sweep: async () => (await import('./flows/sweep-flow.js')).prepareSweepFlow,
  'webhook-fanout': async () => (await import('./flows/webhook-fanout-flow.js')).prepareWebhookFanoutFlow,
};

/** Loads a flow and reads its inputs; an invalid input fails here, before any flow of the event has run. */
export async function prepareFlow(flow: Flow, main: MainInputs): Promise<PreparedFlow> {
  const prepare = await LOADERS[flow]();
  return prepare(main);
}
