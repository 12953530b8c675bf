import { readDashboardInputs } from '../../dashboard/read-dashboard-inputs.js';
import { runDashboard } from '../../dashboard/run-dashboard.js';
import { runDashboardEdit } from '../../dashboard/run-dashboard-edit.js';
import { readPromoteInputs } from '../../promote/read-promote-inputs.js';
import { readWorkflowContext } from '../../../runtime/workflow-context.js';
import type { FlowPreparer } from './prepared-flow.js';

/**
 * The dashboard flow: its reader and runner in one chunk, loaded only for an event that routes to it. An edit of
 * the dashboard issue acts on its checkboxes (promote now needs promote's inputs); any other event updates it.
 */
export const prepareDashboardFlow: FlowPreparer = () => {
  if (['issues', 'issue_comment'].includes(readWorkflowContext().eventName)) {
    const inputs = readPromoteInputs();
    return () => runDashboardEdit(inputs);
  }
  const inputs = readDashboardInputs();
  return () => runDashboard(inputs);
};
