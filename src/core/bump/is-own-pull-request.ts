/** What decides whether an open PR is one this tool opened. */
export interface PullRequestOrigin {
  /** Login of the PR's author; empty for a deleted account. */
  author: string;
  /** True when the head branch lives in another repository (a fork). */
  isCrossRepository: boolean;
}

/**
 * True for a PR this tool opened: its head branch is in the target repository itself and its author is the
 * identity the bump writes with. A PR's branch name and body are anyone's to choose, so neither decides.
 * Logins compare without case and without the `[bot]` suffix, which GraphQL leaves out for Apps.
 */
export function isOwnPullRequest(pr: PullRequestOrigin, ownLogin: string): boolean {
  const bare = (login: string) => login.toLowerCase().replace(/\[bot\]$/, '');
  return !pr.isCrossRepository && pr.author !== '' && bare(pr.author) === bare(ownLogin);
}
