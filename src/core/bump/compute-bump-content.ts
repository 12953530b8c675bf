import { applyBumpEdits } from './apply-bump-edits.js';
import { BumpEditError } from './bump-edit-error.js';
import type { BumpEdit } from './bump-edit.js';
import { unifiedDiff } from '../drift/unified-diff.js';
import type { NewTreeEntry } from '../tree/tree-entry.js';
import type { FileAtCommit } from './file-at-commit.js';
import type { BumpedFile } from './bump-result.js';

/** A changed file: its new text and the mode of its tree entry. */
export interface FileChange {
  path: string;
  before: string | undefined;
  after: string;
  mode: NewTreeEntry['mode'];
}

/** The content a bump produces from the files on the default branch. */
export interface BumpContent {
  /** Final text of every file an edit touched (also when it did not change). */
  desired: Map<string, string>;
  changes: FileChange[];
  files: BumpedFile[];
}

/**
 * Applies the edits to the default branch's files. Regex and YAML edits need an existing text file;
 * symlinks and submodules are refused. Failures are BumpEditErrors that name the file and the edit.
 */
export function computeBumpContent(
  edits: readonly BumpEdit[],
  base: ReadonlyMap<string, FileAtCommit>,
  defaultBranch: string,
): BumpContent {
  const texts = new Map<string, string | undefined>();
  for (const edit of edits) {
    const file = base.get(edit.file);
    if (file?.mode === '120000' || file?.mode === '160000') {
      const kind = file.mode === '120000' ? 'symlink' : 'submodule';
      throw new BumpEditError(`${edit.file} is a ${kind} on ${defaultBranch}; bump the file it points to`);
    }
    if (file?.binary === true && edit.mode !== 'overwrite') {
      throw new BumpEditError(
        `${edit.file} is a binary file on ${defaultBranch}; only mode overwrite can change it`,
      );
    }
    texts.set(edit.file, file?.text);
  }
  let desired: Map<string, string>;
  try {
    desired = applyBumpEdits(texts, edits);
  } catch (error) {
    if (error instanceof BumpEditError) {
      throw new BumpEditError(error.message.replace('on the default branch', `on ${defaultBranch}`));
    }
    throw error;
  }
  const changes: FileChange[] = [];
  for (const [path, after] of desired) {
    const before = texts.get(path);
    if (before === after) continue;
    const mode = base.get(path)?.mode === '100755' ? '100755' : '100644';
    changes.push({ path, before, after, mode });
  }
  const files = changes.map((change) => ({
    path: change.path,
    created: change.before === undefined,
    diff: unifiedDiff(
      { old: change.before === undefined ? '/dev/null' : `a/${change.path}`, new: `b/${change.path}` },
      { old: change.before ?? '', new: change.after },
    ),
  }));
  return { desired, changes, files };
}
