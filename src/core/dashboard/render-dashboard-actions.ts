import type { CommentSection } from '../comments/types.js';
import { dashboardActionKey } from './dashboard-action-key.js';
import type { Dashboard } from './dashboard-types.js';
import { listDashboardActions, type OfferedAction, type OfferedActions } from './list-dashboard-actions.js';

/** Checkboxes at most in the issue: beyond them an overflow line points to the CLI and workflow_dispatch. */
export const MAX_ACTION_BOXES = 200;

/** Checkboxes per section: a section is kept whole in one part, like the matrix's tables. */
export const ACTION_BOXES_PER_SECTION = 50;

const TITLES: Record<keyof OfferedActions, string> = {
  bundle: 'Promote everything pending into an environment',
  release: 'Release a hold',
  promote: 'Promote now',
  hold: 'Hold',
  rollback: 'Roll back',
};

// Bundles and releases first: few, and the ones a busy dashboard most needs; roll back (one per in-sync cell) last.
const ORDER: readonly (keyof OfferedActions)[] = ['bundle', 'release', 'promote', 'hold', 'rollback'];

/**
 * The "Actions" part of the dashboard issue: task-list checkboxes (GitHub renders them only in list items, not in
 * tables), each with its hidden key, grouped by kind, at most 200 in sections of 50; an overflow line says how
 * many were left out and where to act on them.
 */
export function renderDashboardActions(dashboard: Dashboard): CommentSection[] {
  const offered = listDashboardActions(dashboard);
  const sections: CommentSection[] = [];
  let budget = MAX_ACTION_BOXES;
  let left = 0;
  for (const kind of ORDER) {
    const all = offered[kind];
    const shown = all.slice(0, budget);
    left += all.length - shown.length;
    budget -= shown.length;
    for (let start = 0; start < shown.length; start += ACTION_BOXES_PER_SECTION) {
      const chunk = shown.slice(start, start + ACTION_BOXES_PER_SECTION);
      const range = shown.length > ACTION_BOXES_PER_SECTION ? ` (${start + 1}–${start + chunk.length})` : '';
      sections.push({
        title: `actions: ${kind}${range}`,
        full: renderBoxes(`${TITLES[kind]}${range}`, chunk),
      });
    }
  }
  const intro =
    '### Actions\n\nTick a box to act (writers only; the dashboard is then re-rendered with the outcome).';
  if (sections.length === 0) return [{ title: 'actions', full: `${intro}\n\n_Nothing to act on._` }];
  const first = sections[0]!;
  sections[0] = { ...first, full: `${intro}\n\n${first.full}` };
  if (left > 0) {
    const last = sections[sections.length - 1]!;
    sections[sections.length - 1] = {
      ...last,
      full:
        `${last.full}\n\n_${left} more action(s) not listed (the issue shows at most ${MAX_ACTION_BOXES} boxes): ` +
        'promote by hand with the promote workflow’s `workflow_dispatch` (`component`, `targets`), and see ' +
        'every cell with `telefonistka dashboard --repo .`._',
    };
  }
  return sections;
}

function renderBoxes(title: string, boxes: readonly OfferedAction[]): string {
  const lines = boxes.map((box) => `- [ ] ${dashboardActionKey(box.action)} ${box.label}`);
  return [`#### ${title}`, '', ...lines].join('\n');
}
