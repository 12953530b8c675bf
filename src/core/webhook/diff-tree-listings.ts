import type { FileChanges } from './types.js';
import { compareStrings } from '../promotion/compare-strings.js';

/** One entry of a recursive tree listing (blobs and submodule commits count; trees are skipped). */
export interface TreeListingEntry {
  type: string;
  mode: string;
  sha: string;
}

/**
 * The files that differ between two recursive tree listings (before -> after): a new path is added, a path
 * whose blob or mode changed is modified, a path gone is removed. Exact and without GitHub's 300-file
 * compare cap; renames show as a removal plus an addition, as in push payloads.
 */
export function diffTreeListings(
  before: ReadonlyMap<string, TreeListingEntry>,
  after: ReadonlyMap<string, TreeListingEntry>,
): FileChanges {
  const added: string[] = [];
  const modified: string[] = [];
  const removed: string[] = [];
  for (const [path, entry] of after) {
    if (entry.type === 'tree') continue;
    const previous = before.get(path);
    if (previous === undefined || previous.type === 'tree') added.push(path);
    else if (previous.sha !== entry.sha || previous.mode !== entry.mode) modified.push(path);
  }
  for (const [path, entry] of before) {
    if (entry.type === 'tree') continue;
    const next = after.get(path);
    if (next === undefined || next.type === 'tree') removed.push(path);
  }
  return {
    added: added.sort(compareStrings),
    modified: modified.sort(compareStrings),
    removed: removed.sort(compareStrings),
  };
}
