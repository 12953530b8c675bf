import type { DashboardActionHandler } from '../../core/dashboard/dashboard-action.js';
import type { HoldsDeps } from './holds-deps.js';
import { proposeHoldsChange } from './propose-holds-change.js';

/** The dashboard's `hold` checkbox: a PR adding the folder to `.telefonistka/holds.yaml`, merged when allowed. */
export function createHoldHandler(deps: HoldsDeps): DashboardActionHandler<'hold'> {
  return (action, context) => proposeHoldsChange(action, context, deps);
}
