import { ExternalError } from '../../core/errors/external-error.js';
import type { GitHubPort } from '../../ports/git-hub-port.js';
import type { Logger } from '../../ports/logger.js';

/** Options of labelling a PR that was just opened. */
export interface LabelAndAssignOptions {
  labels: string[];
  assignee: string;
  logger: Logger;
  sleep: (ms: number) => Promise<void>;
}

/**
 * Sets labels and the assignee of a new PR in one call. GitHub rejects the whole update for logins that
 * cannot be assigned (bots, users without access): then the labels are added alone and a warning is returned
 * instead of failing the run. Right after a PR is created GitHub can answer 422 "Could not resolve to an
 * Issue" for a moment (eventual consistency); such calls are retried a few times with a growing pause.
 */
export async function labelAndAssign(
  github: GitHubPort,
  number: number,
  options: LabelAndAssignOptions,
): Promise<string[]> {
  const { labels, assignee } = options;
  const assignees = assignee === '' ? [] : [assignee];
  try {
    const kept = await afterPrCreation(options, () =>
      github.setLabelsAndAssignees(number, { labels, assignees }),
    );
    if (assignees.length > 0 && !kept.includes(assignee)) return [unassignable(number, assignee)];
    return [];
  } catch (error) {
    if (assignees.length === 0 || !/assignees/.test(messageOf(error))) throw error;
    await afterPrCreation(options, () => github.addLabels(number, labels));
    return [unassignable(number, assignee)];
  }
}

async function afterPrCreation<T>(options: LabelAndAssignOptions, call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const transient =
        error instanceof ExternalError && error.status === 422 && /resolve|not_found/i.test(error.message);
      if (attempt >= 4 || !transient) throw error;
      options.logger.info(`GitHub does not see the new PR yet; retrying in ${attempt}s`);
      await options.sleep(attempt * 1000);
    }
  }
}

function unassignable(number: number, login: string): string {
  return `#${number}: could not assign ${login} (bots and users without access cannot be assignees)`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
