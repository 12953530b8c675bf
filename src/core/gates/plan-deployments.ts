import type { RepoConfig } from '../config/types.js';
import { compareStrings } from '../promotion/compare-strings.js';
import { findChangedComponents } from '../promotion/find-changed-components.js';
import type { ChangedFile } from '../promotion/types.js';
import { environmentOf } from './environment-of.js';

/** One deployment to record: an environment and the component folders of the merge that changed in it. */
export interface PlannedDeployment {
  environment: string;
  /** Configured folders (promotion targets or concrete source folders) holding the components. */
  folders: string[];
  /** Component folders, ending with `/`. */
  components: string[];
}

/**
 * Which environments a merged change deploys to: every changed file under a promotion target folder or a
 * flow's source folder names a component folder, and each component folder's environment gets one deployment.
 * Files outside those folders (docs, CI) deploy nothing. Sorted by environment; pure.
 */
export function planDeployments(config: RepoConfig, files: readonly ChangedFile[]): PlannedDeployment[] {
  const byEnvironment = new Map<string, { folders: Set<string>; components: Set<string> }>();
  const add = (folder: string, component: string) => {
    const environment = environmentOf(component, folder, config.environments);
    const entry = byEnvironment.get(environment) ?? { folders: new Set(), components: new Set() };
    entry.folders.add(folder);
    entry.components.add(component);
    byEnvironment.set(environment, entry);
  };
  const targets = targetFolders(config);
  const rest: ChangedFile[] = [];
  for (const file of files) {
    for (const path of [file.path, file.previousPath].filter((p): p is string => p !== undefined)) {
      const target = targets.find((candidate) => path.startsWith(candidate.folder));
      const component = target === undefined ? undefined : componentPath(path, target.folder, target.depth);
      if (target !== undefined && component !== undefined) add(target.folder, component);
      else rest.push({ path });
    }
  }
  for (const found of findChangedComponents(config, rest).components) {
    add(found.sourcePath, `${found.sourcePath}${found.component}/`);
  }
  return [...byEnvironment.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([environment, entry]) => ({
      environment,
      folders: [...entry.folders].sort(compareStrings),
      components: [...entry.components].sort(compareStrings),
    }));
}

/** Every promotion target folder with its flow's component depth, longest first (the most specific wins). */
function targetFolders(config: RepoConfig): { folder: string; depth: number }[] {
  const folders = new Map<string, number>();
  for (const flow of config.promotionPaths) {
    for (const pr of flow.promotionPrs) {
      for (const folder of pr.targetPaths) {
        if (!folders.has(folder)) folders.set(folder, flow.componentPathExtraDepth);
      }
    }
  }
  return [...folders.entries()]
    .map(([folder, depth]) => ({ folder, depth }))
    .sort((a, b) => b.folder.length - a.folder.length || compareStrings(a.folder, b.folder));
}

/** `<folder><component>/` for a file at least one level below the component; undefined for shallower files. */
function componentPath(path: string, folder: string, depth: number): string | undefined {
  const segments = path.slice(folder.length).split('/');
  if (segments.length < depth + 2) return undefined;
  return `${folder}${segments.slice(0, depth + 1).join('/')}/`;
}
