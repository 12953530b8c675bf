import { sourceFolderMatcher } from './source-folder-matcher.js';
import type { TreeLookup } from './create-tree-lookup.js';
import { sortByCodePoint } from './sort-by-code-point.js';

/** A component folder found under a concrete source folder of a flow. */
export interface FlowComponent {
  /** `<concrete source folder><component>`, no trailing slash. */
  folder: string;
  /** The concrete source folder, ending with `/`. */
  sourceFolder: string;
  component: string;
}

/**
 * The components of a flow in a tree: every folder matching the whole sourcePath (RE2, as the Go bot
 * concatenates `sourcePath + component`) is a concrete source folder, and its sub-folders
 * `1 + componentPathExtraDepth` levels down are components. Files directly in a source folder are not
 * components (a Go bot bug we do not copy). Sorted by folder.
 */
export function findFlowComponents(
  lookup: TreeLookup,
  flow: { sourcePath: string; componentPathExtraDepth: number },
): FlowComponent[] {
  const source = sourceFolderMatcher(flow.sourcePath);
  const depth = 1 + Math.max(0, Math.trunc(flow.componentPathExtraDepth));
  const found: FlowComponent[] = [];
  // `folder/` starts with the prefix only if `folder` starts with it less a trailing slash.
  for (const folder of lookup.foldersStartingWith(source.prefix.replace(/\/$/, ''))) {
    const sourceFolder = `${folder}/`;
    if (!source.matches(sourceFolder)) continue;
    for (const component of descendants(lookup, folder, depth)) {
      found.push({ folder: `${sourceFolder}${component}`, sourceFolder, component });
    }
  }
  return sortByCodePoint(found, (component) => component.folder);
}

function descendants(lookup: TreeLookup, folder: string, depth: number): string[] {
  let level = lookup.subfolders(folder).map((name) => name);
  for (let d = 1; d < depth; d++) {
    level = level.flatMap((relative) =>
      lookup.subfolders(`${folder}/${relative}`).map((name) => `${relative}/${name}`),
    );
  }
  return level;
}
