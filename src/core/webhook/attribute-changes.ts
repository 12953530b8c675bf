import { changedPaths } from './changed-paths.js';
import { sortPaths } from './classify-changed-files.js';
import type { FileChanges, PushAttribution } from './types.js';

/** What is known about a push's changes. */
export interface AttributionInput {
  /** `commits[].id` of the payload, in order. */
  commitIds: readonly string[];
  headCommitId: string | undefined;
  /** The net change of the push: the difference between the trees of `before` and `after`. */
  net: FileChanges;
  /** Each commit's own changes (against its first parent), when they could be computed for every commit. */
  perCommit: ReadonlyMap<string, FileChanges> | undefined;
}

/**
 * Decides the file lists of each commit of the forwarded payload. With per-commit changes every commit gets
 * its own lists, as GitHub's webhook has them; any path of the net change that no commit lists (a forced push
 * that dropped commits) is added to the head commit, so the union the receiver computes (Argo CD unions all
 * commits' lists) always covers the net change. Without per-commit changes the whole net change goes on the
 * head commit. A payload without commits cannot carry files: `unknown`.
 */
export function attributeChanges(input: AttributionInput): PushAttribution {
  const target =
    input.headCommitId !== undefined && input.commitIds.includes(input.headCommitId)
      ? input.headCommitId
      : input.commitIds.at(-1);
  if (target === undefined)
    return { kind: 'unknown', reason: 'the push payload lists no commits to attach changed files to' };
  const byCommit = new Map<string, FileChanges>();
  for (const id of input.commitIds) {
    byCommit.set(id, input.perCommit?.get(id) ?? { added: [], modified: [], removed: [] });
  }
  const listed = new Set(changedPaths(...byCommit.values()));
  const unlisted = (paths: readonly string[]) => paths.filter((path) => !listed.has(path));
  const head = byCommit.get(target) ?? { added: [], modified: [], removed: [] };
  byCommit.set(target, {
    added: sortPaths(new Set([...head.added, ...unlisted(input.net.added)])),
    modified: sortPaths(new Set([...head.modified, ...unlisted(input.net.modified)])),
    removed: sortPaths(new Set([...head.removed, ...unlisted(input.net.removed)])),
  });
  return { kind: 'files', byCommit };
}
