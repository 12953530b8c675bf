import type { NewTreeEntry } from '../../core/tree/tree-entry.js';
import { MAX_PR_BODY_LENGTH } from '../../core/promotion/render-promotion-body.js';
import type { Promotion } from '../../core/promotion/types.js';
import { buildSyncEntries, filesUnder } from '../../core/tree/build-sync-entries.js';
import type { FlatTree } from '../../core/tree/build-sync-entries.js';
import type { PullRequestInfo } from '../../ports/github-port.js';
import { labelAndAssign } from '../shared/label-and-assign.js';
import { mendLabelsAndAssignee } from '../shared/mend-labels-and-assignee.js';
import { HalfMadePromotionError } from './half-made-promotion-error.js';
import type { PromotionContext } from './promotion-context.js';

/** What happened to one promotion PR. */
export interface WrittenPromotion {
  action: 'opened' | 'updated' | 'unchanged' | 'up-to-date';
  pullRequest: PullRequestInfo | undefined;
  /** Head SHA of the promotion branch after this run. */
  headSha: string | undefined;
  warnings: string[];
}

/**
 * Makes the promotion branch and PR match the plan: one commit built from tree SHAs on top of the default
 * branch, the branch created or swapped (compare-and-swap), the PR opened or updated, labels and assignee set.
 * Re-running is safe: when the branch already holds the promoted content nothing is written.
 */
export async function writePromotionPr(
  promotion: Promotion,
  context: PromotionContext,
): Promise<WrittenPromotion> {
  const entries = promotion.syncPaths.flatMap(
    (sync) => buildSyncEntries(sync, context.sourceTree, context.baseTree).entries,
  );
  const existing = context.openPromotionPrs.find((pr) => pr.headRef === promotion.branch);
  if (promotion.body.length > MAX_PR_BODY_LENGTH) {
    // Checked before anything is written, so that no branch is left behind.
    throw new Error(
      `the PR body for ${promotion.syncPaths.length} target folders takes ${promotion.body.length} characters ` +
        "even with compact metadata, over GitHub's 65,536: split the change into smaller pull requests",
    );
  }
  if (entries.length === 0) {
    context.logger.info('The default branch already has this content: nothing to promote.');
    return { action: 'up-to-date', pullRequest: existing, headSha: existing?.headSha, warnings: [] };
  }
  if (existing !== undefined && (await branchHasContent(existing.headSha, promotion, context))) {
    const warnings = await mendPullRequest(existing, promotion, context);
    context.logger.info(`#${existing.number} already has this content: no new commit.`);
    return { action: 'unchanged', pullRequest: existing, headSha: existing.headSha, warnings };
  }
  const commit = await createPromotionCommit(promotion, entries, context);
  await pointBranch(promotion.branch, commit, existing?.headSha, context);
  if (existing !== undefined) {
    const warnings = await mendPullRequest(existing, promotion, context);
    return { action: 'updated', pullRequest: existing, headSha: commit, warnings };
  }
  return openPullRequest(promotion, commit, context);
}

async function createPromotionCommit(
  promotion: Promotion,
  entries: NewTreeEntry[],
  context: PromotionContext,
): Promise<string> {
  const tree = await context.github.createTree(context.baseTreeSha, entries);
  // No author or committer: GitHub then signs the commit for bot identities ("Verified").
  const commit = await context.github.createCommit({
    message: `Syncing from ${promotion.sourcePath}`,
    tree,
    parents: [context.baseHead],
  });
  context.logger.info(`Commit ${commit} (tree ${tree}, ${entries.length} tree entries)`);
  return commit;
}

async function pointBranch(
  branch: string,
  commit: string,
  knownSha: string | undefined,
  context: PromotionContext,
) {
  let current = knownSha;
  if (current === undefined) {
    if ((await context.github.createBranch(branch, commit)) === 'written') return;
    current = await context.github.getBranchSha(branch);
    if (current === undefined) throw new Error(`branch ${branch} exists and vanished; re-run the job`);
  }
  const result = await context.github.replaceBranch(branch, { from: current, to: commit });
  if (result === 'conflict') {
    throw new Error(`branch ${branch} was moved by someone else while this run updated it; re-run the job`);
  }
}

async function openPullRequest(
  promotion: Promotion,
  commit: string,
  context: PromotionContext,
): Promise<WrittenPromotion> {
  const { github } = context;
  const pr = await github.createPullRequest({
    title: promotion.title,
    body: promotion.body,
    head: promotion.branch,
    base: context.defaultBranch,
  });
  if (pr === undefined) {
    // A PR for the branch exists: a lost answer to our own create (GitHub made it, we saw a 5xx and the
    // retry got "already exists"), or a concurrent run. Adopt it and make it whole.
    const adopted = (await github.listOpenPullRequests({ head: promotion.branch }))[0];
    if (adopted === undefined)
      throw new Error(`GitHub says a PR for ${promotion.branch} exists but lists none`);
    const warnings = await completingOpened(adopted, () => mendPullRequest(adopted, promotion, context));
    return { action: 'updated', pullRequest: adopted, headSha: commit, warnings };
  }
  const warnings = await completingOpened(pr, () =>
    labelAndAssign(github, pr.number, {
      labels: promotion.labels,
      assignee: promotion.metadata.originalPrAuthor,
      logger: context.logger,
      sleep: context.sleep,
    }),
  );
  return { action: 'opened', pullRequest: pr, headSha: commit, warnings };
}

/** Runs a step on a PR that is already open; a failure carries the PR, so nobody has to look it up again. */
async function completingOpened<T>(pr: PullRequestInfo, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw new HalfMadePromotionError(pr, error);
  }
}

/**
 * Converges an existing PR on the plan: title, body, labels and assignee are checked against what was read
 * with the PR and mended when an earlier run left them wrong or missing; nothing is called when all match.
 */
async function mendPullRequest(
  pr: PullRequestInfo,
  promotion: Promotion,
  context: PromotionContext,
): Promise<string[]> {
  if (pr.title !== promotion.title || pr.body !== promotion.body) {
    await context.github.updatePullRequest(pr.number, { title: promotion.title, body: promotion.body });
  }
  return mendLabelsAndAssignee(context.github, pr, {
    labels: promotion.labels,
    assignee: promotion.metadata.originalPrAuthor,
    logger: context.logger,
    sleep: context.sleep,
  });
}

async function branchHasContent(
  headSha: string,
  promotion: Promotion,
  context: PromotionContext,
): Promise<boolean> {
  if (context.localGit !== undefined && !(await context.localGit.hasCommit(headSha))) {
    await context.localGit.fetch([headSha]);
  }
  const tree = await context.snapshot.readTree(headSha);
  return promotion.syncPaths.every((sync) => syncApplied(sync, tree, context.sourceTree));
}

function syncApplied(sync: Promotion['syncPaths'][number], tree: FlatTree, sourceTree: FlatTree): boolean {
  if (sync.deleted) return filesUnder(tree, sync.target).length === 0;
  return tree.get(sync.target)?.sha === sourceTree.get(sync.source)?.sha;
}
