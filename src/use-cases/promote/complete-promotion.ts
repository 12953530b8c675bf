import { isGatedPromotion } from '../../core/gates/is-gated-promotion.js';
import { GATES_CONTEXT } from '../../core/gates/gates-context.js';
import type { RepoConfig } from '../../core/config/types.js';
import { ExternalError } from '../../core/errors/external-error.js';
import { PhaseError } from '../../core/errors/phase-error.js';
import { inPhase } from '../shared/in-phase.js';
import { renderAutoMergeComment } from '../../core/promotion/render-auto-merge-comment.js';
import type { Promotion } from '../../core/promotion/types.js';
import { BOT_COMMENT_TAG } from '../shared/bot-comment-tag.js';
import { actionsPrPermissionFix } from '../shared/actions-pr-permission-fix.js';
import { tokenPermissionFix } from '../shared/token-permission-fix.js';
import type { GitHubRefusal } from '../../core/errors/github-refusal.js';
import { applyMergePolicy } from '../shared/merge-policy.js';
import type { PromotionContext } from './promotion-context.js';
import type { PromoteOptions } from './promote-types.js';
import { writeNewestPromotion } from './write-newest-promotion.js';
import { HalfMadePromotionError } from './half-made-promotion-error.js';
import type { PromotionResult } from '../../core/promotion/promote-result.js';
import { errorMessage } from '../../core/errors/error-message.js';
import type { MergedPullRequest } from '../../ports/pull-request-ref.js';

export interface PromoteOneInput {
  pr: MergedPullRequest;
  config: RepoConfig;
  options: PromoteOptions;
  context: PromotionContext;
  warnings: string[];
}

/** Writes one planned promotion PR, then supersedes, approves and auto-merges it; failures become a result. */
export async function completePromotion(
  promotion: Promotion,
  input: PromoteOneInput,
): Promise<PromotionResult> {
  const { context } = input;
  const base: PromotionResult = {
    key: promotion.key,
    branch: promotion.branch,
    targets: promotion.syncPaths.map((s) => s.target),
    action: 'failed',
    superseded: [],
  };
  const phase = (what: string) => ({ flow: 'promote', phase: what });
  const targets = describeTargets(base.targets);
  // The PR this run wrote, once known: a refusal after it was opened must keep it (see refusedPullRequest).
  let written: { number: number } | undefined;
  try {
    const newest = await inPhase(phase(`writing the promotion PR for ${targets}`), () =>
      writeNewestPromotion(promotion, input.config.supersede, context),
    );
    const write = newest.written;
    if (write === undefined) return { ...base, action: 'superseded', supersededBy: newest.supersededBy };
    for (const warning of write.warnings) context.logger.warning(warning);
    input.warnings.push(...write.warnings);
    const pr = write.pullRequest;
    written = pr;
    const result: PromotionResult = { ...base, action: write.action, supersededBy: newest.supersededBy };
    if (pr === undefined || write.headSha === undefined) return result;
    result.number = pr.number;
    result.url = pr.url;
    if (write.action === 'up-to-date') return result;
    result.superseded = newest.superseded;
    if (write.action === 'opened') result.opened = true;
    const headSha = write.headSha;
    if (write.action === 'opened')
      await inPhase(phase(`approving #${pr.number}`), () => approve(pr.number, input));
    if (isGatedPromotion(input.config, promotion.targetPaths)) {
      await inPhase(phase(`holding #${pr.number} for its gates`), () =>
        holdForGates(pr.number, headSha, input),
      );
      result.gated = true;
    } else if (promotion.autoMerge) {
      await inPhase(phase(`merging #${pr.number}`), () => autoMerge(pr, headSha, result, input));
    }
    context.logger.info(`${result.action}: #${pr.number} ${pr.url}`);
    return result;
  } catch (error) {
    const { cause, pullRequest } = failureOf(error);
    if (cause instanceof ExternalError && isTokenRefusal(cause.refusal)) {
      const open = pullRequest ?? written;
      return refusedPullRequest(promotion, base, {
        context,
        refusal: cause.refusal,
        message: cause.message,
        open,
      });
    }
    const message = errorMessage(error);
    context.logger.error(`${promotion.branch}: ${message}`);
    return { ...base, error: message };
  }
}

/** The error under the phase, and the PR a half-made write left open (the writer knows it; no look-up). */
function failureOf(error: unknown): { cause: unknown; pullRequest: { number: number } | undefined } {
  const inner = error instanceof PhaseError ? error.cause : error;
  return inner instanceof HalfMadePromotionError
    ? { cause: inner.cause, pullRequest: inner.pullRequest }
    : { cause: inner, pullRequest: undefined };
}

/** The first target folder, and how many more: a phase names them without a line per cluster. */
function describeTargets(targets: readonly string[]): string {
  const [first] = targets;
  if (first === undefined) return 'no target';
  return targets.length === 1 ? first : `${first} and ${targets.length - 1} more`;
}

/** Refusals of the token itself: no promotion of this run can be written. */
type TokenRefusal = 'actions-cannot-create-pr' | 'token-permission-missing';

function isTokenRefusal(refusal: GitHubRefusal | undefined): refusal is TokenRefusal {
  return refusal === 'actions-cannot-create-pr' || refusal === 'token-permission-missing';
}

// What the promote flow needs of a job token (labels, assignees and comments go through the Issues API).
const PROMOTE_PERMISSIONS = ['contents: write', 'pull-requests: write', 'issues: write'];

/**
 * GitHub refused to write the promotion: the workflow token may not create PRs, or the token lacks a permission
 * (403 "Resource not accessible by integration"). A branch this run pushed for it is deleted again, so the
 * repository is left as it was, and the run stops before any other write.
 */
async function refusedPullRequest(
  promotion: Promotion,
  base: PromotionResult,
  refused: {
    context: PromoteOneInput['context'];
    refusal: TokenRefusal;
    message: string;
    /** The PR this run opened or updated before the refusal, when it got that far. */
    open: { number: number } | undefined;
  },
): Promise<PromotionResult> {
  const { context, refusal } = refused;
  const repository = `${context.github.owner}/${context.github.repo}`;
  const fix =
    refusal === 'actions-cannot-create-pr'
      ? actionsPrPermissionFix(repository)
      : tokenPermissionFix({ repository, message: refused.message, permissions: PROMOTE_PERMISSIONS });
  // Refused after its PR was opened (labels, assignee, approval), or with a PR open from an earlier run: deleting
  // the branch would close the PR; keep it for the next run to complete, as any half-made PR.
  const open = refused.open ?? context.openPromotionPrs.find((pr) => pr.headRef === promotion.branch);
  if (open !== undefined) {
    const message = `${fix} #${open.number} is open; the next run completes it.`;
    context.logger.error(message);
    return { ...base, error: message, refusal };
  }
  const deleted = await deleteIfPushed(promotion.branch, context);
  const message = `${fix} Nothing was written${deleted ? ` (branch ${promotion.branch} was deleted again)` : ''}.`;
  context.logger.error(message);
  return { ...base, error: message, refusal };
}

/** Deletes the branch this run pushed before GitHub refused its PR; false when it never got that far. */
async function deleteIfPushed(branch: string, context: PromoteOneInput['context']): Promise<boolean> {
  try {
    await context.github.deleteBranch(branch);
    return true;
  } catch (error) {
    if (!(error instanceof ExternalError)) throw error;
    // 422 "Reference does not exist", or a token that could not write the branch in the first place.
    if (error.status === 404 || error.status === 422 || isTokenRefusal(error.refusal)) return false;
    throw error;
  }
}

async function approve(number: number, input: PromoteOneInput): Promise<void> {
  if (!input.config.autoApprovePromotionPrs) return;
  const { approver, logger } = input.context;
  if (approver === undefined) {
    const message = `#${number}: autoApprovePromotionPrs is on but no approver-token is set; not approved`;
    logger.warning(message);
    input.warnings.push(message);
    return;
  }
  try {
    await approver.approvePullRequest(number);
  } catch (error) {
    if (!(error instanceof ExternalError) || error.refusal !== 'actions-cannot-create-pr') throw error;
    const repository = `${approver.owner}/${approver.repo}`;
    const message = `#${number} not approved: ${actionsPrPermissionFix(repository)}`;
    logger.warning(message);
    input.warnings.push(message);
    return;
  }
  logger.info(`#${number} approved`);
}

/**
 * Merges (or enables auto-merge on) the promotion PR under the merge policy and says so on the merged PR only
 * once it is true. A PR the policy leaves open is reported with the reason; the chain's next hop is dispatched
 * only after a merge, and only when the workflow declares the inputs the dispatch sends.
 */
async function autoMerge(
  pr: { number: number; nodeId: string },
  sha: string,
  result: PromotionResult,
  input: PromoteOneInput,
): Promise<void> {
  const { context, options } = input;
  const chain = options.dispatchAfterMerge;
  if (chain?.problem !== undefined && options.autoMergeMode === 'direct') {
    leftOpen(result, `#${pr.number} left open: ${chain.problem}`, input);
    return;
  }
  const decision = await applyMergePolicy(
    {
      number: pr.number,
      nodeId: pr.nodeId,
      headSha: sha,
      mode: options.autoMergeMode,
      method: options.mergeMethod,
      settings: options.repositorySettings,
    },
    context,
  );
  if (decision.result === 'left-open') {
    leftOpen(result, decision.reason, input);
    return;
  }
  result.merge = decision.result;
  // A manual promotion (dispatch, dashboard) has no merged PR to tell.
  if (input.pr.number > 0)
    await context.github.createComment(
      input.pr.number,
      `${BOT_COMMENT_TAG}\n${renderAutoMergeComment(pr.number)}`,
    );
  if (decision.result !== 'merged') return;
  result.action = 'merged';
  if (chain !== undefined) await dispatchNextHop(pr.number, chain, input);
}

/**
 * A gated promotion PR is never merged here: its `telefonistka/gates` status starts pending and the sweep merges
 * it when the gates pass (docs/gates.md), so `autoMerge` cannot bypass a soak, window or freeze.
 */
async function holdForGates(number: number, headSha: string, input: PromoteOneInput): Promise<void> {
  await input.context.github.createCommitStatus(headSha, {
    state: 'pending',
    context: GATES_CONTEXT,
    description: 'gates not evaluated yet: the next sweep decides',
  });
  input.context.logger.info(`#${number} is gated: the sweep merges it when its gates pass`);
}

function leftOpen(result: PromotionResult, reason: string, input: PromoteOneInput): void {
  result.merge = 'left-open';
  result.mergeNote = reason;
  input.context.logger.warning(reason);
  input.warnings.push(reason);
}

/** Starts the next hop; a dispatch GitHub refuses is a warning with the fix, the merge already happened. */
async function dispatchNextHop(
  number: number,
  chain: NonNullable<PromoteOneInput['options']['dispatchAfterMerge']>,
  input: PromoteOneInput,
): Promise<void> {
  const { context } = input;
  try {
    await context.github.dispatchWorkflow(chain.workflow, chain.ref, { 'merged-pr': String(number) });
    context.logger.info(`Dispatched ${chain.workflow} for #${number} so the next hop runs`);
  } catch (error) {
    if (!(error instanceof ExternalError) || error.refusal === undefined) throw error;
    const message =
      `#${number} is merged but the next hop could not be started: ${error.message}. ` +
      `Start it by hand (workflow_dispatch of ${chain.workflow} with merged-pr: ${number}), and check that ` +
      `${chain.workflow} declares on.workflow_dispatch.inputs.merged-pr.`;
    context.logger.warning(message);
    input.warnings.push(message);
  }
}
