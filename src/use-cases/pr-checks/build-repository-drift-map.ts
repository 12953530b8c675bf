import { mapWithConcurrency } from '../../core/concurrency/map-with-concurrency.js';
import { parseComponentConfig } from '../../core/config/parse-component-config.js';
import type { ComponentConfig, Loaded, RepoConfig } from '../../core/config/types.js';
import { buildDriftMap, listDriftMapCandidates } from '../../core/drift/build-drift-map.js';
import type { DriftMap, DriftMapInput } from '../../core/drift/drift-map-types.js';
import { listComponentConfigFolders } from '../../core/drift/list-component-config-folders.js';
import type { TreeIndex } from '../../core/drift/types.js';
import type { Logger } from '../../ports/logger.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';
import { loadRepoConfig } from '../promote/load-repo-config.js';

/** The drift map of a repository at one commit, with what was worth a warning. */
export interface RepositoryDriftMap {
  commit: string;
  map: DriftMap;
  warnings: string[];
}

/** Reads at most this many files at once. */
const CONCURRENT_READS = 8;

/**
 * The whole-repository drift map at `commit`: every component of every flow against every target folder,
 * from one tree read. Component configs (allow/block lists, acknowledged drift) are read only for
 * components that have one; file texts only when `driftDetectionIgnoreLineRegex` makes them matter.
 * `loaded` is the configuration at `commit` when the caller already read it.
 */
export async function buildRepositoryDriftMap(
  request: { commit: string; today: string; loaded?: Loaded<RepoConfig> | undefined },
  deps: { snapshot: RepoSnapshotPort; logger: Logger },
): Promise<RepositoryDriftMap> {
  const loaded = request.loaded ?? (await loadRepoConfig(deps.snapshot, request.commit));
  const tree: TreeIndex = await deps.snapshot.readTree(request.commit);
  const config = loaded.config;
  const componentConfigs = await readComponentConfigs(config, tree, request.commit, deps);
  const input: DriftMapInput = {
    flows: config.promotionPaths,
    tree,
    componentConfigs: componentConfigs.configs,
    rules: {
      ignoreFiles: config.driftDetectionIgnoreFiles,
      ignoreLines: config.driftDetectionIgnoreLineRegex,
    },
    today: request.today,
  };
  const requests = listDriftMapCandidates(input);
  const contents = new Map<string, string>();
  const read = await mapWithConcurrency(requests, CONCURRENT_READS, (r) =>
    deps.snapshot.readFile(request.commit, r.path),
  );
  read.forEach((result, i) => {
    if (result.status === 'fulfilled' && result.value !== undefined)
      contents.set(requests[i]!.sha, result.value);
  });
  deps.logger.info(
    `Drift map: ${tree.size} tree entries, ${componentConfigs.configs.size} component configs, ${requests.length} files read`,
  );
  return {
    commit: request.commit,
    map: buildDriftMap({ ...input, contents }),
    warnings: [...loaded.warnings, ...componentConfigs.warnings],
  };
}

async function readComponentConfigs(
  config: RepoConfig,
  tree: TreeIndex,
  commit: string,
  deps: { snapshot: RepoSnapshotPort },
): Promise<{ configs: Map<string, ComponentConfig>; warnings: string[] }> {
  const list = listComponentConfigFolders(tree, config.promotionPaths);
  const texts = await mapWithConcurrency(list, CONCURRENT_READS, (folder) =>
    deps.snapshot.readFile(commit, `${folder}/telefonistka.yaml`),
  );
  const configs = new Map<string, ComponentConfig>();
  const warnings: string[] = [];
  texts.forEach((result, i) => {
    const folder = list[i]!;
    if (result.status === 'rejected') throw result.reason;
    if (result.value === undefined) return;
    const loaded = parseComponentConfig(result.value, `${folder}/telefonistka.yaml`);
    configs.set(folder, loaded.config);
    warnings.push(...loaded.warnings);
  });
  return { configs, warnings };
}
