import type { GitHubPort } from '../../ports/git-hub-port.js';

/**
 * Sets labels and the assignee of a new PR in one call. GitHub silently drops, or rejects the whole update
 * for, logins that cannot be assigned (bots, users without access): then the labels are added alone and a
 * warning is returned instead of failing the run.
 */
export async function labelAndAssign(
  github: GitHubPort,
  number: number,
  options: { labels: string[]; assignee: string },
): Promise<string[]> {
  const { labels, assignee } = options;
  const assignees = assignee === '' ? [] : [assignee];
  try {
    const kept = await github.setLabelsAndAssignees(number, { labels, assignees });
    if (assignees.length > 0 && !kept.includes(assignee)) return [unassignable(number, assignee)];
    return [];
  } catch (error) {
    if (assignees.length === 0) throw error;
    await github.addLabels(number, labels);
    return [unassignable(number, assignee)];
  }
}

function unassignable(number: number, login: string): string {
  return `#${number}: could not assign ${login} (bots and users without access cannot be assignees)`;
}
