import { ConfigError } from '../../core/errors/config-error.js';
import type { Hold } from '../../core/holds/hold.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';
import { readHolds } from './read-holds.js';

/**
 * The holds to show (dashboard, CLI): the holds file at `commit` as a list (not read when `commit`'s tree, if
 * given, has none); a broken file shows no holds and says why in a warning (with file:line:col) instead of
 * failing the view — promote and the sweep fail closed.
 */
export async function readShownHolds(
  snapshot: RepoSnapshotPort,
  commit: string,
  tree?: ReadonlyMap<string, unknown>,
): Promise<{ holds: Hold[]; warnings: string[] }> {
  try {
    const read = await readHolds(snapshot, commit, tree);
    return { holds: [...read.holds.values()], warnings: read.warnings };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { holds: [], warnings: [`holds are not shown: ${error.message}`] };
  }
}
