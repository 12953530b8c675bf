import { ExternalError } from '../../core/errors/external-error.js';
import type { LabelPort } from '../../ports/label-port.js';
import type { Logger } from '../../ports/logger.js';

/** Options of labelling a PR that was just opened (or mending one). */
export interface LabelAndAssignOptions {
  labels: string[];
  assignee: string;
  logger: Logger;
  sleep: (ms: number) => Promise<void>;
  /** What the PR already carries (when known): kept, so that mending never removes a label or an assignee. */
  current?: { labels: readonly string[]; assignees: readonly string[] };
}

/**
 * Sets labels and the assignee of a PR in one call. GitHub rejects the whole update for logins that cannot
 * be assigned (bots, users without access; refusal `unassignable`): then the missing labels are added alone and
 * a warning is returned instead of failing the run. Right after a PR is created GitHub can answer 422 "Could not
 * resolve to an Issue" or 404 for a moment (refusals `issue-not-visible`, `not-found`); such calls are retried a
 * few times with a growing pause. Other refusals (a token that may not label: `forbidden`) are thrown.
 */
export async function labelAndAssign(
  github: LabelPort,
  number: number,
  options: LabelAndAssignOptions,
): Promise<string[]> {
  const { assignee, current } = options;
  const labels = union(current?.labels ?? [], options.labels);
  const missing = options.labels.filter((label) => !(current?.labels ?? []).includes(label));
  const wanted = assignee === '' ? [] : [assignee];
  const assignees = union(current?.assignees ?? [], wanted);
  try {
    const kept = await afterPrCreation(options, () =>
      github.setLabelsAndAssignees(number, { labels, assignees }),
    );
    if (wanted.length > 0 && !kept.includes(assignee)) return [unassignable(number, assignee)];
    return [];
  } catch (error) {
    if (wanted.length === 0 || !(error instanceof ExternalError) || error.refusal !== 'unassignable')
      throw error;
    if (missing.length > 0) await afterPrCreation(options, () => github.addLabels(number, missing));
    return [unassignable(number, assignee)];
  }
}

async function afterPrCreation<T>(options: LabelAndAssignOptions, call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= 4 || !notVisibleYet(error)) throw error;
      options.logger.info(`GitHub does not see the new PR yet; retrying in ${attempt}s`);
      await options.sleep(attempt * 1000);
    }
  }
}

/** GitHub's answers while a new PR is not yet visible to the issues API. */
function notVisibleYet(error: unknown): boolean {
  if (!(error instanceof ExternalError)) return false;
  return error.refusal === 'not-found' || error.refusal === 'issue-not-visible';
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function unassignable(number: number, login: string): string {
  return `#${number}: could not assign ${login} (bots and users without access cannot be assignees)`;
}
