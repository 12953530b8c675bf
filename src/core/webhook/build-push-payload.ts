import type { FileChanges, PushAttribution } from './types.js';

const NONE: FileChanges = { added: [], modified: [], removed: [] };

/**
 * The body forwarded to every endpoint: the workflow's push payload with `added`/`removed`/`modified`
 * filled in on each commit and on `head_commit` (GitHub leaves them out of the payload Actions receives, and
 * Argo CD picks applications by them). Every other field is passed through unchanged. With `unknown`
 * attribution the lists are present and empty, so Argo CD refreshes every application of the repository.
 */
export function buildPushPayload(
  payload: Readonly<Record<string, unknown>>,
  attribution: PushAttribution,
): Record<string, unknown> {
  const listsOf = (commit: Record<string, unknown>): FileChanges => {
    if (attribution.kind === 'unknown' || typeof commit['id'] !== 'string') return NONE;
    return attribution.byCommit.get(commit['id']) ?? NONE;
  };
  const withLists = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const commit = value as Record<string, unknown>;
    const lists = listsOf(commit);
    return { ...commit, added: [...lists.added], removed: [...lists.removed], modified: [...lists.modified] };
  };
  const commits = payload['commits'];
  return {
    ...payload,
    ...(Array.isArray(commits) ? { commits: commits.map(withLists) } : {}),
    ...('head_commit' in payload ? { head_commit: withLists(payload['head_commit']) } : {}),
  };
}
