import type {
  DashboardAction,
  DashboardActionContext,
  DashboardActionHandler,
  DashboardActionOutcome,
} from '../../core/dashboard/dashboard-action.js';
import type { RepoConfig } from '../../core/config/types.js';
import { readVersion } from '../../core/dashboard/read-version.js';
import { parsePromotionMetadata } from '../../core/promotion/parse-promotion-metadata.js';
import { addHold } from '../../core/holds/add-hold.js';
import { HOLDS_FILE } from '../../core/holds/parse-holds-file.js';
import { normalizeHoldFolder } from '../../core/holds/normalize-hold-folder.js';
import { ROLLBACK_BRANCH_PREFIX, rollbackBranchName } from '../../core/rollback/rollback-branch-name.js';
import { renderRollbackBody, ROLLBACK_LABEL } from '../../core/rollback/render-rollback-body.js';
import type { FolderChange, FolderHistory, FolderHistoryPort } from '../../ports/folder-history-port.js';
import type { GitReadPort } from '../../ports/git-read-port.js';
import type { GitWritePort } from '../../ports/git-write-port.js';
import type { IdentityPort } from '../../ports/identity-port.js';
import type { LabelPort } from '../../ports/label-port.js';
import type { LocalGitPort } from '../../ports/local-git-port.js';
import type { Logger } from '../../ports/logger.js';
import type { PullRequestPort } from '../../ports/pull-request-port.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';
import { loadRepoConfig } from '../promote/load-repo-config.js';
import { inPhase } from '../shared/in-phase.js';
import { isPromotionPrAuthor } from '../shared/is-promotion-pr-author.js';
import { PROMOTION_BRANCH_PREFIX } from '../shared/read-trusted-promotion-metadata.js';
import { writeRollbackPr } from './write-rollback-pr.js';

/** What a rollback asks of GitHub. */
export interface RollbackGitHub extends GitReadPort, GitWritePort, PullRequestPort, LabelPort, IdentityPort {}

/** The ports and settings a rollback handler works with. */
export interface RollbackDeps {
  github: RollbackGitHub;
  /** The folder's last change (one GraphQL query). */
  folderHistory: FolderHistoryPort;
  /** Reads the default branch head: config, holds file, current version (the checkout, else the API). */
  snapshot: RepoSnapshotPort;
  /** The checkout, to fetch the head when it moved since the checkout; undefined without one. */
  localGit?: LocalGitPort | undefined;
  defaultBranch: string;
  logger: Logger;
  sleep: (ms: number) => Promise<void>;
}

type RollbackAction = Extract<DashboardAction, { kind: 'rollback' }>;

/**
 * The dashboard's *roll back* checkbox: a PR (labelled `telefonistka/rollback`, assigned to whoever ticked) whose
 * one commit sets the folder to exactly its tree before the last change on the default branch (or deletes it
 * when that change created it) and holds the folder in the holds file. Idempotent: an open rollback PR for the
 * folder, or a last change that is itself a merged rollback, is `unchanged`.
 */
export function createRollbackHandler(deps: RollbackDeps): DashboardActionHandler<'rollback'> {
  // A failure is caught, logged and reported as `failed` by handleDashboardEdit, like every handler's.
  return (action, context) => rollBack(action, context, deps);
}

async function rollBack(
  action: RollbackAction,
  context: DashboardActionContext,
  deps: RollbackDeps,
): Promise<DashboardActionOutcome> {
  const checked = normalizeHoldFolder(action.folder);
  if (!checked.ok)
    return refused(action, `cannot roll back ${JSON.stringify(action.folder)}: the folder ${checked.reason}`);
  const folder = checked.folder;
  const phase = (what: string) => ({ flow: 'rollback', phase: `${what} ${folder}` });
  const history = await inPhase(phase('reading the history of'), () =>
    deps.folderHistory.readFolderHistory(deps.defaultBranch, folder),
  );
  if (history === undefined) throw new Error(`the default branch ${deps.defaultBranch} does not exist`);
  const change = history.lastChange;
  if (change === undefined)
    return refused(
      action,
      `no commit on ${deps.defaultBranch} changed ${folder}: there is nothing to roll back`,
    );
  if (change.previousTree === history.currentTree)
    return refused(
      action,
      `${folder} is the same before and after its last change ${change.commit.slice(0, 7)} (a merge?): ` +
        'nothing to roll back; open a PR by hand',
    );
  const config = await inPhase(phase('reading the configuration for'), () => readHead(history, deps));
  const trusted = { promotionPrAuthors: config.promotionPrAuthors, github: deps.github };
  const done = await earlierRollback(change, trusted);
  if (done !== undefined)
    return {
      action,
      outcome: 'unchanged',
      message: `${folder} was last changed by rollback #${done.number}: already rolled back (revert #${done.number} to undo it)`,
      pull: done,
    };
  const branch = rollbackBranchName(folder);
  const { open, promotions } = await inPhase(phase('reading the open PRs into'), () =>
    openWork(folder, branch, trusted, deps),
  );
  if (open !== undefined)
    return {
      action,
      outcome: 'unchanged',
      message: `rollback #${open.number} of ${folder} is already open`,
      pull: open,
    };
  const body = renderRollbackBody({
    folder,
    actor: context.actor,
    change,
    pull: change.pulls.find((pull) => pull.merged) ?? change.pulls[0],
    currentTree: history.currentTree,
    restored: { commit: change.parent ?? '', tree: change.previousTree },
    versions: await inPhase(phase('reading the versions of'), () =>
      readVersions(folder, history, config, deps),
    ),
    holdsFile: HOLDS_FILE,
    openPromotions: promotions,
  });
  const holds = await inPhase(phase('adding the hold of'), () =>
    holdsWithRollback(folder, change, context, history, deps),
  );
  const pull = await inPhase(phase('writing the rollback PR for'), () =>
    writeRollbackPr(
      { folder, branch, body, history, holds, assignee: context.actor, labels: [ROLLBACK_LABEL] },
      deps,
    ),
  );
  if (pull === 'branch-taken')
    return refused(
      action,
      `branch ${branch} exists but no rollback PR of this tool is open for it: delete the branch and tick again`,
    );
  deps.logger.info(`Rollback of ${folder}: #${pull.number} ${pull.url}`);
  return {
    action,
    outcome: 'done',
    message: `#${pull.number} rolls ${folder} back to its content before ${change.commit.slice(0, 7)} and holds it`,
    pull,
  };
}

function refused(action: RollbackAction, message: string): DashboardActionOutcome {
  return { action, outcome: 'refused', message };
}

/** The head as the checkout sees it (fetched when it moved since the checkout), and its configuration. */
async function readHead(history: FolderHistory, deps: RollbackDeps): Promise<RepoConfig> {
  const git = deps.localGit;
  if (git !== undefined && !(await git.hasCommit(history.head))) await git.fetch([history.head]);
  return (await loadRepoConfig(deps.snapshot, history.head)).config;
}

/** The merged rollback PR of this tool that made the last change, when it was one. */
async function earlierRollback(
  change: FolderChange,
  trusted: Parameters<typeof isPromotionPrAuthor>[1],
): Promise<{ number: number; url: string } | undefined> {
  for (const pull of change.pulls) {
    if (!pull.merged || !pull.headRef.startsWith(ROLLBACK_BRANCH_PREFIX)) continue;
    if ((await isPromotionPrAuthor(pull.author, trusted)) === true)
      return { number: pull.number, url: pull.url };
  }
  return undefined;
}

/**
 * From one list of the open PRs: the rollback PR this tool opened from `branch` (a PR anyone else opened from it is
 * not adopted), and this tool's open promotion PRs into the folder, which would overwrite the rollback if merged.
 */
async function openWork(
  folder: string,
  branch: string,
  trusted: Parameters<typeof isPromotionPrAuthor>[1],
  deps: RollbackDeps,
): Promise<{ open: { number: number; url: string } | undefined; promotions: number[] }> {
  let open: { number: number; url: string } | undefined;
  const promotions: number[] = [];
  for (const pr of await deps.github.listOpenPullRequests({ base: deps.defaultBranch })) {
    const ours = pr.headRef === branch;
    const into =
      pr.headRef.startsWith(PROMOTION_BRANCH_PREFIX) &&
      (parsePromotionMetadata(pr.body)?.promotedPaths ?? []).some(
        (path) => path.replace(/\/+$/, '') === folder,
      );
    if (!ours && !into) continue;
    if ((await isPromotionPrAuthor(pr.author, trusted)) !== true) {
      deps.logger.info(
        `#${pr.number} (${pr.headRef}) was opened by ${pr.author}, not by this action: left alone.`,
      );
      continue;
    }
    if (ours) open ??= { number: pr.number, url: pr.url };
    else promotions.push(pr.number);
  }
  return { open, promotions: promotions.sort((a, b) => a - b) };
}

/** Whether the snapshot reads a checkout that has `commit` (a shallow checkout lacks the change's parent). */
async function hasLocally(commit: string, deps: RollbackDeps): Promise<boolean> {
  return deps.snapshot.source === 'local' && (await deps.localGit?.hasCommit(commit)) === true;
}

/** The version now and restored: from the checkout when it has the commit, else through GitHub. */
async function readVersions(
  folder: string,
  history: FolderHistory,
  config: RepoConfig,
  deps: RollbackDeps,
): Promise<{ current: string | undefined; restored: string | undefined }> {
  const parent = history.lastChange?.parent;
  const read = async (at: (path: string) => Promise<string | undefined>) => {
    for (const source of config.dashboard.version) {
      const text = await at(`${folder}/${source.file}`);
      const version = text === undefined ? undefined : readVersion(text, source.path);
      if (version !== undefined) return version;
    }
    return undefined;
  };
  return {
    current:
      history.currentTree === undefined
        ? undefined
        : await read((path) => deps.snapshot.readFile(history.head, path)),
    restored:
      parent === undefined || history.lastChange?.previousTree === undefined
        ? undefined
        : await read(async (path) =>
            (await hasLocally(parent, deps))
              ? deps.snapshot.readFile(parent, path)
              : deps.github.getFileText(parent, path),
          ),
  };
}

/** The holds file at the head with the folder held (the first hold of a folder stands). */
async function holdsWithRollback(
  folder: string,
  change: FolderChange,
  context: DashboardActionContext,
  history: FolderHistory,
  deps: RollbackDeps,
): Promise<{ before: string; after: string }> {
  const before = (await deps.snapshot.readFile(history.head, HOLDS_FILE)) ?? '';
  const after = addHold(before, {
    folder,
    reason: `rolled back to before ${change.commit.slice(0, 7)}`,
    by: context.actor,
    since: context.now.toISOString(),
  });
  return { before, after };
}
