import type { LabelPort } from '../../ports/label-port.js';
import type { PullRequestInfo } from '../../ports/pull-request-port.js';
import { labelAndAssign, type LabelAndAssignOptions } from './label-and-assign.js';

/**
 * Makes an existing PR carry its labels and assignee again when an earlier run left it half-made (a label call
 * that failed past its retries, a PR adopted after a lost create answer). Works from the labels and assignees
 * already read with the PR: no call when nothing is missing. Adds, never removes: labels and assignees that
 * people added stay. Bots can never be assignees, so a bot author is not asked for again on every run.
 */
export async function mendLabelsAndAssignee(
  github: LabelPort,
  pr: PullRequestInfo,
  options: Omit<LabelAndAssignOptions, 'current'>,
): Promise<string[]> {
  const assignees = pr.assignees ?? [];
  const labelsMissing = options.labels.some((label) => !pr.labels.includes(label));
  const assignee = assignable(options.assignee) ? options.assignee : '';
  const assigneeMissing =
    assignee !== '' && !assignees.some((login) => login.toLowerCase() === assignee.toLowerCase());
  if (!labelsMissing && !assigneeMissing) return [];
  options.logger.info(
    `#${pr.number} lacks ${[labelsMissing ? 'labels' : '', assigneeMissing ? 'its assignee' : '']
      .filter((part) => part !== '')
      .join(' and ')}: mending`,
  );
  return labelAndAssign(github, pr.number, {
    ...options,
    assignee,
    current: { labels: pr.labels, assignees },
  });
}

function assignable(login: string): boolean {
  return login !== '' && !login.endsWith('[bot]');
}
