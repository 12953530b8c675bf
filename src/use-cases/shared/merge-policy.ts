import type { GitHubRefusal } from '../../core/errors/github-refusal.js';
import { chooseMergeMethod, type MergeMethodChoice } from '../../core/merge/choose-merge-method.js';
import type { IdentityPort } from '../../ports/identity-port.js';
import type { MergeMethod, MergePort } from '../../ports/merge-port.js';
import type { PullRequestPort } from '../../ports/pull-request-port.js';
import type { RepositoryPort, RepositorySettings } from '../../ports/repository-port.js';
import type { Logger } from '../../ports/logger.js';
import { mergeWithRetry } from './merge-with-retry.js';

export type { MergeMethodChoice };

/** One PR to merge under the policy. */
export interface MergeRequest {
  number: number;
  nodeId: string;
  /** The head SHA that was checked; the merge is refused if the head moved. */
  headSha: string;
  /** `direct` merges now; `native` enables GitHub's auto-merge so required checks and reviews still gate it. */
  mode: 'direct' | 'native';
  method: MergeMethodChoice;
  /**
   * The repository's merge settings when the run has them already (event payload, GraphQL read); when absent and
   * needed they are read once (`GET /repos`).
   */
  settings: RepositorySettings | undefined;
  commitTitle?: string;
}

/** The ports a merge goes through. */
export interface MergePolicyDeps {
  /** The token's login tells whether a merge whose answer was lost is this run's. */
  github: MergePort & PullRequestPort & RepositoryPort & IdentityPort;
  logger: Logger;
  sleep: (ms: number) => Promise<void>;
}

/** What the policy did. A PR left open carries the refusal and a sentence saying what to change. */
export type MergeDecision =
  | { result: 'merged'; method: MergeMethod; sha: string }
  | { result: 'auto-merge-enabled'; method: MergeMethod }
  | { result: 'left-open'; refusal: GitHubRefusal; reason: string };

/**
 * The one merge policy of promote, bump and argocd-diff's no-diff merge. It picks a method the repository
 * allows (`auto`), refuses a disallowed method or auto-merge up front when the settings are known, merges
 * directly when GitHub says there is nothing to wait for ("clean status"), and leaves the PR open with the
 * reason for everything GitHub refuses. Failures other than refusals throw.
 */
export async function applyMergePolicy(request: MergeRequest, deps: MergePolicyDeps): Promise<MergeDecision> {
  const settings = await settingsFor(request, deps);
  // An explicit method with unknown settings is GitHub's to refuse; `auto` always has settings here.
  const allowed = settings?.mergeMethods ?? (request.method === 'auto' ? [] : [request.method]);
  const chosen = chooseMergeMethod(request.method, allowed);
  if ('refused' in chosen) return leaveOpen(request, 'merge-method-not-allowed', chosen.refused, deps);
  const { method } = chosen;
  if (request.mode === 'native') {
    if (settings?.allowAutoMerge === false) return leaveOpen(request, 'auto-merge-not-allowed', '', deps);
    const enabled = await deps.github.enableAutoMerge(request.nodeId, method);
    if (enabled.enabled) {
      deps.logger.info(
        `#${request.number}: GitHub auto-merge enabled (${method}); it merges when checks pass`,
      );
      return { result: 'auto-merge-enabled', method };
    }
    if (enabled.refusal !== 'clean-status' && enabled.refusal !== 'protected-branch-rules-not-configured') {
      return leaveOpen(request, enabled.refusal, enabled.message, deps);
    }
    deps.logger.info(`#${request.number} has nothing to wait for (${enabled.refusal}): merging directly`);
  }
  const merged = await mergeWithRetry(deps.github, request.number, {
    sha: request.headSha,
    method,
    logger: deps.logger,
    sleep: deps.sleep,
    ...(request.commitTitle === undefined ? {} : { commitTitle: request.commitTitle }),
  });
  if (!merged.merged) return leaveOpen(request, merged.refusal, merged.message, deps);
  deps.logger.info(`#${request.number} merged (${method})`);
  return { result: 'merged', method, sha: merged.sha };
}

/** Settings are read only when `auto` must choose and the run has not read them yet. */
async function settingsFor(request: MergeRequest, deps: MergePolicyDeps) {
  if (request.settings !== undefined || request.method !== 'auto') return request.settings;
  return (await deps.github.getRepository()).settings;
}

function leaveOpen(
  request: MergeRequest,
  refusal: GitHubRefusal,
  message: string,
  deps: MergePolicyDeps,
): MergeDecision {
  const reason =
    refusal === 'merged-elsewhere'
      ? `#${request.number} was ${message}: nothing is left to do here.`
      : `#${request.number} left open: ${explainRefusal(refusal, message)}`;
  deps.logger.warning(reason);
  return { result: 'left-open', refusal, reason };
}

const SETTINGS = 'Settings → General → Pull Requests';

/** What GitHub refused, in words, with what to change. */
function explainRefusal(refusal: GitHubRefusal, message: string): string {
  const github = message === '' ? '' : ` (GitHub: "${message}")`;
  switch (refusal) {
    case 'merge-method-not-allowed':
      return message.startsWith('merge-method')
        ? message
        : `the merge method is not allowed on this repository${github}. Set the merge-method input to auto, or allow the method in ${SETTINGS}.`;
    case 'auto-merge-not-allowed':
      return `auto-merge is not allowed on this repository${github}. Turn on "Allow auto-merge" in ${SETTINGS}, or set auto-merge-mode: direct.`;
    case 'unstable-status':
      return `a status check failed, so GitHub will not merge it automatically${github}. Fix the check and merge it by hand.`;
    case 'review-required':
      return `branch protection requires an approving review${github}. Approve and merge it, or let a second identity approve it (autoApprovePromotionPrs with approver-token).`;
    case 'checks-required':
      return `required status checks have not passed yet${github}. Use auto-merge-mode: native so GitHub merges it when they pass.`;
    case 'head-modified':
      return `its head moved after it was checked${github}; the next run decides.`;
    case 'not-mergeable':
      return `GitHub says it cannot be merged (a conflict, or it was closed)${github}. Resolve it and merge it by hand.`;
    case 'base-modified':
      return `the base branch kept moving while merging${github}. Re-run the job or merge it by hand.`;
    case 'forbidden':
    case 'token-permission-missing':
      return `the token may not merge it${github}. Give the token contents: write and pull-requests: write.`;
    default:
      return `GitHub refused the merge${github}.`;
  }
}
