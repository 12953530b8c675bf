import type { DashboardActionHandler } from '../../core/dashboard/dashboard-action.js';
import type { HoldsDeps } from './holds-deps.js';
import { proposeHoldsChange } from './propose-holds-change.js';

/** The dashboard's `release` checkbox: a PR removing the folder from `.telefonistka/holds.yaml`, merged when allowed. */
export function createReleaseHandler(deps: HoldsDeps): DashboardActionHandler<'release'> {
  return (action, context) => proposeHoldsChange(action, context, deps);
}
