import { createTreeLookup } from './create-tree-lookup.js';
import { sortByCodePoint } from './sort-by-code-point.js';
import { sourceFolderMatcher } from './source-folder-matcher.js';
import type { TreeIndex } from './types.js';

/** A component's own configuration file, in its folder. */
const COMPONENT_CONFIG = '/telefonistka.yaml';

/**
 * The component folders (as `findFlowComponents` finds them for any flow) that hold a `telefonistka.yaml`,
 * sorted: found from the configuration files in the tree, so a repository of thousands of components with a
 * handful of configs costs a handful of checks, not a listing of every component of every flow.
 */
export function listComponentConfigFolders(
  tree: TreeIndex,
  flows: readonly { sourcePath: string; componentPathExtraDepth: number }[],
): string[] {
  const matchers = flows.map((flow) => ({
    source: sourceFolderMatcher(flow.sourcePath),
    depth: 1 + Math.max(0, Math.trunc(flow.componentPathExtraDepth)),
  }));
  const lookup = createTreeLookup(tree);
  const found: string[] = [];
  for (const path of lookup.blobPathsEndingWith(COMPONENT_CONFIG)) {
    const folder = path.slice(0, -COMPONENT_CONFIG.length);
    if (lookup.treeSha(folder) === undefined) continue;
    const segments = folder.split('/');
    const isComponent = matchers.some(({ source, depth }) => {
      if (segments.length <= depth) return false;
      const sourceFolder = segments.slice(0, -depth).join('/');
      return lookup.treeSha(sourceFolder) !== undefined && source.matches(`${sourceFolder}/`);
    });
    if (isComponent) found.push(folder);
  }
  return sortByCodePoint(found);
}
