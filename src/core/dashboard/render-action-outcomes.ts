import { inertText } from '../comments/inert-text.js';
import { codeSpan } from '../comments/markdown-code.js';
import type { DashboardAction, DashboardActionOutcome } from './dashboard-action.js';

const ICONS: Record<DashboardActionOutcome['outcome'], string> = {
  done: '✅',
  unchanged: '➖',
  refused: '⛔',
  failed: '❌',
};

/** The action as one short phrase: `promote \`env/prod/app\``. */
export function describeDashboardAction(action: DashboardAction): string {
  return `${action.kind} ${codeSpan(action.kind === 'bundle' ? action.environment : action.folder)}`;
}

/**
 * The outcomes of the ticked boxes as a markdown list (the dashboard shows it above the matrix, the job summary
 * repeats it): one line per action with its icon, what it did and its PR.
 */
export function renderActionOutcomes(
  outcomes: readonly DashboardActionOutcome[],
  context: { actor: string },
): string {
  const lines = outcomes.map((outcome) => {
    const pull = outcome.pull === undefined ? '' : ` ([#${outcome.pull.number}](${outcome.pull.url}))`;
    // Handlers quote the holds file, GitHub's errors and folder names: shown as text, never as markdown.
    const message = inertText(outcome.message);
    return `- ${ICONS[outcome.outcome]} ${describeDashboardAction(outcome.action)}: ${message}${pull}`;
  });
  return [`**Last actions** (ticked by @${context.actor}):`, '', ...lines].join('\n');
}
