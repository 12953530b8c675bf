import { sortPaths } from './classify-changed-files.js';
import type { FileChanges } from './types.js';

/** Every path of one or more change sets, once, sorted. */
export function changedPaths(...changes: readonly FileChanges[]): string[] {
  const paths = new Set<string>();
  for (const change of changes) {
    for (const path of [...change.added, ...change.modified, ...change.removed]) paths.add(path);
  }
  return sortPaths(paths);
}
