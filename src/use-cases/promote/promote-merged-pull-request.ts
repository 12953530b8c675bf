import { renderLocalRollbackNote } from '../../core/promotion/render-local-rollback-note.js';
import { renderDryRunComment } from '../../core/promotion/render-dry-run-comment.js';
import { inPhase } from '../shared/in-phase.js';
import { upsertStickyComment } from '../shared/upsert-sticky-comment.js';
import { completePromotion } from './complete-promotion.js';
import { preparePromotion } from './prepare-promotion.js';
import type { PromoteDeps } from './promotion-context.js';
import type { PromoteOptions } from './promote-types.js';
import type { PromoteResult, PromotionResult } from '../../core/promotion/promote-result.js';
import type { MergedPullRequest } from '../../ports/pull-request-ref.js';

export type { PromoteOptions } from './promote-types.js';

const DRY_RUN_MARKER = '<!-- telefonistka:dry-run -->';

/**
 * The merged-PR flow: read the config at the default branch, plan from the PR's changed files, then open,
 * update, approve and merge one PR per planned promotion. One PR failing does not stop the others.
 */
export async function promoteMergedPullRequest(
  pr: MergedPullRequest,
  options: PromoteOptions,
  deps: PromoteDeps,
): Promise<PromoteResult> {
  const { logger } = deps;
  const phase = (what: string) => ({ flow: 'promote', phase: what });
  const prepared = await logger.group('Plan', () =>
    inPhase(phase(`planning the promotions of #${pr.number}`), () => preparePromotion(pr, options, deps)),
  );
  const { plan, config, context } = prepared;
  const warnings = [...prepared.warnings];
  for (const warning of warnings) logger.warning(warning);
  if (prepared.localRollback) {
    // A rollback is local to the environment it was asked for (docs/dashboard-rollback-and-bundle.md).
    const localRollback = renderLocalRollbackNote(pr, plan);
    logger.info(localRollback);
    const dryRun = options.dryRun || config.dryRunMode;
    const unplanned = { promotions: [], warnings: plan.warnings };
    return { plan: unplanned, config, dryRun, results: [], warnings, failures: [], localRollback };
  }
  const dryRun = options.dryRun || config.dryRunMode;
  // A manual promotion (dispatch, dashboard) has no PR to comment on: its plan is in the summary only.
  if (dryRun && pr.number > 0) {
    await logger.group('Dry run: comment the plan', () =>
      inPhase(phase(`commenting the dry-run plan on #${pr.number}`), () =>
        upsertStickyComment(deps.github, pr.number, {
          marker: DRY_RUN_MARKER,
          body: renderDryRunComment(plan),
        }),
      ),
    );
  }
  if (dryRun) return { plan, config, dryRun, results: [], warnings, failures: [] };
  const results: PromotionResult[] = [];
  for (const promotion of plan.promotions) {
    if (promotion.syncPaths.length === 0) {
      const held = promotion.heldTargets?.length ?? 0;
      logger.info(`${promotion.key}: every target was skipped, held (${held}) or missing; no PR.`);
      continue;
    }
    const result = await logger.group(`Promotion ${promotion.branch}`, () =>
      completePromotion(promotion, { pr, config, options, context, warnings }),
    );
    results.push(result);
    // The token may not open PRs, or lacks a permission: every further promotion would be refused too; write
    // nothing more.
    if (result.refusal === 'actions-cannot-create-pr' || result.refusal === 'token-permission-missing') break;
  }
  const failures = results.filter((r) => r.action === 'failed').map((r) => `${r.branch}: ${r.error ?? ''}`);
  return { plan, config, dryRun, results, warnings, failures };
}
