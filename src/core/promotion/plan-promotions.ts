import type { ComponentConfig, PromotionPathConfig, PromotionPrConfig, RepoConfig } from '../config/types.js';
import { buildPromotionMetadata } from './build-promotion-metadata.js';
import { compareStrings } from './compare-strings.js';
import { createFlowMatcher } from './flow-matcher.js';
import type { FlowMatcher } from './flow-matcher.js';
import { parsePromotionMetadata } from './parse-promotion-metadata.js';
import { promotionBranchName } from './promotion-branch-name.js';
import { promotionTitle } from './promotion-title.js';
import { renderPromotionBody } from './render-promotion-body.js';
import type { ChangedComponent, HeldTarget, PlanInput, Promotion, PromotionPlan, SyncPath } from './types.js';

/** The label every promotion PR carries (the Go bot's, used by auto-merge-no-diff and metrics). */
export const PROMOTION_LABEL = 'promotion';

/** One `promotionPrs[]` entry of a flow, with its targets sorted and de-duplicated. */
interface PreparedPr {
  key: string;
  targetPaths: string[];
  targetDescription: string;
  labels: readonly string[];
}

/** A promotion being assembled: components, their sources, skipped targets and sync pairs by target. */
interface Draft {
  prepared: PreparedPr;
  labels: string[];
  labelledBy: Set<PromotionPrConfig>;
  autoMerge: boolean;
  sources: Map<string, Set<string>>;
  skipped: Map<string, Set<string>>;
  /** Held target folders, by target. */
  held: Map<string, HeldTarget>;
  /** Candidate pairs by target; more than one when two sources of a regex flow carry the same component. */
  pairs: Map<string, SyncPath[]>;
}

interface PlanContext {
  config: RepoConfig;
  input: PlanInput;
  matcher: FlowMatcher;
  prLabels: ReadonlySet<string>;
  flowBySource: Map<string, number>;
  prepared: Map<PromotionPrConfig, PreparedPr>;
  drafts: Map<string, Draft>;
  warnings: Set<string>;
}

/**
 * Steps B and C of the Go bot as a pure function: per component the first flow whose sourcePath matches its
 * source folder (anchored at the start) and whose `prHasLabels` passes; one promotion per (flow, sorted
 * targets) with every component of that flow; allow/block lists of each component config; deletion when the
 * source folder is gone; chain metadata, title, body, labels and branch name. Output is sorted.
 */
export function planPromotions(config: RepoConfig, input: PlanInput): PromotionPlan {
  const context: PlanContext = {
    config,
    input,
    matcher: createFlowMatcher(config),
    prLabels: new Set(input.pullRequest.labels),
    flowBySource: new Map(),
    prepared: new Map(),
    drafts: new Map(),
    warnings: new Set(),
  };
  for (const component of input.components) addComponent(context, component);
  const promotions = [...context.drafts.values()]
    .sort((a, b) => compareStrings(a.prepared.key, b.prepared.key))
    .map((draft) => finishPromotion(context, draft));
  disambiguateBranches(promotions, context.warnings);
  return { promotions, warnings: [...context.warnings].sort(compareStrings) };
}

function addComponent(context: PlanContext, changed: ChangedComponent): void {
  const flowIndex = selectFlow(context, changed.sourcePath);
  const flow = context.config.promotionPaths[flowIndex];
  if (flow === undefined) {
    context.warnings.add(
      `${changed.sourcePath}${changed.component}: no promotionPaths entry matches its source folder ` +
        `with a label condition this PR meets; it is not promoted`,
    );
    return;
  }
  const folder = `${changed.sourcePath}${changed.component}`;
  const componentConfig = context.input.componentConfigs.get(folder);
  for (const promotionPr of flow.promotionPrs) {
    const prepared = preparePr(context, flow, promotionPr);
    const draft = draftFor(context, prepared, flow, promotionPr);
    addToDraft(context, draft, changed, componentConfig);
  }
}

function selectFlow(context: PlanContext, sourcePath: string): number {
  let flowIndex = context.flowBySource.get(sourcePath);
  if (flowIndex === undefined) {
    flowIndex = context.config.promotionPaths.findIndex(
      (flow, index) => context.matcher.matchesFolder(index, sourcePath) && labelsPass(flow, context.prLabels),
    );
    context.flowBySource.set(sourcePath, flowIndex);
  }
  return flowIndex;
}

/** Go bot semantics: no condition passes; an explicit empty list never passes; otherwise any one exact label. */
function labelsPass(flow: PromotionPathConfig, prLabels: ReadonlySet<string>): boolean {
  const required = flow.conditions.prHasLabels;
  return required === undefined || required.some((label) => prLabels.has(label));
}

function preparePr(
  context: PlanContext,
  flow: PromotionPathConfig,
  promotionPr: PromotionPrConfig,
): PreparedPr {
  let prepared = context.prepared.get(promotionPr);
  if (prepared === undefined) {
    const targetPaths = [...new Set(promotionPr.targetPaths)].sort(compareStrings);
    prepared = {
      key: `${flow.sourcePath}>${targetPaths.join('|')}`,
      targetPaths,
      targetDescription: promotionPr.targetDescription || targetPaths.join(' '),
      labels: promotionPr.labels,
    };
    context.prepared.set(promotionPr, prepared);
  }
  return prepared;
}

function draftFor(
  context: PlanContext,
  prepared: PreparedPr,
  flow: PromotionPathConfig,
  promotionPr: PromotionPrConfig,
): Draft {
  let draft = context.drafts.get(prepared.key);
  if (draft === undefined) {
    draft = {
      prepared,
      labels: [PROMOTION_LABEL, ...context.config.promotionPrLabels],
      labelledBy: new Set(),
      autoMerge: flow.conditions.autoMerge,
      sources: new Map(),
      skipped: new Map(),
      held: new Map(),
      pairs: new Map(),
    };
    context.drafts.set(prepared.key, draft);
  }
  // Two promotionPrs entries of one flow with the same targets are one PR (the Go bot's plan key): merge labels.
  if (!draft.labelledBy.has(promotionPr)) {
    draft.labelledBy.add(promotionPr);
    draft.labels.push(...promotionPr.labels);
  }
  return draft;
}

function addToDraft(
  context: PlanContext,
  draft: Draft,
  changed: ChangedComponent,
  componentConfig: ComponentConfig | undefined,
): void {
  const { sourcePath, component } = changed;
  addToSetMap(draft.sources, component, sourcePath);
  const source = `${sourcePath}${component}`;
  // A source folder exists or not on the source revision only: the target revision may still hold it.
  const deleted = !context.input.sourceFolders.has(source);
  for (const targetPath of draft.prepared.targetPaths) {
    if (isTargetSkipped(componentConfig, targetPath)) {
      addToSetMap(draft.skipped, component, targetPath);
      continue;
    }
    const target = `${targetPath}${component}`;
    // A held folder is left alone, whether the source changed or was deleted; the other targets go ahead.
    const hold = context.input.holds?.get(target);
    if (hold !== undefined) {
      draft.held.set(target, { component, target, hold });
      continue;
    }
    if (deleted && !context.input.targetFolders.has(target)) {
      context.warnings.add(`${source} was deleted and ${target} does not exist: nothing to sync`);
      continue;
    }
    addPair(draft, { source, target, deleted });
  }
}

/** Block beats allow; a non-empty allow list admits only matching targets (RE2, unanchored, on the target folder). */
function isTargetSkipped(componentConfig: ComponentConfig | undefined, targetPath: string): boolean {
  if (componentConfig === undefined) return false;
  if (componentConfig.promotionTargetBlockList.some((regex) => regex.test(targetPath))) return true;
  const allow = componentConfig.promotionTargetAllowList;
  return allow.length > 0 && !allow.some((regex) => regex.test(targetPath));
}

function addPair(draft: Draft, pair: SyncPath): void {
  const candidates = draft.pairs.get(pair.target);
  if (candidates === undefined) draft.pairs.set(pair.target, [pair]);
  else if (!candidates.some((known) => known.source === pair.source)) candidates.push(pair);
}

/**
 * Two sources of one regex flow (e.g. `dev/us-east-4/app` and `dev/us-east-5/app`) can promote the same
 * component to the same target. The Go bot let a random one win; here an existing source beats a deleted
 * one, then the first source in sorted order wins, and the user is warned.
 */
function resolvePairs(context: PlanContext, draft: Draft): SyncPath[] {
  const chosen: SyncPath[] = [];
  for (const candidates of draft.pairs.values()) {
    const ranked = [...candidates].sort(
      (a, b) => Number(a.deleted) - Number(b.deleted) || compareStrings(a.source, b.source),
    );
    const winner = ranked[0];
    if (winner === undefined) continue;
    chosen.push(winner);
    if (ranked.length === 1) continue;
    const sources = ranked.map((pair) => pair.source).sort(compareStrings);
    context.warnings.add(
      `${winner.target} would be synced from ${sources.join(' and ')} ` +
        `(promotion ${draft.prepared.key}); using ${winner.source}`,
    );
  }
  return chosen.sort((a, b) => compareStrings(a.target, b.target));
}

function finishPromotion(context: PlanContext, draft: Draft): Promotion {
  const { pullRequest } = context.input;
  const components = [...draft.sources.keys()].sort(compareStrings);
  const firstSources = [...(draft.sources.get(components[0] ?? '') ?? [])].sort(compareStrings);
  const sourcePath = firstSources[0] ?? '';
  const skippedTargets: Record<string, string[]> = {};
  for (const component of [...draft.skipped.keys()].sort(compareStrings)) {
    skippedTargets[component] = [...(draft.skipped.get(component) ?? [])].sort(compareStrings);
  }
  const syncPaths = resolvePairs(context, draft);
  const heldTargets = [...draft.held.values()].sort((a, b) => compareStrings(a.target, b.target));
  const { targetPaths, targetDescription } = draft.prepared;
  const metadata = buildPromotionMetadata({
    pullRequest,
    previous: parsePromotionMetadata(pullRequest.body),
    sourcePath,
    targetPaths,
    promotedPaths: syncPaths.map((pair) => pair.target),
  });
  const { title, bodyPrefix } = promotionTitle(components, targetDescription);
  return {
    key: draft.prepared.key,
    sourcePath,
    components,
    targetPaths: [...targetPaths],
    targetDescription,
    syncPaths,
    skippedTargets,
    heldTargets,
    autoMerge: draft.autoMerge,
    labels: [...new Set(draft.labels)],
    branch: promotionBranchName(pullRequest.number, pullRequest.headRef, targetPaths),
    title,
    body: renderPromotionBody({
      components,
      metadata,
      skippedTargets,
      heldTargets,
      bodyPrefix,
      sourceCommit: pullRequest.sourceCommit,
    }),
    metadata,
    ...(pullRequest.sourceCommit === undefined ? {} : { sourceCommit: pullRequest.sourceCommit }),
  };
}

/**
 * The branch name depends only on the PR and the targets, so two flows promoting to the same targets in one
 * PR collide (the Go bot failed on the second). Later promotions, in key order, get `-2`, `-3`...
 */
function disambiguateBranches(promotions: Promotion[], warnings: Set<string>): void {
  const seen = new Map<string, number>();
  for (const promotion of promotions) {
    const count = (seen.get(promotion.branch) ?? 0) + 1;
    seen.set(promotion.branch, count);
    if (count === 1) continue;
    const branch = `${promotion.branch}-${count}`;
    warnings.add(
      `promotions ${promotion.key} and an earlier one share the branch ${promotion.branch}; using ${branch}`,
    );
    promotion.branch = branch;
  }
}

function addToSetMap(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set === undefined) map.set(key, new Set([value]));
  else set.add(value);
}
