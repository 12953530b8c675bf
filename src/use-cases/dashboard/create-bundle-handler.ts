import { buildBundlePromotion } from '../../core/bundle/build-bundle-promotion.js';
import { planBundle } from '../../core/bundle/plan-bundle.js';
import type {
  DashboardAction,
  DashboardActionContext,
  DashboardActionHandler,
  DashboardActionOutcome,
} from '../../core/dashboard/dashboard-action.js';
import type { DashboardHold } from '../../core/dashboard/dashboard-types.js';
import { PROMOTION_LABEL } from '../../core/promotion/plan-promotions.js';
import type { Promotion } from '../../core/promotion/types.js';
import type { LocalGitPort } from '../../ports/local-git-port.js';
import type { Logger } from '../../ports/logger.js';
import type { RepoHistoryPort } from '../../ports/repo-history-port.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';
import { listOwnPromotionPrs } from '../promote/list-own-promotion-prs.js';
import type { PromoteGitHub, PromotionContext } from '../promote/promotion-context.js';
import { writeNewestPromotion } from '../promote/write-newest-promotion.js';
import { readHolds } from '../holds/read-holds.js';
import { inPhase } from '../shared/in-phase.js';
import { buildRepositoryDashboard } from './build-repository-dashboard.js';

/** The ports and settings a bundle handler works with (those of a promotion run). */
export interface BundleDeps {
  github: PromoteGitHub;
  /** Reads the default branch head: the checkout when there is one (no API calls), else the API. */
  snapshot: RepoSnapshotPort;
  /** The checkout's history (version files in one batch); undefined without a checkout. */
  history?: RepoHistoryPort | undefined;
  localGit?: LocalGitPort | undefined;
  defaultBranch: string;
  logger: Logger;
  sleep: (ms: number) => Promise<void>;
}

type BundleAction = Extract<DashboardAction, { kind: 'bundle' }>;

/**
 * The dashboard's *promote everything pending* checkbox: every component that differs from its upstream in the
 * environment (the dashboard's pending cells; allow/block lists respected, held folders left out and listed) synced
 * in ONE commit of tree SHAs on one promotion PR, written by the promote flow's writer: same labels and metadata,
 * an older bundle or promotion PR into the same folders superseded, the same content again `unchanged`. The PR is
 * left for review (no auto-merge: a person asked for a whole environment at once).
 */
export function createBundleHandler(deps: BundleDeps): DashboardActionHandler<'bundle'> {
  // A failure is caught, logged and reported as `failed` by handleDashboardEdit, like every handler's.
  return (action, context) => bundle(action, context, deps);
}

async function bundle(
  action: BundleAction,
  context: DashboardActionContext,
  deps: BundleDeps,
): Promise<DashboardActionOutcome> {
  const phase = (what: string) => ({ flow: 'bundle', phase: `${what} ${action.environment}` });
  const head = await inPhase(phase('reading the default branch for'), () => readHead(deps));
  const holds = await inPhase(phase('reading the holds for'), () => holdsAt(head, deps));
  const built = await inPhase(phase('building the dashboard for'), () =>
    buildRepositoryDashboard(
      { commit: head, today: context.now.toISOString().slice(0, 10), holds },
      { snapshot: deps.snapshot, history: deps.history, logger: deps.logger },
    ),
  );
  const plan = planBundle(built.dashboard, action.environment);
  if (plan.kind === 'unknown-environment')
    return {
      action,
      outcome: 'refused',
      message:
        `${JSON.stringify(action.environment)} is not an environment of the dashboard; ` +
        `pick one of ${plan.environments.join(', ')}`,
    };
  const heldNote = plan.held.length === 0 ? '' : ` (${plan.held.length} held left out)`;
  if (plan.syncs.length === 0)
    return { action, outcome: 'unchanged', message: `nothing is pending in ${plan.environment}${heldNote}` };
  const promotion = buildBundlePromotion({
    environment: plan.environment,
    syncs: plan.syncs,
    held: plan.held,
    actor: context.actor,
    sourceCommit: head,
    labels: [PROMOTION_LABEL, ...built.config.promotionPrLabels],
  });
  const promotionContext = await inPhase(phase('reading the open promotion PRs for'), () =>
    bundleContext(head, built.config.promotionPrAuthors, deps),
  );
  const newest = await inPhase(phase('writing the bundle PR for'), () =>
    writeNewestPromotion(promotion, built.config.supersede, promotionContext),
  );
  return outcomeOf(action, promotion, newest, heldNote);
}

/** The default-branch head: `git ls-remote` from a checkout (no API call), fetched when missing; else the API. */
async function readHead(deps: BundleDeps): Promise<string> {
  const git = deps.localGit;
  const head =
    (await git?.remoteBranchSha(deps.defaultBranch)) ?? (await deps.github.getBranchSha(deps.defaultBranch));
  if (head === undefined) throw new Error(`the default branch ${deps.defaultBranch} does not exist`);
  if (git !== undefined && !(await git.hasCommit(head))) await git.fetch([head]);
  return head;
}

/** The holds in force at `head`; a broken holds file fails the bundle at its file:line:col (nothing is written). */
async function holdsAt(head: string, deps: BundleDeps): Promise<DashboardHold[]> {
  const read = await readHolds(deps.snapshot, head);
  for (const warning of read.warnings) deps.logger.warning(warning);
  return [...read.holds.values()];
}

async function bundleContext(
  head: string,
  promotionPrAuthors: readonly string[],
  deps: BundleDeps,
): Promise<PromotionContext> {
  const tree = await deps.snapshot.readTree(head);
  const treeSha = (await deps.localGit?.treeOf(head)) ?? (await deps.github.getCommit(head)).treeSha;
  const openPromotionPrs = await listOwnPromotionPrs(deps.defaultBranch, {
    promotionPrAuthors,
    github: deps.github,
    logger: deps.logger,
  });
  return {
    github: deps.github,
    approver: undefined,
    snapshot: deps.snapshot,
    localGit: deps.localGit,
    logger: deps.logger,
    sleep: deps.sleep,
    defaultBranch: deps.defaultBranch,
    sourceCommit: head,
    baseHead: head,
    baseTreeSha: treeSha,
    baseTree: tree,
    sourceTree: tree,
    openPromotionPrs,
    promotionPrAuthors,
  };
}

function outcomeOf(
  action: BundleAction,
  promotion: Promotion,
  newest: Awaited<ReturnType<typeof writeNewestPromotion>>,
  heldNote: string,
): DashboardActionOutcome {
  const pr = newest.pullRequest;
  const pull = pr === undefined ? undefined : { number: pr.number, url: pr.url };
  const count = `${promotion.syncPaths.length} component${promotion.syncPaths.length === 1 ? '' : 's'}`;
  const written = newest.written;
  if (written === undefined || pull === undefined)
    return {
      action,
      outcome: 'unchanged',
      message: `newer promotion PRs (${newest.supersededBy.map((n) => `#${n}`).join(', ')}) already hold this content`,
      pull,
    };
  const superseded =
    newest.superseded.length === 0 ? '' : `; superseded ${newest.superseded.map((n) => `#${n}`).join(', ')}`;
  if (written.action === 'unchanged' || written.action === 'up-to-date')
    return {
      action,
      outcome: 'unchanged',
      message: `bundle #${pull.number} already holds ${count}${heldNote}`,
      pull,
    };
  return {
    action,
    outcome: 'done',
    message: `bundle #${pull.number} ${written.action === 'opened' ? 'opened' : 'updated'}: ${count} into ${action.environment}${heldNote}${superseded}`,
    pull,
  };
}
