import type { RepoConfig } from '../config/types.js';
import { compareStrings } from './compare-strings.js';
import { createFlowMatcher } from './flow-matcher.js';
import type { PathVerdict } from './flow-matcher.js';
import type { ChangedComponent, ChangedFile } from './types.js';

/** Changed components found in a PR's files, plus the files that were ignored and why. */
export interface ChangedComponents {
  components: ChangedComponent[];
  warnings: string[];
}

/** At most this many ignored files are named one by one; the rest are counted. */
const MAX_IGNORED_FILES_LISTED = 50;

/**
 * Step A of planning: each changed file (both paths of a rename) belongs to the first `promotionPaths[]`
 * entry whose sourcePath matches it anchored at the start; its component is the next path segment (plus
 * `componentPathExtraDepth` more). Files directly in a source folder, or too shallow for the depth, belong
 * to no component and do not fall through to later flows (the Go bot turned them into garbage components).
 */
export function findChangedComponents(config: RepoConfig, files: readonly ChangedFile[]): ChangedComponents {
  const matcher = createFlowMatcher(config);
  // Verdicts are shared objects (one per directory or component folder): collect them by identity first,
  // so 100,000 files cost no string building; de-duplicate by source and component afterwards.
  const verdicts = new Set<PathVerdict>();
  const ignored = new Map<string, number>();
  const visit = (path: string): void => {
    const verdict = matcher.matchPath(path);
    if (verdict.kind === 'component') verdicts.add(verdict);
    else if (verdict.kind === 'shallow') ignored.set(path, verdict.flowIndex);
  };
  for (const file of files) {
    visit(file.path);
    if (file.previousPath !== undefined && file.previousPath !== file.path) visit(file.previousPath);
  }
  const found = new Map<string, ChangedComponent>();
  for (const verdict of verdicts) {
    if (verdict.kind !== 'component') continue;
    const key = `${verdict.sourcePath}\u0000${verdict.component}`;
    const known = found.get(key);
    if (known === undefined || verdict.flowIndex < known.flowIndex) {
      const { sourcePath, component, flowIndex } = verdict;
      found.set(key, { sourcePath, component, flowIndex });
    }
  }
  const components = [...found.values()].sort(
    (a, b) => compareStrings(a.sourcePath, b.sourcePath) || compareStrings(a.component, b.component),
  );
  return { components, warnings: ignoredFileWarnings(config, ignored) };
}

function ignoredFileWarnings(config: RepoConfig, ignored: ReadonlyMap<string, number>): string[] {
  const paths = [...ignored.keys()].sort(compareStrings);
  const warnings = paths.slice(0, MAX_IGNORED_FILES_LISTED).map((path) => {
    const flowIndex = ignored.get(path) ?? 0;
    const flow = config.promotionPaths[flowIndex];
    const depth = flow?.componentPathExtraDepth ?? 0;
    const needs = depth > 0 ? `${depth + 1} folder levels` : 'a component folder';
    return (
      `${path} is not inside a component of promotionPaths[${flowIndex}] ` +
      `(sourcePath "${flow?.sourcePath ?? ''}" needs ${needs} below it); the file is not promoted`
    );
  });
  if (paths.length > MAX_IGNORED_FILES_LISTED) {
    warnings.push(`${paths.length - MAX_IGNORED_FILES_LISTED} more changed files are not inside a component`);
  }
  return warnings;
}
