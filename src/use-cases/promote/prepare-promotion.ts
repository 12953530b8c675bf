import type { RepoConfig } from '../../core/config/types.js';
import { findChangedComponents } from '../../core/promotion/find-changed-components.js';
import { planPromotions } from '../../core/promotion/plan-promotions.js';
import type { ChangedFile } from '../../core/promotion/types.js';
import { collectChangedFiles } from './collect-changed-files.js';
import { gatherPlanInput } from './gather-plan-input.js';
import { loadRepoConfig } from './load-repo-config.js';
import type { PromoteDeps, PromotionContext } from './promotion-context.js';
import type { PromoteOptions } from './promote-types.js';
import { isOwnRollbackPr } from './is-own-rollback-pr.js';
import { listOwnPromotionPrs } from './list-own-promotion-prs.js';
import { readTrustedPromotionMetadata } from '../shared/read-trusted-promotion-metadata.js';
import type { MergedPullRequest } from '../../ports/pull-request-ref.js';

/** Reads the config, the changed components and the trees, plans, and lists the open promotion PRs: the
 * reading phase of a run, before anything is written. `localRollback`: the PR is a rollback PR of this tool. */
export async function preparePromotion(pr: MergedPullRequest, options: PromoteOptions, deps: PromoteDeps) {
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
  // The merged PR's metadata (original author and PR credited and assigned, chain history) counts only when
  // this action opened it; a person's PR body pasting a metadata comment is plain text.
  const trusted = await readTrustedPromotionMetadata(pr, {
    promotionPrAuthors: config.promotionPrAuthors,
    github: deps.github,
  });
  if (trusted.ignored !== undefined) deps.logger.warning(trusted.ignored);
  // A merged rollback PR of this tool stays in its environment: planned (to say what it would have promoted), never
  // written onward (promoteMergedPullRequest stops), so the open promotion PRs need not be listed.
  const rollback = await isOwnRollbackPr(pr, {
    promotionPrAuthors: config.promotionPrAuthors,
    github: deps.github,
  });
  const gathered = await gatherPlanInput(
    {
      number: pr.number,
      headRef: pr.headRef,
      author: pr.author,
      labels: pr.labels,
      body: trusted.metadata === undefined ? '' : pr.body,
      sourceCommit,
    },
    found.components,
    {
      snapshot: deps.snapshot,
      sourceCommit,
      sourceTree,
      baseCommit: pr.baseSha,
      targetTree: baseTree,
      holds: { commit: baseHead, tree: baseTree },
    },
  );
  const restricted = restrictTargets(config, options.manual?.targets);
  const plan = planPromotions(restricted.config, gathered.input);
  const needsPrs =
    rollback !== true &&
    !(options.dryRun || config.dryRunMode) &&
    plan.promotions.some((p) => p.syncPaths.length > 0);
  const openPromotionPrs = needsPrs
    ? await listOwnPromotionPrs(options.defaultBranch, {
        promotionPrAuthors: config.promotionPrAuthors,
        ...deps,
      })
    : [];
  const baseTreeSha = await rootTreeSha(baseHead, deps);
  const context: PromotionContext = {
    ...deps,
    defaultBranch: options.defaultBranch,
    sourceCommit,
    baseHead,
    baseTreeSha,
    baseTree,
    sourceTree,
    openPromotionPrs,
    promotionPrAuthors: config.promotionPrAuthors,
  };
  const warnings = [
    ...(trusted.ignored === undefined ? [] : [trusted.ignored]),
    ...loaded.warnings,
    ...found.warnings,
    ...gathered.warnings,
    ...restricted.warnings,
    ...plan.warnings,
    ...(rollback === undefined
      ? [
          `#${pr.number} comes from a rollback branch but the token cannot read its own login to tell whether this ` +
            'action opened it; it is promoted like any PR. List the identity that opens promotion PRs in ' +
            'promotionPrAuthors in telefonistka.yaml',
        ]
      : []),
  ];
  return { plan, config, context, warnings, localRollback: rollback === true };
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
