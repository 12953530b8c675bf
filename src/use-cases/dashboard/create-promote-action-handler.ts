import type {
  DashboardAction,
  DashboardActionHandler,
  DashboardActionOutcome,
} from '../../core/dashboard/dashboard-action.js';
import type { DashboardCell } from '../../core/dashboard/dashboard-types.js';
import { findDashboardCell } from '../../core/dashboard/list-dashboard-actions.js';
import type { PromotionResult } from '../../core/promotion/promote-result.js';
import { manualPullRequest } from '../promote/manual-pull-request.js';
import { promoteMergedPullRequest } from '../promote/promote-merged-pull-request.js';
import type { PromoteDeps } from '../promote/promotion-context.js';
import type { PromoteOptions } from '../promote/promote-types.js';

type PromoteAction = Extract<DashboardAction, { kind: 'promote' }>;

/**
 * The dashboard's "promote now": the manual-promotion path of promote's `workflow_dispatch` (the upstream
 * folder from the default branch, restricted to the cell's environment), credited to the person who ticked.
 * Idempotent: a cell already in sync, or with a promotion PR open into it, is answered `unchanged`; the
 * promotion branch is named by its targets, so a re-run or a concurrent run updates the same PR.
 */
export function createPromoteActionHandler(setup: {
  options: Omit<PromoteOptions, 'manual'>;
  deps: PromoteDeps;
}): DashboardActionHandler<'promote'> {
  return async (action, context) => {
    const cell =
      context.dashboard === undefined ? undefined : findDashboardCell(context.dashboard, action.folder);
    const early = judgeCell(action, cell);
    if (early !== undefined || cell?.upstream === undefined)
      return early ?? refused(action, 'not a promotion target');
    if (setup.options.dryRun) return refused(action, 'dry-run is on: nothing is promoted');
    const environment = cell.environment;
    const result = await promoteMergedPullRequest(
      manualPullRequest(context.actor),
      { ...setup.options, manual: { folders: [cell.upstream], targets: [environment] } },
      setup.deps,
    );
    if (result.dryRun) return refused(action, 'dryRunMode is on in telefonistka.yaml: nothing is promoted');
    const mine = result.results.find((r) =>
      r.targets.some((target) => target.replace(/\/+$/, '') === action.folder),
    );
    if (mine === undefined) {
      const why = result.warnings.find((warning) => warning.includes(environment)) ?? result.warnings[0];
      return refused(
        action,
        `telefonistka.yaml plans no promotion into it${why === undefined ? '' : ` (${why})`}`,
      );
    }
    return outcomeOf(action, mine);
  };
}

function judgeCell(
  action: PromoteAction,
  cell: DashboardCell | undefined,
): DashboardActionOutcome | undefined {
  if (cell === undefined) return refused(action, 'the dashboard has no such cell');
  if (cell.upstream === undefined) return refused(action, 'nothing promotes into this folder');
  if (cell.hold !== undefined)
    return refused(action, `held by @${cell.hold.by} (${cell.hold.reason}): release it first`);
  if (cell.pull !== undefined)
    return {
      action,
      outcome: 'unchanged',
      message: `already pending in #${cell.pull.number}`,
      pull: cell.pull,
    };
  if (cell.status === 'in-sync' || cell.status === 'acknowledged')
    return { action, outcome: 'unchanged', message: 'already in sync with its upstream' };
  if (cell.status === 'skipped')
    return refused(action, 'telefonistka.yaml never promotes it there (promotionTargetAllowList/BlockList)');
  return undefined;
}

function outcomeOf(action: PromoteAction, result: PromotionResult): DashboardActionOutcome {
  const pull =
    result.number === undefined || result.url === undefined
      ? undefined
      : { number: result.number, url: result.url };
  switch (result.action) {
    case 'opened':
    case 'updated':
    case 'merged':
      return {
        action,
        outcome: 'done',
        message: `${result.action} a promotion PR${mergeNote(result)}`,
        pull,
      };
    case 'unchanged':
    case 'up-to-date':
      return { action, outcome: 'unchanged', message: 'already promoted: nothing new to write', pull };
    case 'superseded':
      return {
        action,
        outcome: 'unchanged',
        message: `newer work owns it${result.supersededBy?.length ? ` (#${result.supersededBy.join(', #')})` : ''}`,
      };
    case 'failed':
      return { action, outcome: 'failed', message: result.error ?? 'the promotion failed', pull };
  }
}

function mergeNote(result: PromotionResult): string {
  if (result.merge === 'auto-merge-enabled') return ' (auto-merge enabled)';
  if (result.merge === 'left-open' && result.mergeNote !== undefined)
    return ` (left open: ${result.mergeNote})`;
  return '';
}

function refused(action: PromoteAction, message: string): DashboardActionOutcome {
  return { action, outcome: 'refused', message };
}
