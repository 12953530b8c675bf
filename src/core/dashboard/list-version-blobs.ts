import { createTreeLookup } from '../drift/create-tree-lookup.js';
import type { DriftMap } from '../drift/drift-map-types.js';
import type { TreeIndex } from '../drift/types.js';
import type { DashboardVersionSource } from './dashboard-types.js';

/**
 * Phase 1 of the dashboard: the blobs holding versions (each configured version file of every component
 * folder the drift map names, or of `folders` when given: `listDashboardFolders`), each once, sorted by SHA.
 * Empty when no version path is configured.
 */
export function listVersionBlobs(
  input: { tree: TreeIndex; versionSources: readonly DashboardVersionSource[] } & (
    { driftMap: DriftMap } | { folders: readonly string[] }
  ),
): { sha: string; path: string }[] {
  const { tree, versionSources: sources } = input;
  if (sources.length === 0) return [];
  const lookup = createTreeLookup(tree);
  const wanted = new Map<string, string>();
  for (const folder of 'folders' in input ? input.folders : mappedFolders(input.driftMap)) {
    for (const source of sources) {
      const sha = lookup.fileSha(folder, source.file);
      if (sha !== undefined && !wanted.has(sha)) wanted.set(sha, `${folder}/${source.file}`);
    }
  }
  return [...wanted.entries()]
    .map(([sha, path]) => ({ sha, path }))
    .sort((a, b) => (a.sha < b.sha ? -1 : a.sha > b.sha ? 1 : 0));
}

/** Every component folder the drift map names: sources and targets. */
function mappedFolders(map: DriftMap): Set<string> {
  const folders = new Set<string>();
  for (const table of map.tables)
    for (const row of table.rows) {
      folders.add(row.source);
      for (const cell of row.cells) folders.add(cell.target);
    }
  return folders;
}
