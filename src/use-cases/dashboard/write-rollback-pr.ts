import { buildSyncEntries, type FlatTree } from '../../core/tree/build-sync-entries.js';
import type { NewTreeEntry, TreeEntryInfo } from '../../core/tree/tree-entry.js';
import { HOLDS_FILE } from '../../core/holds/parse-holds-file.js';
import type { FolderHistory } from '../../ports/folder-history-port.js';
import type { GitReadPort } from '../../ports/git-read-port.js';
import type { GitWritePort } from '../../ports/git-write-port.js';
import type { LabelPort } from '../../ports/label-port.js';
import type { LocalGitPort } from '../../ports/local-git-port.js';
import type { Logger } from '../../ports/logger.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';
import type { PullRequestPort } from '../../ports/pull-request-port.js';
import { labelAndAssign } from '../shared/label-and-assign.js';

/** What the rollback PR is made of. */
export interface RollbackPrInput {
  folder: string;
  branch: string;
  body: string;
  history: FolderHistory;
  /** The holds file at the head and with the hold (written only when they differ). */
  holds: { before: string; after: string };
  assignee: string;
  labels: string[];
}

/** What writing the rollback PR uses. */
export interface RollbackPrDeps {
  github: GitReadPort & GitWritePort & PullRequestPort & LabelPort;
  snapshot: RepoSnapshotPort;
  localGit?: LocalGitPort | undefined;
  defaultBranch: string;
  logger: Logger;
  sleep: (ms: number) => Promise<void>;
}

/**
 * One commit on the default branch head that gives the folder exactly the tree it had before its last change
 * (or removes it) and writes the holds file, a new branch at it, the PR, its label and assignee. `branch-taken`
 * when the branch already exists (nothing written). A PR GitHub refuses leaves no branch behind.
 */
export async function writeRollbackPr(
  input: RollbackPrInput,
  deps: RollbackPrDeps,
): Promise<{ number: number; url: string } | 'branch-taken'> {
  const { github } = deps;
  const tree = await restoreTree(input, deps);
  // No author or committer: GitHub signs the commit for bot identities ("Verified").
  const commit = await github.createCommit({
    message: `Roll back ${input.folder} to its content before ${input.history.lastChange?.commit.slice(0, 7) ?? '?'}`,
    tree,
    parents: [input.history.head],
  });
  if ((await github.createBranch(input.branch, commit)) !== 'written') return 'branch-taken';
  let pr;
  try {
    pr = await github.createPullRequest({
      title: `⏪ Rollback: ${input.folder}`,
      body: input.body,
      head: input.branch,
      base: deps.defaultBranch,
    });
  } catch (error) {
    await github.deleteBranch(input.branch);
    throw error;
  }
  if (pr === undefined)
    throw new Error(`GitHub says a PR for ${input.branch} exists but none was listed open`);
  const warnings = await labelAndAssign(github, pr.number, {
    labels: input.labels,
    assignee: input.assignee,
    logger: deps.logger,
    sleep: deps.sleep,
  });
  for (const warning of warnings) deps.logger.warning(warning);
  return { number: pr.number, url: pr.url };
}

/**
 * The root tree of the rollback commit, in one tree call. The folder's files now and before come from
 * `buildSyncEntries`, the promote writer's rule: one `040000` entry with the old tree SHA when the folder has no file
 * the old tree lacks (replace and merge readings of GitHub agree then), else per-file entries by blob SHA and
 * per-file deletions; a folder the last change created is removed file by file. No blob is uploaded.
 */
async function restoreTree(input: RollbackPrInput, deps: RollbackPrDeps): Promise<string> {
  const { history, folder } = input;
  const change = history.lastChange;
  const previous = change?.previousTree;
  const source =
    previous === undefined ? new Map() : await folderTree(folder, previous, change?.parent, deps);
  const target =
    history.currentTree === undefined
      ? new Map()
      : await folderTree(folder, history.currentTree, history.head, deps);
  const sync = buildSyncEntries(
    { source: folder, target: folder, deleted: previous === undefined },
    source,
    target,
  );
  const entries: NewTreeEntry[] = [...sync.entries];
  if (input.holds.after !== input.holds.before)
    entries.push({ path: HOLDS_FILE, mode: '100644', type: 'blob', content: input.holds.after });
  deps.logger.info(`Rollback of ${folder}: ${sync.strategy}, ${entries.length} tree entries`);
  return deps.github.createTree(history.headTree, entries);
}

/**
 * The folder (tree `treeSha` at `commit`) and everything below it, keyed by repository path: from the checkout when
 * it has the commit (no call), else one recursive read of the folder's tree alone.
 */
async function folderTree(
  folder: string,
  treeSha: string,
  commit: string | undefined,
  deps: RollbackPrDeps,
): Promise<FlatTree> {
  if (
    deps.snapshot.source === 'local' &&
    commit !== undefined &&
    (await deps.localGit?.hasCommit(commit)) === true
  ) {
    const whole = await deps.snapshot.readTree(commit);
    if (whole.get(folder)?.sha === treeSha) return whole;
  }
  const { entries, truncated } = await deps.github.getTree(treeSha, { recursive: true });
  if (truncated)
    throw new Error(
      `${folder} has more entries than GitHub returns in one tree read; ` +
        'add an actions/checkout step with fetch-depth: 0 so the checkout is read instead',
    );
  const flat = new Map<string, TreeEntryInfo>([
    [folder, { path: folder, mode: '040000', type: 'tree', sha: treeSha }],
  ]);
  for (const entry of entries)
    flat.set(`${folder}/${entry.path}`, { ...entry, path: `${folder}/${entry.path}` });
  return flat;
}
