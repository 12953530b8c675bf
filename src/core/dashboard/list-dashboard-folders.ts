import { createTreeLookup } from '../drift/create-tree-lookup.js';
import type { DriftMapInput } from '../drift/drift-map-types.js';
import { findFlowComponents } from '../drift/find-flow-components.js';
import type { TreeIndex } from '../drift/types.js';
import { sortByCodePoint } from '../drift/sort-by-code-point.js';

/**
 * Every folder the dashboard shows (each flow's components and their target folders), sorted: the folders the
 * drift map names, known from the tree alone, so the reads they need (version files, last changes) can start
 * before the drift map is built. Flows sharing a sourcePath take the first one's componentPathExtraDepth, as the
 * drift map's tables do.
 */
export function listDashboardFolders(tree: TreeIndex, flows: DriftMapInput['flows']): string[] {
  const lookup = createTreeLookup(tree);
  const depths = new Map<string, number>();
  for (const flow of flows)
    if (!depths.has(flow.sourcePath)) depths.set(flow.sourcePath, flow.componentPathExtraDepth);
  const folders = new Set<string>();
  for (const flow of flows) {
    const depth = depths.get(flow.sourcePath)!;
    for (const component of findFlowComponents(lookup, {
      sourcePath: flow.sourcePath,
      componentPathExtraDepth: depth,
    })) {
      folders.add(component.folder);
      for (const pr of flow.promotionPrs)
        for (const target of pr.targetPaths) folders.add(`${target}${component.component}`);
    }
  }
  return sortByCodePoint([...folders]);
}
