import { HOLDS_FILE, parseHoldsFile } from '../../core/holds/parse-holds-file.js';
import type { Hold } from '../../core/holds/hold.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';

/** The holds in force: by folder, with the file's warnings. */
export interface ReadHolds {
  holds: Map<string, Hold>;
  warnings: string[];
}

/**
 * The holds file at `commit` (the default branch's head: a PR's own edit of the file never counts), by folder.
 * When that commit's tree is already read and has no holds file, nothing is read. A broken file throws
 * ConfigError at its line: promotion stops rather than overwrite a folder someone meant to hold.
 */
export async function readHolds(
  snapshot: RepoSnapshotPort,
  commit: string,
  tree?: ReadonlyMap<string, unknown>,
): Promise<ReadHolds> {
  if (tree !== undefined && tree.get(HOLDS_FILE) === undefined) return { holds: new Map(), warnings: [] };
  const text = await snapshot.readFile(commit, HOLDS_FILE);
  if (text === undefined) return { holds: new Map(), warnings: [] };
  const loaded = parseHoldsFile(text);
  return { holds: new Map(loaded.config.map((hold) => [hold.folder, hold])), warnings: [...loaded.warnings] };
}
