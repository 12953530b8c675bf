import { ExternalError } from '../../core/errors/external-error.js';
import type { GitHubPort, MergeMethod } from '../../ports/git-hub-port.js';
import type { Logger } from '../../ports/logger.js';

/** Options of a guarded merge. */
export interface MergeWithRetryOptions {
  /** The head SHA that was checked; GitHub refuses the merge (409) if the PR head moved. */
  sha: string;
  method?: MergeMethod;
  commitTitle?: string;
  logger: Logger;
  sleep: (ms: number) => Promise<void>;
  /** Attempts in all (default 6: about 0.5 + 0.75 + 1.1 + 1.7 + 2.5 s of waiting). */
  attempts?: number;
  initialDelayMs?: number;
}

/**
 * Merges a PR with the head-SHA guard, retrying with exponential backoff only on GitHub's transient
 * 405 "Base branch was modified. Review and try the merge again." (as the Go bot does); anything else is final.
 */
export async function mergeWithRetry(github: GitHubPort, number: number, options: MergeWithRetryOptions) {
  const attempts = options.attempts ?? 6;
  let delay = options.initialDelayMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    try {
      return await github.mergePullRequest(number, {
        sha: options.sha,
        ...(options.method === undefined ? {} : { method: options.method }),
        ...(options.commitTitle === undefined ? {} : { commitTitle: options.commitTitle }),
      });
    } catch (error) {
      if (attempt >= attempts || !isTryAgain(error)) throw error;
      options.logger.info(`#${number}: GitHub asked to try the merge again; retrying in ${delay} ms`);
      await options.sleep(delay);
      delay = Math.round(delay * 1.5);
    }
  }
}

function isTryAgain(error: unknown): boolean {
  return error instanceof ExternalError && error.status === 405 && /try the merge again/i.test(error.message);
}
