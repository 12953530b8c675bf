/** The merge methods of `PUT /pulls/{n}/merge`, in the order `auto` prefers them. */
export const MERGE_METHODS = ['merge', 'squash', 'rebase'] as const;

/** A merge method, or `auto`: the first one the repository allows. */
export type MergeMethodChoice = (typeof MERGE_METHODS)[number] | 'auto';

/** The method to merge with, or why none fits: a method the repository does not allow is refused up front. */
export function chooseMergeMethod(
  choice: MergeMethodChoice,
  allowed: readonly (typeof MERGE_METHODS)[number][],
): { method: (typeof MERGE_METHODS)[number] } | { refused: string } {
  if (choice !== 'auto') {
    if (allowed.includes(choice)) return { method: choice };
    return {
      refused:
        `merge-method ${choice} is not allowed on this repository (allowed: ${allowed.join(', ') || 'none'}). ` +
        'Set the merge-method input to auto (or to an allowed method), or allow it in Settings → General → Pull Requests.',
    };
  }
  const method = MERGE_METHODS.find((m) => allowed.includes(m));
  if (method === undefined) {
    return {
      refused: 'this repository allows no merge method; allow one in Settings → General → Pull Requests.',
    };
  }
  return { method };
}
