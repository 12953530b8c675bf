import type {
  DashboardAction,
  DashboardActionContext,
  DashboardActionOutcome,
} from '../../core/dashboard/dashboard-action.js';
import { ConfigError } from '../../core/errors/config-error.js';
import { errorMessage } from '../../core/errors/error-message.js';
import { addHold } from '../../core/holds/add-hold.js';
import { describeHold } from '../../core/holds/describe-hold.js';
import type { Hold } from '../../core/holds/hold.js';
import { holdBranchName, type HoldChangeKind } from '../../core/holds/hold-branch-name.js';
import { normalizeHoldFolder } from '../../core/holds/normalize-hold-folder.js';
import { HOLDS_FILE, parseHoldsFile } from '../../core/holds/parse-holds-file.js';
import { removeHold } from '../../core/holds/remove-hold.js';
import { HOLD_LABEL, renderHoldPullRequest } from '../../core/holds/render-hold-pull-request.js';
import { matchesLogin } from '../../core/identity/matches-login.js';
import type { PullRequestInfo } from '../../ports/pull-request-port.js';
import { labelAndAssign } from '../shared/label-and-assign.js';
import { applyMergePolicy } from '../shared/merge-policy.js';
import type { HoldsDeps } from './holds-deps.js';

type HoldAction = Extract<DashboardAction, { kind: HoldChangeKind }>;

/** The default branch as read for one change: head, its tree and the holds file's text. */
interface HoldsBase {
  head: string;
  treeSha: string;
  text: string;
  holds: Hold[];
}

/**
 * A hold or release as a PR by this tool's identity changing the holds file in one commit, labelled, merged at
 * once through the merge policy when the repository allows, else left open and said so. Idempotent: a folder
 * already in the wanted state, or an open PR of the same kind for it, is `unchanged`; an open PR of the other
 * kind is closed (superseded). Nothing here throws: failures are a `failed` outcome with the reason.
 */
export async function proposeHoldsChange(
  action: HoldAction,
  context: DashboardActionContext,
  deps: HoldsDeps,
): Promise<DashboardActionOutcome> {
  const outcome = (result: DashboardActionOutcome['outcome'], message: string, pull?: PullRequestInfo) => ({
    action,
    outcome: result,
    message,
    ...(pull === undefined ? {} : { pull: { number: pull.number, url: pull.url } }),
  });
  const normalized = normalizeHoldFolder(action.folder);
  if (!normalized.ok)
    return outcome(
      'refused',
      `${JSON.stringify(action.folder)} cannot be held: the folder ${normalized.reason}`,
    );
  const folder = normalized.folder;
  try {
    const base = await readBase(deps);
    const pulls = await ownHoldPulls(folder, deps);
    if (pulls.foreign !== undefined) {
      const { number, author, headRef } = pulls.foreign;
      return outcome(
        'refused',
        `#${number} by ${author || 'a deleted account'} uses the branch ${headRef} that this tool writes holds on; close it and delete the branch, then tick the box again`,
      );
    }
    const same = pulls[action.kind];
    if (same !== undefined)
      return outcome('unchanged', `${describe(action.kind, folder)}: #${same.number} is open already`, same);
    const other = pulls[action.kind === 'hold' ? 'release' : 'hold'];
    if (other !== undefined) await supersede(other, deps);
    const held = base.holds.find((hold) => hold.folder === folder);
    if ((action.kind === 'hold') === (held !== undefined)) {
      const state = held === undefined ? 'is not held' : `is ${describeHold(held)} already`;
      if (other !== undefined) return outcome('done', `${folder} ${state}; #${other.number} closed`, other);
      return outcome('unchanged', `${folder} ${state}`);
    }
    const hold: Hold = held ?? {
      folder,
      reason: `held from the dashboard by @${context.actor}`,
      by: context.actor,
      since: '',
    };
    const asked = { ...hold, by: context.actor, since: context.now.toISOString() };
    const text = action.kind === 'hold' ? addHold(base.text, asked) : removeHold(base.text, folder);
    return await openAndMerge(action.kind, asked, text, base, deps, outcome);
  } catch (error) {
    if (error instanceof ConfigError) {
      return outcome(
        'refused',
        `${HOLDS_FILE} on ${deps.defaultBranch} is invalid; fix it first: ${error.message}`,
      );
    }
    deps.logger.error(`${describe(action.kind, folder)}: ${errorMessage(error)}`);
    return outcome('failed', `${describe(action.kind, folder)} failed: ${errorMessage(error)}`);
  }
}

async function readBase(deps: HoldsDeps): Promise<HoldsBase> {
  const { github, defaultBranch } = deps;
  const head = await github.getBranchSha(defaultBranch);
  if (head === undefined) throw new Error(`the default branch ${defaultBranch} does not exist`);
  const [commit, text] = await Promise.all([github.getCommit(head), github.getFileText(head, HOLDS_FILE)]);
  const holds = parseHoldsFile(text ?? '').config;
  return { head, treeSha: commit.treeSha, text: text ?? '', holds };
}

/** The open PRs on a folder's hold and release branches: ours by kind, and one someone else opened there. */
type OwnHoldPulls = Partial<Record<HoldChangeKind | 'foreign', PullRequestInfo>>;

/**
 * Open hold and release PRs of the folder, found by branch name, counted only when this tool opened them. Someone
 * else's PR blocks only when its head is the branch in this repository: a fork's branch of the same name (anyone
 * can open one) is not the branch this tool writes, and must not stop a hold.
 */
async function ownHoldPulls(folder: string, deps: HoldsDeps): Promise<OwnHoldPulls> {
  const branches = { hold: holdBranchName('hold', folder), release: holdBranchName('release', folder) };
  const open = await deps.github.listOpenPullRequests({ base: deps.defaultBranch });
  const candidates = open.filter((pr) => pr.headRef === branches.hold || pr.headRef === branches.release);
  if (candidates.length === 0) return {};
  const viewer = await deps.github.getViewerLogin();
  const found: OwnHoldPulls = {};
  for (const pr of candidates) {
    if (matchesLogin(pr.author, viewer)) found[pr.headRef === branches.hold ? 'hold' : 'release'] = pr;
    else if ((await deps.github.getBranchSha(pr.headRef)) === pr.headSha) found.foreign = pr;
  }
  return found;
}

/** A hold PR and a release PR of one folder cancel out: the newer request closes the other PR. */
async function supersede(pr: PullRequestInfo, deps: HoldsDeps): Promise<void> {
  await deps.github.updatePullRequest(pr.number, { state: 'closed' });
  await deps.github.deleteBranch(pr.headRef);
  deps.logger.info(`#${pr.number} closed: a newer request for the same folder supersedes it`);
}

async function openAndMerge(
  kind: HoldChangeKind,
  hold: Hold,
  text: string,
  base: HoldsBase,
  deps: HoldsDeps,
  outcome: (
    result: DashboardActionOutcome['outcome'],
    message: string,
    pull?: PullRequestInfo,
  ) => DashboardActionOutcome,
): Promise<DashboardActionOutcome> {
  const { github, logger } = deps;
  const rendered = renderHoldPullRequest(kind, hold, { source: deps.source ?? 'on the promotion dashboard' });
  const branch = holdBranchName(kind, hold.folder);
  const tree = await github.createTree(base.treeSha, [
    { path: HOLDS_FILE, mode: '100644', type: 'blob', content: text },
  ]);
  const commit = await github.createCommit({ message: rendered.title, tree, parents: [base.head] });
  await pointBranch(branch, commit, deps);
  const pr = await github.createPullRequest({
    title: rendered.title,
    body: rendered.body,
    head: branch,
    base: deps.defaultBranch,
  });
  if (pr === undefined)
    throw new Error(`GitHub says a PR for ${branch} exists although none was listed; tick the box again`);
  const warnings = await labelAndAssign(github, pr.number, {
    labels: [HOLD_LABEL],
    assignee: assignable(hold.by),
    logger,
    sleep: deps.sleep,
  });
  for (const warning of warnings) logger.warning(warning);
  const decision = await applyMergePolicy(
    {
      number: pr.number,
      nodeId: pr.nodeId,
      headSha: commit,
      mode: 'direct',
      method: deps.mergeMethod,
      settings: deps.repositorySettings,
      commitTitle: `${rendered.commitTitle} (#${pr.number})`,
    },
    deps,
  );
  const what = describe(kind, hold.folder);
  if (decision.result !== 'merged') {
    const reason =
      decision.result === 'left-open' ? decision.reason : `#${pr.number} waits for GitHub's auto-merge`;
    return outcome('done', `${what}: #${pr.number} opened; it takes effect once merged (${reason})`, pr);
  }
  await github.deleteBranch(branch);
  return outcome('done', `${what}: #${pr.number} merged`, pr);
}

/** Creates the branch, or moves a stale one left by an earlier closed PR to the new commit. */
async function pointBranch(branch: string, commit: string, deps: HoldsDeps): Promise<void> {
  if ((await deps.github.createBranch(branch, commit)) === 'written') return;
  const current = await deps.github.getBranchSha(branch);
  if (current === undefined) throw new Error(`branch ${branch} exists and vanished; tick the box again`);
  if ((await deps.github.replaceBranch(branch, { from: current, to: commit })) === 'conflict') {
    throw new Error(`branch ${branch} was moved by someone else meanwhile; tick the box again`);
  }
}

function describe(kind: HoldChangeKind, folder: string): string {
  return kind === 'hold' ? `hold ${folder}` : `release ${folder}`;
}

/** GitHub never accepts a bot as assignee. */
function assignable(login: string): string {
  return login.endsWith('[bot]') ? '' : login;
}
