import type { NewTreeEntry } from '../../core/tree/tree-entry.js';
import { HOLDS_FILE } from '../../core/holds/parse-holds-file.js';
import type { FolderHistory } from '../../ports/folder-history-port.js';
import type { GitReadPort } from '../../ports/git-read-port.js';
import type { GitWritePort } from '../../ports/git-write-port.js';
import type { LabelPort } from '../../ports/label-port.js';
import type { Logger } from '../../ports/logger.js';
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
 * The root tree of the rollback commit. GitHub is reported both to replace and to merge an existing folder given
 * as one `040000` entry (see build-sync-entries.ts), so an existing folder is first removed, then the old tree set
 * on the result: exact under either reading, no blob uploaded, two tree calls.
 */
async function restoreTree(input: RollbackPrInput, deps: RollbackPrDeps): Promise<string> {
  const { history, folder } = input;
  const previous = history.lastChange?.previousTree;
  const first: NewTreeEntry[] = [];
  if (input.holds.after !== input.holds.before)
    first.push({ path: HOLDS_FILE, mode: '100644', type: 'blob', content: input.holds.after });
  if (history.currentTree !== undefined)
    first.push({ path: folder, mode: '040000', type: 'tree', sha: null });
  const cleared =
    first.length === 0 ? history.headTree : await deps.github.createTree(history.headTree, first);
  if (previous === undefined) return cleared;
  return deps.github.createTree(cleared, [{ path: folder, mode: '040000', type: 'tree', sha: previous }]);
}
