import type { RepoConfig } from '../../core/config/types.js';
import { renderAutoMergeComment } from '../../core/promotion/render-auto-merge-comment.js';
import type { Promotion } from '../../core/promotion/types.js';
import { BOT_COMMENT_TAG } from '../shared/bot-comment-tag.js';
import { mergeWithRetry } from '../shared/merge-with-retry.js';
import type { MergedPullRequest } from './merged-pull-request.js';
import type { PromotionContext } from './promotion-context.js';
import type { PromoteOptions, PromotionResult } from './promote-types.js';
import { writeNewestPromotion } from './write-newest-promotion.js';

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
  try {
    const newest = await writeNewestPromotion(promotion, input.config.supersede, context);
    const written = newest.written;
    if (written === undefined) return { ...base, action: 'superseded', supersededBy: newest.supersededBy };
    for (const warning of written.warnings) context.logger.warning(warning);
    input.warnings.push(...written.warnings);
    const pr = written.pullRequest;
    const result: PromotionResult = { ...base, action: written.action, supersededBy: newest.supersededBy };
    if (pr === undefined || written.headSha === undefined) return result;
    result.number = pr.number;
    result.url = pr.url;
    if (written.action === 'up-to-date') return result;
    result.superseded = newest.superseded;
    if (written.action === 'opened') await approve(pr.number, input);
    if (promotion.autoMerge) {
      const merged = await autoMerge(pr.number, pr.nodeId, written.headSha, input);
      if (merged) result.action = 'merged';
    }
    context.logger.info(`${result.action}: #${pr.number} ${pr.url}`);
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    context.logger.error(`${promotion.branch}: ${message}`);
    return { ...base, error: message };
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
  await approver.approvePullRequest(number);
  logger.info(`#${number} approved`);
}

/** Returns true when the PR was merged now (native auto-merge merges later, when checks pass). */
async function autoMerge(
  number: number,
  nodeId: string,
  sha: string,
  input: PromoteOneInput,
): Promise<boolean> {
  const { context, options, pr } = input;
  await context.github.createComment(pr.number, `${BOT_COMMENT_TAG}\n${renderAutoMergeComment(number)}`);
  if (options.autoMergeMode === 'native') {
    await context.github.enableAutoMerge(nodeId, options.mergeMethod);
    context.logger.info(`#${number}: GitHub auto-merge enabled; it merges when required checks pass`);
    return false;
  }
  await mergeWithRetry(context.github, number, {
    sha,
    method: options.mergeMethod,
    logger: context.logger,
    sleep: context.sleep,
  });
  const dispatch = options.dispatchAfterMerge;
  if (dispatch !== undefined) {
    await context.github.dispatchWorkflow(dispatch.workflow, dispatch.ref, { 'merged-pr': String(number) });
    context.logger.info(`Dispatched ${dispatch.workflow} for #${number} so the next hop runs`);
  }
  return true;
}
