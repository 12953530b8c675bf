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
): readonly FlowComponent[] {
  const depth = 1 + Math.max(0, Math.trunc(flow.componentPathExtraDepth));
  // The dashboard lists the folders it reads before the drift map lays out the same flows: list once per tree.
  let known = found.get(lookup);
  if (known === undefined) {
    known = new Map();
    found.set(lookup, known);
  }
  const key = `${depth} ${flow.sourcePath}`;
  let components = known.get(key);
  if (components === undefined) {
    components = listComponents(lookup, flow.sourcePath, depth);
    known.set(key, components);
  }
  return components;
}

const found = new WeakMap<TreeLookup, Map<string, readonly FlowComponent[]>>();

function listComponents(lookup: TreeLookup, sourcePath: string, depth: number): readonly FlowComponent[] {
  const source = sourceFolderMatcher(sourcePath);
  const components: FlowComponent[] = [];
  // `folder/` starts with the prefix only if `folder` starts with it less a trailing slash.
  for (const folder of lookup.foldersStartingWith(source.prefix.replace(/\/$/, ''))) {
    const sourceFolder = `${folder}/`;
    if (!source.matches(sourceFolder)) continue;
    for (const component of descendants(lookup, folder, depth)) {
      components.push({ folder: `${sourceFolder}${component}`, sourceFolder, component });
    }
  }
  return Object.freeze(sortByCodePoint(components, (component) => component.folder));
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
