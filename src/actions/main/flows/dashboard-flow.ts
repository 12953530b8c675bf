import { readDashboardInputs } from '../../dashboard/read-dashboard-inputs.js';
import { runDashboard } from '../../dashboard/run-dashboard.js';
import type { FlowPreparer } from './prepared-flow.js';

/** The dashboard flow: its reader and runner in one chunk, loaded only for an event that routes to it. */
export const prepareDashboardFlow: FlowPreparer = () => {
  const inputs = readDashboardInputs();
  return () => runDashboard(inputs);
};
