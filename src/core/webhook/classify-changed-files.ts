import type { ChangedPath, FileChanges } from './types.js';
import { compareStrings } from '../promotion/compare-strings.js';

/**
 * Sorts changed files into GitHub's push-payload lists: a rename is the old path removed and the new one
 * added (as GitHub reports renames in push payloads), a copy is an addition, a type change a modification;
 * each list is sorted and de-duplicated.
 */
export function classifyChangedFiles(files: readonly ChangedPath[]): FileChanges {
  const added = new Set<string>();
  const modified = new Set<string>();
  const removed = new Set<string>();
  for (const file of files) {
    if (file.status === 'added' || file.status === 'copied') added.add(file.path);
    else if (file.status === 'removed') removed.add(file.path);
    else if (file.status === 'renamed') {
      added.add(file.path);
      if (file.previousPath !== undefined) removed.add(file.previousPath);
    } else if (file.status !== 'unchanged') modified.add(file.path);
  }
  return { added: sortPaths(added), modified: sortPaths(modified), removed: sortPaths(removed) };
}

/** Paths sorted by code point (Go's byte order), so output never depends on the locale. */
export function sortPaths(paths: Iterable<string>): string[] {
  return [...paths].sort(compareStrings);
}
