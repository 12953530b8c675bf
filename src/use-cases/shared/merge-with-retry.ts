import { ExternalError } from '../../core/errors/external-error.js';
import type { IdentityPort } from '../../ports/identity-port.js';
import type { MergeCallOutcome, MergeMethod, MergePort } from '../../ports/merge-port.js';
import type { PullRequestInfo, PullRequestPort } from '../../ports/pull-request-port.js';
import type { Logger } from '../../ports/logger.js';
import { isOwnLogin } from './is-own-login.js';

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

/** The ports a guarded merge reads and writes through (the token's login tells whose a lost merge was). */
export type MergeWithRetryGitHub = MergePort & PullRequestPort & IdentityPort;

/**
 * Merges a PR with the head-SHA guard, retrying with exponential backoff on GitHub's transient "Base branch was
 * modified" refusal (as the Go bot does) and on a call that got no answer while the PR stayed unmerged.
 *
 * Whose merge it was: a merge GitHub answered is ours; a refusal is never ours — when the PR then reads as merged,
 * another run or a person merged it (`merged-elsewhere`: this run records and chains nothing). Only a call that got
 * no answer (network, timeout, 5xx) may have merged it for us; then the PR decides: merged at the SHA we checked
 * and by this token's identity (`merged_by`) is ours. Two runs of one identity can both claim such a merge;
 * deployment recording converges on one record (recordDeployments). A failure that left the PR unmerged is thrown.
 */
export async function mergeWithRetry(
  github: MergeWithRetryGitHub,
  number: number,
  options: MergeWithRetryOptions,
): Promise<MergeCallOutcome> {
  const attempts = options.attempts ?? 6;
  let delay = options.initialDelayMs ?? 500;
  let unanswered = false;
  for (let attempt = 1; ; attempt++) {
    const outcome = await mergeOnce(github, number, options);
    if ('merged' in outcome && outcome.merged) return outcome;
    if ('lost' in outcome) {
      unanswered = true;
      const after = await readAfterLostAnswer(github, number, options);
      if (after !== 'unmerged') return after ?? rethrow(outcome.lost);
      if (attempt >= attempts) throw outcome.lost;
      options.logger.info(`#${number}: the merge call got no answer and the PR is unmerged; retrying`);
    } else if (outcome.refusal === 'base-modified' && attempt < attempts) {
      options.logger.info(`#${number}: GitHub asked to try the merge again; retrying in ${delay} ms`);
    } else {
      if (!unanswered) return (await mergedElsewhere(github, number, options.logger)) ?? outcome;
      // A refusal after an unanswered attempt may be GitHub refusing our own, already done, merge.
      const after = await readAfterLostAnswer(github, number, options);
      return after === undefined || after === 'unmerged' ? outcome : after;
    }
    await options.sleep(delay);
    delay = Math.round(delay * 1.5);
  }
}

type MergeAttempt = MergeCallOutcome | { lost: unknown };

/** One merge call: GitHub's answer (merged or a refusal), or the failure of a call that got no answer. */
async function mergeOnce(
  github: MergePort,
  number: number,
  options: MergeWithRetryOptions,
): Promise<MergeAttempt> {
  try {
    return await github.mergePullRequest(number, {
      sha: options.sha,
      ...(options.method === undefined ? {} : { method: options.method }),
      ...(options.commitTitle === undefined ? {} : { commitTitle: options.commitTitle }),
    });
  } catch (error) {
    if (answered(error)) throw error;
    return { lost: error };
  }
}

/** GitHub answered (a 4xx the adapter could not classify): the merge did not happen, whatever the PR says. */
function answered(error: unknown): boolean {
  return error instanceof ExternalError && error.status !== undefined && error.status < 500;
}

function rethrow(error: unknown): never {
  throw error;
}

/**
 * After a merge call without an answer: ours when the PR is merged at the checked SHA by this token's identity (or
 * by an identity GitHub did not name); `merged-elsewhere` when merged otherwise; `unmerged` when it is still open;
 * undefined when the PR cannot be read (the call's own failure is the one to report).
 */
async function readAfterLostAnswer(
  github: PullRequestPort & IdentityPort,
  number: number,
  options: MergeWithRetryOptions,
): Promise<MergeCallOutcome | 'unmerged' | undefined> {
  const pr = await readPullRequest(github, number);
  if (pr === undefined) return undefined;
  if (!pr.merged) return pr.state === 'open' ? 'unmerged' : undefined;
  const byUs = pr.mergedBy === undefined ? true : await isOwnLogin(github, pr.mergedBy);
  if (pr.headSha === options.sha && byUs !== false) {
    options.logger.info(
      `#${number} is merged (${pr.mergeCommitSha ?? 'unknown SHA'}): the merge answer was lost`,
    );
    return { merged: true, sha: pr.mergeCommitSha ?? '' };
  }
  return elsewhere(pr, options.logger);
}

/** After a refusal: the PR merged by someone else, or undefined when it is not merged (the refusal stands). */
async function mergedElsewhere(
  github: PullRequestPort,
  number: number,
  logger: Logger,
): Promise<MergeCallOutcome | undefined> {
  const pr = await readPullRequest(github, number);
  return pr?.merged === true ? elsewhere(pr, logger) : undefined;
}

function elsewhere(pr: PullRequestInfo, logger: Logger): MergeCallOutcome {
  const by = pr.mergedBy === undefined ? 'someone else' : `@${pr.mergedBy}`;
  const message = `merged by ${by} as ${(pr.mergeCommitSha ?? 'an unknown commit').slice(0, 12)}, not by this run`;
  logger.info(`#${pr.number} was ${message}`);
  return { merged: false, refusal: 'merged-elsewhere', message };
}

async function readPullRequest(
  github: PullRequestPort,
  number: number,
): Promise<PullRequestInfo | undefined> {
  try {
    return await github.getPullRequest(number);
  } catch {
    return undefined;
  }
}
