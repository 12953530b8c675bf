import type { MergeCallOutcome, MergeMethod, MergePort } from '../../ports/merge-port.js';
import type { PullRequestPort } from '../../ports/pull-request-port.js';
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
 * "Base branch was modified" refusal (as the Go bot does). After any failed merge call the PR is read again:
 * a merge whose answer was lost (the client saw a 502, the retry "not mergeable") is a merge, so the chain
 * goes on. A refusal is returned; a failure that left the PR unmerged is thrown.
 */
export async function mergeWithRetry(
  github: MergePort & PullRequestPort,
  number: number,
  options: MergeWithRetryOptions,
): Promise<MergeCallOutcome> {
  const attempts = options.attempts ?? 6;
  let delay = options.initialDelayMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    let outcome: MergeCallOutcome;
    try {
      outcome = await github.mergePullRequest(number, {
        sha: options.sha,
        ...(options.method === undefined ? {} : { method: options.method }),
        ...(options.commitTitle === undefined ? {} : { commitTitle: options.commitTitle }),
      });
    } catch (error) {
      const merged = await mergedAfterAll(github, number, options.logger);
      if (merged !== undefined) return merged;
      throw error;
    }
    if (outcome.merged) return outcome;
    if (outcome.refusal === 'base-modified' && attempt < attempts) {
      options.logger.info(`#${number}: GitHub asked to try the merge again; retrying in ${delay} ms`);
      await options.sleep(delay);
      delay = Math.round(delay * 1.5);
      continue;
    }
    return (await mergedAfterAll(github, number, options.logger)) ?? outcome;
  }
}

/** Reads the PR after a failed merge call: the merge may have happened with its answer lost. */
async function mergedAfterAll(
  github: PullRequestPort,
  number: number,
  logger: Logger,
): Promise<MergeCallOutcome | undefined> {
  let pr;
  try {
    pr = await github.getPullRequest(number);
  } catch {
    return undefined; // the merge call's own failure is the one to report
  }
  if (!pr.merged) return undefined;
  logger.info(`#${number} is merged (${pr.mergeCommitSha ?? 'unknown SHA'}): the merge answer was lost`);
  return { merged: true, sha: pr.mergeCommitSha ?? '' };
}
