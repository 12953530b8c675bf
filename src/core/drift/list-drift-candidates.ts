import { compareFolders } from './compare-folders.js';
import type { DriftCandidatesInput, DriftContentRequest } from './types.js';
import { compareStrings } from '../promotion/compare-strings.js';

/**
 * Phase 1 of drift detection: the blobs whose text `computeDrift` needs (both sides of every changed,
 * not ignored file), each once, sorted by SHA. Empty when the folders' tree SHAs are equal, and when
 * diffs are not wanted and no line is ignored (blob SHAs then say everything).
 */
export function listDriftCandidates(input: DriftCandidatesInput): DriftContentRequest[] {
  const wantsText = input.withDiffs !== false || input.rules.ignoreLines.length > 0;
  if (!wantsText) return [];
  const requests = new Map<string, DriftContentRequest>();
  for (const file of compareFolders(input).changed) {
    const sourcePath = `${input.pair.source}/${file.path}`;
    const targetPath = `${input.pair.target}/${file.path}`;
    if (!requests.has(file.sourceSha))
      requests.set(file.sourceSha, { sha: file.sourceSha, path: sourcePath });
    if (!requests.has(file.targetSha))
      requests.set(file.targetSha, { sha: file.targetSha, path: targetPath });
  }
  return [...requests.values()].sort((a, b) => compareStrings(a.sha, b.sha));
}
