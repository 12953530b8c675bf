import type { CommitStatusPort } from '../../ports/commit-status-port.js';
import type { Logger } from '../../ports/logger.js';
import { errorMessage } from '../../core/errors/error-message.js';

/** The Go bot's commit status context; branch protection rules may require it. */
export const COMMIT_STATUS_CONTEXT = 'telefonistka';

/** GitHub refuses status descriptions longer than 140 characters. */
const MAX_DESCRIPTION = 140;

/** Where the status is set and what it says. */
export interface CommitStatusOptions<T> {
  sha: string;
  /** Link of the status (the workflow run), or undefined for none. */
  targetUrl: string | undefined;
  pending: string;
  /** The success description from the result. */
  describe: (result: T) => string;
  logger: Logger;
}

/**
 * Runs `work` between a `pending` status and its outcome on the PR head: `success` with a description of
 * the result, or `error` with the failure's message. The status never stays pending: the outcome is set
 * in a `finally`, and the original failure is rethrown after it.
 */
export async function withCommitStatus<T>(
  github: CommitStatusPort,
  options: CommitStatusOptions<T>,
  work: () => Promise<T>,
): Promise<T> {
  const set = (state: 'pending' | 'success' | 'error', description: string) =>
    github.createCommitStatus(options.sha, {
      state,
      context: COMMIT_STATUS_CONTEXT,
      description: shorten(description),
      ...(options.targetUrl === undefined ? {} : { targetUrl: options.targetUrl }),
    });
  await set('pending', options.pending);
  let done = false;
  let failure: unknown = new Error('the check stopped unexpectedly');
  try {
    const result = await work();
    await set('success', options.describe(result));
    done = true;
    return result;
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    if (!done) {
      await set('error', errorMessage(failure)).catch((statusError: unknown) =>
        options.logger.error(`could not set the error status: ${String(statusError)}`),
      );
    }
  }
}

/** One line, at most 140 characters. */
export function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= MAX_DESCRIPTION) return line;
  return `${line.slice(0, MAX_DESCRIPTION - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}
