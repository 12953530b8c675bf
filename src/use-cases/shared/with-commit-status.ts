import { errorMessage } from '../../core/errors/error-message.js';
import { shortenStatusDescription } from '../../core/pr-checks/shorten-status-description.js';
import type { CommitState, CommitStatusPort } from '../../ports/commit-status-port.js';
import type { Logger } from '../../ports/logger.js';
import { inPhase } from './in-phase.js';

/** Where a flow's commit status is set, what it says meanwhile and how the result is described. */
export interface CommitStatusOptions<T> {
  /** The flow setting it (`pr-checks`, `argocd-diff`): a status that cannot be written names it and the phase. */
  flow: string;
  /** The PR head the status is set on. */
  sha: string;
  /** `telefonistka` (pr-checks), `telefonistka/argocd-diff`, `telefonistka/rendered-diff`. */
  context: string;
  /** Link of the status (the workflow run), or undefined for none. */
  targetUrl: string | undefined;
  /** Description of the pending status. */
  pending: string;
  /** The final state and description from the result: success, or error when some items failed. */
  outcome: (result: T) => { state: CommitState; description: string };
  /** False when the flow's `commit-status` input is off: the work runs, no status is written. */
  enabled: boolean;
  logger: Logger;
}

/**
 * Runs `work` between a `pending` status and its outcome on the PR head; descriptions are one line of at most
 * 140 characters; a status GitHub refuses fails the run naming the phase (`pr-checks: writing the telefonistka
 * status on …: …`). The status never stays pending: when the work (or describing its result, or setting the
 * final status) fails, the status becomes `error` with the failure's message, and the original failure is
 * rethrown; a status that cannot be set then is only logged.
 */
export async function withCommitStatus<T>(
  github: CommitStatusPort,
  options: CommitStatusOptions<T>,
  work: () => Promise<T>,
): Promise<T> {
  if (!options.enabled) return work();
  const phase = {
    flow: options.flow,
    phase: `writing the ${options.context} status on ${options.sha.slice(0, 12)}`,
  };
  const set = (state: CommitState, description: string) =>
    inPhase(phase, () =>
      github.createCommitStatus(options.sha, {
        state,
        context: options.context,
        description: shortenStatusDescription(description),
        ...(options.targetUrl === undefined ? {} : { targetUrl: options.targetUrl }),
      }),
    );
  await set('pending', options.pending);
  try {
    const result = await work();
    const outcome = options.outcome(result);
    await set(outcome.state, outcome.description);
    return result;
  } catch (error) {
    await set('error', errorMessage(error)).catch((statusError: unknown) =>
      options.logger.error(`could not set the error status: ${errorMessage(statusError)}`),
    );
    throw error;
  }
}
