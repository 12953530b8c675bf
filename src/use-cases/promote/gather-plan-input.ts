import { emptyComponentConfig } from '../../core/config/empty-component-config.js';
import { parseComponentConfig } from '../../core/config/parse-component-config.js';
import type { ComponentConfig } from '../../core/config/types.js';
import type { ChangedComponent, PlanInput, PlanPullRequest } from '../../core/promotion/types.js';
import type { FlatTree } from '../../core/tree/build-sync-entries.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';
import { readHolds } from '../holds/read-holds.js';

/** Where planning reads from: component content from `sourceCommit`, deleted components' configs from `baseCommit`. */
export interface PlanInputSources {
  snapshot: RepoSnapshotPort;
  sourceCommit: string;
  sourceTree: FlatTree;
  baseCommit: string;
  targetTree: FlatTree;
  /** Where the holds file is read: the default branch's head (and its tree when read already); none: no holds. */
  holds?: { commit: string; tree?: FlatTree | undefined } | undefined;
}

/**
 * Everything planning needs, read before the pure planner runs: the component configs (read at the merged
 * commit, or at the PR base for a deleted component) and the folders that exist, apart: sources in the
 * merged commit, targets on the current default branch.
 */
export async function gatherPlanInput(
  pullRequest: PlanPullRequest,
  components: readonly ChangedComponent[],
  sources: PlanInputSources,
): Promise<{ input: PlanInput; warnings: string[] }> {
  const componentConfigs = new Map<string, ComponentConfig>();
  const warnings: string[] = [];
  for (const changed of components) {
    const folder = `${changed.sourcePath}${changed.component}`;
    if (componentConfigs.has(folder)) continue;
    const exists = sources.sourceTree.get(folder)?.type === 'tree';
    const file = `${folder}/telefonistka.yaml`;
    // The source tree is already read: no file read (one git process or API call each) for a missing config.
    const text =
      exists && sources.sourceTree.get(file) === undefined
        ? undefined
        : await sources.snapshot.readFile(exists ? sources.sourceCommit : sources.baseCommit, file);
    if (text === undefined) {
      componentConfigs.set(folder, emptyComponentConfig());
      continue;
    }
    const loaded = parseComponentConfig(text, file);
    warnings.push(...loaded.warnings);
    componentConfigs.set(folder, loaded.config);
  }
  const held =
    sources.holds === undefined
      ? undefined
      : await readHolds(sources.snapshot, sources.holds.commit, sources.holds.tree);
  if (held !== undefined) warnings.push(...held.warnings);
  return {
    input: {
      pullRequest,
      components,
      componentConfigs,
      sourceFolders: folders(sources.sourceTree),
      targetFolders: folders(sources.targetTree),
      ...(held === undefined ? {} : { holds: held.holds }),
    },
    warnings,
  };
}

function folders(tree: FlatTree): Set<string> {
  const found = new Set<string>();
  for (const [path, entry] of tree) if (entry.type === 'tree') found.add(path);
  return found;
}
