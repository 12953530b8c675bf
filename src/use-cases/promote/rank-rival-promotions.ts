import { parsePromotionMetadata } from '../../core/promotion/parse-promotion-metadata.js';
import { parseSourceCommit } from '../../core/promotion/source-commit-marker.js';
import type { Promotion } from '../../core/promotion/types.js';
import type { PullRequestInfo } from '../../ports/github-port.js';
import type { PromotionContext } from './promotion-context.js';
import { errorMessage } from '../../core/errors/error-message.js';

/** An open promotion PR from another branch that promotes to some of the same target folders. */
export interface RivalPromotion {
  pr: PullRequestInfo;
  /** The target folders both promote to. */
  sharedTargets: string[];
}

/** Rival promotion PRs split by whose content is newer. */
export interface RivalRanking {
  /** From a newer merge (its merge commit descends from ours): the shared targets are theirs. */
  newer: RivalPromotion[];
  /** From an older merge, or from the same merge but opened earlier: this promotion supersedes them. */
  older: RivalPromotion[];
}

/** How a rival's source commit relates to ours. */
type Relation = 'newer' | 'older' | 'same' | 'unknown';

const relations = new WeakMap<PromotionContext, Map<string, Promise<Relation>>>();

/**
 * Ranks the open promotion PRs sharing a target with `promotion` by the ancestry of the commits they promote
 * (the hidden source-commit line of their body; for PRs without it, the merge commit of the PR their branch
 * names, one call). Ancestry comes from the local checkout, else from one compare call per commit; answers
 * are cached for the run. When ancestry cannot tell (same commit, history rewritten, source unknown), the PR
 * opened later counts as newer, as before.
 */
export async function rankRivalPromotions(
  promotion: Promotion,
  own: PullRequestInfo | undefined,
  open: readonly PullRequestInfo[],
  context: PromotionContext,
): Promise<RivalRanking> {
  const targets = new Set(promotion.syncPaths.map((sync) => sync.target));
  const ranking: RivalRanking = { newer: [], older: [] };
  for (const pr of open) {
    if (pr.headRef === promotion.branch || pr.number === own?.number) continue;
    const promoted = parsePromotionMetadata(pr.body)?.promotedPaths ?? [];
    const sharedTargets = promoted.filter((path) => targets.has(path));
    if (sharedTargets.length === 0) continue;
    const relation = await relationOf(pr, context);
    const newer =
      relation === 'newer' || (relation !== 'older' && own !== undefined && pr.number > own.number);
    (newer ? ranking.newer : ranking.older).push({ pr, sharedTargets });
  }
  return ranking;
}

function relationOf(pr: PullRequestInfo, context: PromotionContext): Promise<Relation> {
  let cache = relations.get(context);
  if (cache === undefined) {
    cache = new Map();
    relations.set(context, cache);
  }
  const key = `${pr.number}:${pr.body.length}:${pr.headSha}`;
  let relation = cache.get(key);
  if (relation === undefined) {
    relation = sourceOf(pr, context).then((source) =>
      source === undefined ? 'unknown' : ancestry(context.sourceCommit, source, context),
    );
    cache.set(key, relation);
  }
  return relation;
}

/** The commit a rival promotes: its body's source-commit line, else the merge commit of its branch's PR. */
async function sourceOf(pr: PullRequestInfo, context: PromotionContext): Promise<string | undefined> {
  const marked = parseSourceCommit(pr.body);
  if (marked !== undefined) return marked;
  const number = /^promotions\/([1-9][0-9]{0,14})-/.exec(pr.headRef)?.[1];
  if (number === undefined) return undefined;
  try {
    const source = await context.github.getPullRequest(Number(number));
    return source.merged ? source.mergeCommitSha : undefined;
  } catch (error) {
    context.logger.warning(`#${pr.number}: cannot read its source PR #${number}: ${errorMessage(error)}`);
    return undefined;
  }
}

/** How `theirs` relates to `ours` by ancestry: locally when the checkout has both, else one compare call. */
async function ancestry(ours: string, theirs: string, context: PromotionContext): Promise<Relation> {
  if (ours === theirs) return 'same';
  const git = context.localGit;
  if (git !== undefined) {
    if (!(await git.hasCommit(theirs))) await git.fetch([theirs]);
    const base = (await git.hasCommit(theirs)) ? await git.mergeBase(ours, theirs) : undefined;
    if (base === ours) return 'newer';
    if (base === theirs) return 'older';
    if (base !== undefined && base !== '') return 'unknown';
  }
  try {
    const { status } = await context.github.compareCommits(ours, theirs);
    if (status === 'ahead') return 'newer';
    if (status === 'behind') return 'older';
    return status === 'identical' ? 'same' : 'unknown';
  } catch (error) {
    context.logger.warning(`cannot compare ${ours} with ${theirs}: ${errorMessage(error)}`);
    return 'unknown';
  }
}
