import type { Dashboard } from './dashboard-types.js';
import { dashboardDocument, type DashboardDocumentOptions } from './dashboard-document.js';

/** The whole dashboard as one markdown text (the CLI's `--format markdown`; never split). */
export function renderDashboardMarkdown(
  dashboard: Dashboard,
  options: DashboardDocumentOptions = {},
): string {
  const doc = dashboardDocument(dashboard, options);
  return `${[doc.header, ...doc.sections.map((section) => section.full)].join('\n\n')}\n`;
}
