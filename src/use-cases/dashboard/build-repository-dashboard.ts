import { mapWithConcurrency } from '../../core/concurrency/map-with-concurrency.js';
import { buildDashboard } from '../../core/dashboard/build-dashboard.js';
import type { Dashboard, DashboardHold, DashboardPull } from '../../core/dashboard/dashboard-types.js';
import { listDashboardFolders } from '../../core/dashboard/list-dashboard-folders.js';
import { listVersionBlobs } from '../../core/dashboard/list-version-blobs.js';
import type { Loaded, RepoConfig } from '../../core/config/types.js';
import type { Logger } from '../../ports/logger.js';
import type { RepoHistoryPort } from '../../ports/repo-history-port.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';
import { buildRepositoryDriftMap } from '../pr-checks/build-repository-drift-map.js';
import { loadRepoConfig } from '../promote/load-repo-config.js';
import { readShownHolds } from '../holds/read-shown-holds.js';

/** The dashboard of a repository at one commit, with the configuration it was built from. */
export interface RepositoryDashboard {
  commit: string;
  config: RepoConfig;
  dashboard: Dashboard;
  warnings: string[];
}

/** What building the matrix reads; `history` is the local checkout's (absent: versions read file by file, no dates). */
export interface RepositoryDashboardDeps {
  snapshot: RepoSnapshotPort;
  history?: RepoHistoryPort | undefined;
  logger: Logger;
}

/**
 * Builds the dashboard at `commit`: the drift map (one tree read), the configured version files (one batch
 * read from a checkout), the folders' last changes (one `git log` walk), then the pure matrix. Open PRs come
 * from the caller (the CLI has none); holds too, else `.telefonistka/holds.yaml` at the commit. The configuration and the tree are read together, and the
 * version files and the history walk start before the drift map is computed: git works while the map is built.
 */
export async function buildRepositoryDashboard(
  request: {
    commit: string;
    today: string;
    pulls?: readonly DashboardPull[];
    holds?: readonly DashboardHold[];
    /** The configuration at `commit` when the caller already read it (read once per run). */
    loaded?: Loaded<RepoConfig> | undefined;
  },
  deps: RepositoryDashboardDeps,
): Promise<RepositoryDashboard> {
  const [loaded, tree] = await Promise.all([
    request.loaded ?? loadRepoConfig(deps.snapshot, request.commit),
    deps.snapshot.readTree(request.commit),
  ]);
  const { config } = loaded;
  const folders = listDashboardFolders(tree, config.promotionPaths);
  const wanted = listVersionBlobs({ tree, folders, versionSources: config.dashboard.version });
  const reads = Promise.all([
    readBlobs(request.commit, wanted, deps),
    deps.history?.lastChanges(request.commit, folders) ?? Promise.resolve(new Map<string, string>()),
  ]);
  // Settled below; a failure here must not surface as an unhandled rejection while the drift map is built.
  reads.catch(() => undefined);
  const drift = await buildRepositoryDriftMap({ ...request, loaded }, deps);
  const [blobs, lastChanges] = await reads;
  const held =
    request.holds === undefined
      ? await readShownHolds(deps.snapshot, request.commit, tree)
      : { holds: request.holds, warnings: [] };
  deps.logger.info(`Dashboard: ${wanted.length} version files read, ${lastChanges.size} folders dated`);
  const dashboard = buildDashboard({
    flows: config.promotionPaths,
    tree,
    driftMap: drift.map,
    blobs,
    versionSources: config.dashboard.version,
    pulls: request.pulls ?? [],
    holds: held.holds,
    lastChanges,
  });
  return { commit: request.commit, config, dashboard, warnings: [...drift.warnings, ...held.warnings] };
}

async function readBlobs(
  commit: string,
  wanted: readonly { sha: string; path: string }[],
  deps: RepositoryDashboardDeps,
): Promise<Map<string, string>> {
  if (deps.history !== undefined) return deps.history.readBlobs(wanted);
  const texts = new Map<string, string>();
  const read = await mapWithConcurrency(wanted, 8, (request) => deps.snapshot.readFile(commit, request.path));
  read.forEach((result, i) => {
    if (result.status === 'fulfilled' && result.value !== undefined) texts.set(wanted[i]!.sha, result.value);
  });
  return texts;
}
