import type { CommentLimits } from '../comments/types.js';
import { splitComment } from '../comments/split-comment.js';
import type { Dashboard } from './dashboard-types.js';
import { dashboardDocument, type DashboardDocumentOptions } from './dashboard-document.js';

/** Parts at most: 2,000 components x 10 environments need about a dozen. */
const DASHBOARD_MAX_PARTS = 40;

/**
 * The dashboard issue's parts, each within GitHub's body limit and each starting with the hidden markers
 * (`<!-- telefonistka:dashboard -->`, part n): part 1 is the issue body, later parts are its comments.
 */
export function renderDashboardParts(
  dashboard: Dashboard,
  options: DashboardDocumentOptions & { limits?: Partial<CommentLimits> } = {},
): string[] {
  return splitComment(dashboardDocument(dashboard, options), {
    maxParts: DASHBOARD_MAX_PARTS,
    ...options.limits,
  });
}
