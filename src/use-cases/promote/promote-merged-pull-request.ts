import type { RepoConfig } from '../../core/config/types.js';
import { findChangedComponents } from '../../core/promotion/find-changed-components.js';
import { planPromotions } from '../../core/promotion/plan-promotions.js';
import { renderAutoMergeComment } from '../../core/promotion/render-auto-merge-comment.js';
import { renderDryRunComment } from '../../core/promotion/render-dry-run-comment.js';
import type { ChangedFile, Promotion, PromotionPlan } from '../../core/promotion/types.js';
import type { MergeMethod } from '../../ports/git-hub-port.js';
import { BOT_COMMENT_TAG } from '../shared/bot-comment-tag.js';
import { mergeWithRetry } from '../shared/merge-with-retry.js';
import { upsertStickyComment } from '../shared/upsert-sticky-comment.js';
import { collectChangedFiles } from './collect-changed-files.js';
import { gatherPlanInput } from './gather-plan-input.js';
import { loadRepoConfig } from './load-repo-config.js';
import type { MergedPullRequest } from './merged-pull-request.js';
import type { PromoteDeps, PromotionContext } from './promotion-context.js';
import { supersedeOlderPrs } from './supersede-older-prs.js';
import { writePromotionPr } from './write-promotion-pr.js';

/** How a run promotes: from inputs and the token in use. */
export interface PromoteOptions {
  defaultBranch: string;
  /** Input `dry-run`; the config's `dryRunMode` also turns it on. */
  dryRun: boolean;
  autoMergeMode: 'direct' | 'native';
  mergeMethod: MergeMethod;
  /** Dispatch the workflow after merging a promotion PR so the next hop runs (see the `chain` input). */
  dispatchAfterMerge: { workflow: string; ref: string } | undefined;
  /**
   * A promotion started by hand (`workflow_dispatch`): the component folders to promote from the default
   * branch, and optionally the subset of target folders to promote them to.
   */
  manual?: { folders: string[]; targets: string[] | undefined };
}

/** The outcome for one planned promotion PR. */
export interface PromotionResult {
  key: string;
  branch: string;
  targets: string[];
  action: 'opened' | 'updated' | 'unchanged' | 'up-to-date' | 'merged' | 'failed';
  number?: number;
  url?: string;
  superseded: number[];
  error?: string;
}

/** The outcome of a promotion run. */
export interface PromoteResult {
  plan: PromotionPlan;
  dryRun: boolean;
  results: PromotionResult[];
  warnings: string[];
  failures: string[];
}

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
  const prepared = await logger.group('Plan', () => preparePlan(pr, options, deps));
  const { plan, config, context } = prepared;
  const warnings = [...prepared.warnings];
  for (const warning of warnings) logger.warning(warning);
  const dryRun = options.dryRun || config.dryRunMode;
  if (dryRun) {
    await logger.group('Dry run: comment the plan', () =>
      upsertStickyComment(deps.github, pr.number, {
        marker: DRY_RUN_MARKER,
        body: renderDryRunComment(plan),
      }),
    );
    return { plan, dryRun, results: [], warnings, failures: [] };
  }
  const results: PromotionResult[] = [];
  for (const promotion of plan.promotions) {
    if (promotion.syncPaths.length === 0) {
      logger.info(`${promotion.key}: every target was skipped or missing; no PR.`);
      continue;
    }
    const result = await logger.group(`Promotion ${promotion.branch}`, () =>
      promoteOne(promotion, { pr, config, options, context, warnings }),
    );
    results.push(result);
  }
  const failures = results.filter((r) => r.action === 'failed').map((r) => `${r.branch}: ${r.error ?? ''}`);
  return { plan, dryRun, results, warnings, failures };
}

async function preparePlan(pr: MergedPullRequest, options: PromoteOptions, deps: PromoteDeps) {
  const baseHead =
    (await deps.localGit?.remoteBranchSha(options.defaultBranch)) ??
    (await deps.github.getBranchSha(options.defaultBranch));
  if (baseHead === undefined) throw new Error(`default branch ${options.defaultBranch} not found`);
  if (deps.localGit !== undefined) {
    const wanted = options.manual === undefined ? [baseHead, pr.mergeCommitSha] : [baseHead];
    const missing = [];
    for (const sha of wanted) if (!(await deps.localGit.hasCommit(sha))) missing.push(sha);
    if (missing.length > 0) await deps.localGit.fetch(missing);
  }
  // A manual promotion promotes what the default branch holds now.
  const sourceCommit = options.manual === undefined ? pr.mergeCommitSha : baseHead;
  const loaded = await loadRepoConfig(deps.snapshot, baseHead);
  const { config } = loaded;
  const [baseTree, sourceTree] = await Promise.all([
    deps.snapshot.readTree(baseHead),
    deps.snapshot.readTree(sourceCommit),
  ]);
  const files =
    options.manual === undefined
      ? (await collectChangedFiles(pr, deps)).files
      : manualFiles(options.manual.folders, sourceTree);
  const found = findChangedComponents(config, files);
  deps.logger.info(
    `Components: ${found.components.map((c) => `${c.sourcePath}${c.component}`).join(', ') || 'none'}`,
  );
  const gathered = await gatherPlanInput(
    { number: pr.number, headRef: pr.headRef, author: pr.author, labels: pr.labels, body: pr.body },
    found.components,
    {
      snapshot: deps.snapshot,
      sourceCommit,
      sourceTree,
      baseCommit: pr.baseSha,
      targetTree: baseTree,
    },
  );
  const restricted = restrictTargets(config, options.manual?.targets);
  const plan = planPromotions(restricted.config, gathered.input);
  const needsPrs =
    !(options.dryRun || config.dryRunMode) && plan.promotions.some((p) => p.syncPaths.length > 0);
  const openPromotionPrs = needsPrs
    ? (await deps.github.listOpenPullRequests({ base: options.defaultBranch })).filter((p) =>
        p.headRef.startsWith('promotions/'),
      )
    : [];
  const baseTreeSha = await rootTreeSha(baseHead, deps);
  const context: PromotionContext = {
    ...deps,
    defaultBranch: options.defaultBranch,
    baseHead,
    baseTreeSha,
    baseTree,
    sourceTree,
    openPromotionPrs,
  };
  const warnings = [
    ...loaded.warnings,
    ...found.warnings,
    ...gathered.warnings,
    ...restricted.warnings,
    ...plan.warnings,
  ];
  return { plan, config, context, warnings };
}

/**
 * A manual promotion names component folders (or a source folder, meaning every component in it); planning
 * sees them as changed files inside each folder, so the config decides flows and targets exactly as on merge.
 */
function manualFiles(folders: readonly string[], tree: PromotionContext['sourceTree']): ChangedFile[] {
  return folders.flatMap((folder) => {
    const clean = folder.replace(/\/+$/, '');
    const entry = tree.get(clean);
    if (entry?.type !== 'tree') throw new Error(`folder ${clean} does not exist on the default branch`);
    return [...tree.values()]
      .filter((e) => e.type !== 'tree' && e.path.startsWith(`${clean}/`))
      .map((e) => ({ path: e.path }));
  });
}

/**
 * Restricts every flow to the chosen target folders before planning, so branch names, titles and history of a
 * manual promotion describe exactly the targets it promotes to.
 */
function restrictTargets(
  config: RepoConfig,
  targets: readonly string[] | undefined,
): { config: RepoConfig; warnings: string[] } {
  if (targets === undefined || targets.length === 0) return { config, warnings: [] };
  const chosen = new Set(targets.map((t) => (t.endsWith('/') ? t : `${t}/`)));
  const known = new Set(
    config.promotionPaths.flatMap((flow) => flow.promotionPrs.flatMap((pr) => pr.targetPaths)),
  );
  const warnings = [...chosen]
    .filter((t) => !known.has(t))
    .map((t) => `target ${t} is not a target in telefonistka.yaml; ignored`);
  const promotionPaths = config.promotionPaths.map((flow) => ({
    ...flow,
    promotionPrs: flow.promotionPrs
      .map((pr) => ({ ...pr, targetPaths: pr.targetPaths.filter((t) => chosen.has(t)) }))
      .filter((pr) => pr.targetPaths.length > 0),
  }));
  return { config: { ...config, promotionPaths }, warnings };
}

/** The root tree of a commit: from git when local, else one API call. */
async function rootTreeSha(commit: string, deps: PromoteDeps): Promise<string> {
  if (deps.snapshot.source === 'local' && deps.localGit !== undefined) {
    const sha = await deps.localGit.treeOf(commit);
    if (sha !== undefined) return sha;
  }
  return (await deps.github.getCommit(commit)).treeSha;
}

interface PromoteOneInput {
  pr: MergedPullRequest;
  config: RepoConfig;
  options: PromoteOptions;
  context: PromotionContext;
  warnings: string[];
}

async function promoteOne(promotion: Promotion, input: PromoteOneInput): Promise<PromotionResult> {
  const { context } = input;
  const base: PromotionResult = {
    key: promotion.key,
    branch: promotion.branch,
    targets: promotion.syncPaths.map((s) => s.target),
    action: 'failed',
    superseded: [],
  };
  try {
    const written = await writePromotionPr(promotion, context);
    for (const warning of written.warnings) context.logger.warning(warning);
    input.warnings.push(...written.warnings);
    const pr = written.pullRequest;
    const result: PromotionResult = { ...base, action: written.action };
    if (pr === undefined || written.headSha === undefined) return result;
    result.number = pr.number;
    result.url = pr.url;
    if (written.action === 'up-to-date') return result;
    result.superseded = await supersedeOlderPrs(promotion, pr, input.config.supersede, context);
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
