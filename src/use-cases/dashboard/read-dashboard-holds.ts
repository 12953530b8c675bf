import type { DashboardHold } from '../../core/dashboard/dashboard-types.js';
import type { TreeIndex } from '../../core/drift/types.js';
import { errorMessage } from '../../core/errors/error-message.js';
import { HOLDS_FILE, parseHoldsFile } from '../../core/holds/parse-holds-file.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';

/**
 * The holds the dashboard shows (🔒 and a "release" box): `.telefonistka/holds.yaml` at the commit, read only
 * when the tree has it (no read, no API call otherwise). A holds file that does not parse is a warning here (the
 * promote flow reports it at its line); the matrix then shows no hold.
 */
export async function readDashboardHolds(
  snapshot: RepoSnapshotPort,
  commit: string,
  tree: TreeIndex,
): Promise<{ holds: DashboardHold[]; warnings: string[] }> {
  if (tree.get(HOLDS_FILE)?.type !== 'blob') return { holds: [], warnings: [] };
  const text = await snapshot.readFile(commit, HOLDS_FILE);
  if (text === undefined) return { holds: [], warnings: [] };
  try {
    const loaded = parseHoldsFile(text);
    return { holds: loaded.config, warnings: [...loaded.warnings] };
  } catch (error) {
    return { holds: [], warnings: [`the dashboard shows no holds: ${errorMessage(error)}`] };
  }
}
