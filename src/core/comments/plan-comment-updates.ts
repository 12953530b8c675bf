import { parsePartIndex } from './comment-markers.js';

/** An existing comment on the PR (only its id and body matter). */
export interface ExistingComment<Id> {
  id: Id;
  body: string;
}

/** What to do so that the PR shows exactly `parts`: edit in place, post new ones, delete leftovers. */
export interface CommentUpdatePlan<Id> {
  update: { id: Id; body: string }[];
  create: string[];
  delete: Id[];
  /** Parts already showing the wanted body: no call needed. */
  unchanged: Id[];
}

/**
 * Plans the API calls that turn the existing parts of a sticky comment into `parts`: part i replaces the
 * comment marked as part i (the first in `existing`, which GitHub lists oldest first, when a race left several), missing parts are created in order,
 * parts beyond the new count and duplicates are deleted. Comments without the kind's part marker are
 * never touched.
 */
export function planCommentUpdates<Id>(
  existing: readonly ExistingComment<Id>[],
  parts: readonly string[],
  kind: string,
): CommentUpdatePlan<Id> {
  const byIndex = new Map<number, ExistingComment<Id>[]>();
  for (const comment of existing) {
    const index = parsePartIndex(comment.body, kind);
    if (index !== undefined) byIndex.set(index, [...(byIndex.get(index) ?? []), comment]);
  }
  const plan: CommentUpdatePlan<Id> = { update: [], create: [], delete: [], unchanged: [] };
  parts.forEach((body, i) => {
    const [keep, ...duplicates] = byIndex.get(i + 1) ?? [];
    plan.delete.push(...duplicates.map((comment) => comment.id));
    if (keep === undefined) plan.create.push(body);
    else if (keep.body === body) plan.unchanged.push(keep.id);
    else plan.update.push({ id: keep.id, body });
  });
  const leftovers = [...byIndex.entries()]
    .filter(([index]) => index > parts.length)
    .sort(([a], [b]) => a - b);
  for (const [, comments] of leftovers) plan.delete.push(...comments.map((comment) => comment.id));
  return plan;
}
