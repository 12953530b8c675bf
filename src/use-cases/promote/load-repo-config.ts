import { emptyRepoConfig } from '../../core/config/empty-repo-config.js';
import { parseRepoConfig } from '../../core/config/parse-repo-config.js';
import type { Loaded, RepoConfig } from '../../core/config/types.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';

/** Name of the repository configuration file at the repository root. */
export const REPO_CONFIG_FILE = 'telefonistka.yaml';

/** Reads and validates `telefonistka.yaml` at a commit; a missing file means "no promotions", not an error. */
export async function loadRepoConfig(
  snapshot: RepoSnapshotPort,
  commit: string,
): Promise<Loaded<RepoConfig>> {
  const text = await snapshot.readFile(commit, REPO_CONFIG_FILE);
  if (text === undefined) {
    return {
      config: emptyRepoConfig(),
      warnings: [`${REPO_CONFIG_FILE} not found at ${commit}: nothing to promote`],
    };
  }
  return parseRepoConfig(text, REPO_CONFIG_FILE);
}
