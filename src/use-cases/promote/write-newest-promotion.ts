import type { SupersedeMode } from '../../core/config/types.js';
import { narrowPromotion } from '../../core/promotion/narrow-promotion.js';
import type { Promotion } from '../../core/promotion/types.js';
import type { PullRequestInfo } from '../../ports/github-port.js';
import { listOwnPromotionPrs } from './list-own-promotion-prs.js';
import type { PromotionContext } from './promotion-context.js';
import { rankRivalPromotions, type RivalRanking } from './rank-rival-promotions.js';
import { supersedeOlderPrs } from './supersede-older-prs.js';
import { writePromotionPr, type WrittenPromotion } from './write-promotion-pr.js';

/** What writing one promotion came to, with newer and older work around it. */
export interface NewestWrite {
  /** Undefined when newer work owns every target: nothing was written. */
  written: WrittenPromotion | undefined;
  /** PR that now holds this promotion's content, when one does. */
  pullRequest: PullRequestInfo | undefined;
  /** Open PRs from newer merges that own some of the targets (left to them). */
  supersededBy: number[];
  /** Older PRs this promotion superseded. */
  superseded: number[];
}

/**
 * Writes a planned promotion so that the newest merge always wins, whatever order or concurrency the runs
 * have: targets whose newer content is already on the default branch or in an open promotion PR from a
 * descendant merge are left out (all of them: nothing is written); older PRs for the same targets are
 * superseded. A run that opened a PR lists the open promotion PRs again (one call), so that of two runs
 * racing, at least the later one sees the other, and the older PR is closed by whichever run sees it.
 */
export async function writeNewestPromotion(
  planned: Promotion,
  mode: SupersedeMode,
  context: PromotionContext,
): Promise<NewestWrite> {
  const listed = new Set(context.openPromotionPrs.map((pr) => pr.number));
  const own = context.openPromotionPrs.find((pr) => pr.headRef === planned.branch);
  let step = await withoutNewerWork(planned, own, context);
  if (step.promotion.syncPaths.length === 0 && planned.syncPaths.length > 0) {
    return retire(own, planned, step, mode, context);
  }
  let promotion = step.promotion;
  const newer = new Set(step.newerNumbers);
  let written = await writePromotionPr(promotion, context);
  const pr = written.pullRequest;
  if (pr !== undefined && !listed.has(pr.number)) {
    context.openPromotionPrs = await listAgain(pr, context);
    step = await withoutNewerWork(promotion, pr, context);
    for (const number of step.newerNumbers) newer.add(number);
    if (step.promotion.syncPaths.length === 0) return retire(pr, promotion, step, mode, context);
    if (step.promotion !== promotion) {
      promotion = step.promotion;
      written = await writePromotionPr(promotion, context);
    }
  }
  const result = {
    written,
    pullRequest: written.pullRequest,
    supersededBy: [...newer].sort((a, b) => a - b),
    superseded: [],
  };
  if (written.pullRequest === undefined || written.action === 'up-to-date') return result;
  const superseded = await supersedeOlderPrs(step.ranking.older, written.pullRequest.number, mode, context);
  return { ...result, superseded };
}

interface Step {
  promotion: Promotion;
  ranking: RivalRanking;
  newerNumbers: number[];
}

async function withoutNewerWork(
  promotion: Promotion,
  own: PullRequestInfo | undefined,
  context: PromotionContext,
): Promise<Step> {
  const ranking = await rankRivalPromotions(promotion, own, context.openPromotionPrs, context);
  const drop = new Set(newerOnDefaultBranch(promotion, context));
  for (const target of drop) context.logger.info(`${target}: the default branch already holds newer content`);
  for (const rival of ranking.newer) {
    for (const target of rival.sharedTargets) {
      drop.add(target);
      context.logger.info(`${target}: superseded by newer #${rival.pr.number}; left to it`);
    }
  }
  const newerNumbers = [...new Set(ranking.newer.map((rival) => rival.pr.number))].sort((a, b) => a - b);
  return { promotion: narrowPromotion(promotion, drop), ranking, newerNumbers };
}

/**
 * Targets whose source folder changed on the default branch after this run's source commit and whose target
 * already equals it: a newer merge was promoted there already, and this run's content would revert it.
 */
function newerOnDefaultBranch(promotion: Promotion, context: PromotionContext): string[] {
  return promotion.syncPaths
    .filter((sync) => {
      const latest = context.baseTree.get(sync.source)?.sha;
      const ours = context.sourceTree.get(sync.source)?.sha;
      return latest !== ours && context.baseTree.get(sync.target)?.sha === latest;
    })
    .map((sync) => sync.target);
}

/** Newer work owns every target: this promotion writes nothing, and its own open PR (stale) is superseded. */
async function retire(
  own: PullRequestInfo | undefined,
  promotion: Promotion,
  step: Step,
  mode: SupersedeMode,
  context: PromotionContext,
): Promise<NewestWrite> {
  const by = step.newerNumbers[0];
  context.logger.info(
    `Nothing to promote: ${by === undefined ? 'the default branch holds' : `#${by} promotes`} newer content`,
  );
  if (own !== undefined) {
    const sharedTargets = promotion.syncPaths.map((sync) => sync.target);
    await supersedeOlderPrs([{ pr: own, sharedTargets }], by, mode, context);
  }
  return { written: undefined, pullRequest: own, supersededBy: step.newerNumbers, superseded: [] };
}

/** The open promotion PRs after this run opened `own`; `own` is kept even when the listing lags. */
async function listAgain(own: PullRequestInfo, context: PromotionContext): Promise<PullRequestInfo[]> {
  const open = await listOwnPromotionPrs(context.defaultBranch, context, new Set([own.number]));
  return open.some((pr) => pr.number === own.number) ? open : [...open, own];
}
