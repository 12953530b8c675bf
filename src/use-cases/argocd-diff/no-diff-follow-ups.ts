import { ExternalError } from '../../core/errors/external-error.js';
import { PROMOTION_LABEL } from '../../core/promotion/plan-promotions.js';
import type { RepositorySettings } from '../../ports/github-port.js';
import { applyMergePolicy } from '../shared/merge-policy.js';
import type { ArgoCdDiffDeps } from './argocd-diff-deps.js';
import type { PrComponents } from './list-pr-components.js';
import type { AutoMergeOutcome } from '../../core/argocd/argocd-diff-run.js';
import { errorMessage } from '../../core/errors/error-message.js';
import type { PullRequestRef } from '../../ports/pull-request-ref.js';

/** The Go bot's label for PRs that change nothing in the clusters. */
export const NOOP_LABEL = 'noop';

/** `noop` when nothing changes; taken off again when a later push brings a diff (or an error). */
export async function updateNoopLabel(
  pr: PullRequestRef,
  noop: boolean,
  deps: ArgoCdDiffDeps,
): Promise<{ added: string[]; removed: string[] }> {
  const labelled = pr.labels.includes(NOOP_LABEL);
  if (noop && !labelled) {
    await deps.github.addLabels(pr.number, [NOOP_LABEL]);
    deps.logger.info(`Added the ${NOOP_LABEL} label: no app changes.`);
    return { added: [NOOP_LABEL], removed: [] };
  }
  if (!noop && labelled) {
    try {
      await deps.github.removeLabel(pr.number, NOOP_LABEL);
    } catch (error) {
      // Someone removed it since the event was sent.
      if (!(error instanceof ExternalError && error.status === 404)) throw error;
    }
    deps.logger.info(`Removed the ${NOOP_LABEL} label: this PR changes apps now.`);
    return { added: [], removed: [NOOP_LABEL] };
  }
  return { added: [], removed: [] };
}

/**
 * Merges a no-diff promotion PR (`autoMergeNoDiffPRs`): only a promotion PR this action opened (trusted
 * metadata) whose diff covered every file it changes. The PR is read again first: the `promotion` label is
 * often added after the `opened` event was sent, and a PR whose head moved is left to the next run. The merge
 * is guarded by the diffed head SHA.
 */
export async function autoMerge(
  pr: PullRequestRef,
  listed: Pick<PrComponents, 'source' | 'uncoveredFiles'>,
  deps: ArgoCdDiffDeps,
  settings?: RepositorySettings,
): Promise<AutoMergeOutcome> {
  const skip = (reason: string): AutoMergeOutcome => {
    deps.logger.info(`Not merging #${pr.number}: ${reason}.`);
    return { merged: false, reason, failed: false };
  };
  if (listed.source !== 'metadata') return skip('it is not a promotion PR opened by this action');
  if (listed.uncoveredFiles.length > 0) return skip('it changes files outside its promoted paths');
  const current = await deps.github.getPullRequest(pr.number);
  if (!current.labels.includes(PROMOTION_LABEL)) return skip(`it has no ${PROMOTION_LABEL} label`);
  if (current.state !== 'open') return skip('it is not open');
  if (current.headSha !== pr.headSha) return skip('its head moved since this diff; the next run decides');
  try {
    const decision = await applyMergePolicy(
      {
        number: pr.number,
        nodeId: current.nodeId,
        headSha: pr.headSha,
        mode: 'direct',
        method: 'auto',
        settings,
      },
      deps,
    );
    // A refusal (review required, method not allowed…) leaves the PR open with the reason; it is no failure.
    if (decision.result === 'left-open') return { merged: false, reason: decision.reason, failed: false };
    deps.logger.info(`Merged #${pr.number}: a promotion PR without changes to any app.`);
    return { merged: true, reason: undefined, failed: false };
  } catch (error) {
    const reason = `could not merge #${pr.number}: ${errorMessage(error)}`;
    deps.logger.error(reason);
    return { merged: false, reason, failed: true };
  }
}
