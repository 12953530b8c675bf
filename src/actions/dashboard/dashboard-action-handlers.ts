import type { DashboardActionHandlers } from '../../core/dashboard/dashboard-action.js';
import { createPromoteActionHandler } from '../../use-cases/dashboard/create-promote-action-handler.js';
import type { PromoteDeps } from '../../use-cases/promote/promotion-context.js';
import type { PromoteOptions } from '../../use-cases/promote/promote-types.js';

/**
 * The handlers of the dashboard's checkboxes in this version: a kind missing here is answered "not available
 * in this version" on the dashboard, never dropped.
 */
export function dashboardActionHandlers(setup: {
  options: Omit<PromoteOptions, 'manual'>;
  deps: PromoteDeps;
}): DashboardActionHandlers {
  return { promote: createPromoteActionHandler(setup) };
}
