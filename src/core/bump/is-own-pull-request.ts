import { matchesLogin } from '../identity/matches-login.js';

/** What decides whether an open PR is one this tool opened. */
export interface PullRequestOrigin {
  /** Login of the PR's author as REST spells it (an App's ends in `[bot]`); empty for a deleted account. */
  author: string;
  /** True when the head branch lives in another repository (a fork). */
  isCrossRepository: boolean;
}

/**
 * True for a PR this tool opened: its head branch is in the target repository itself and its author is the
 * identity the bump writes with (`matchesLogin`: a user `my-app` is never the App `my-app[bot]`). A PR's
 * branch name and body are anyone's to choose, so neither decides.
 */
export function isOwnPullRequest(pr: PullRequestOrigin, ownLogin: string): boolean {
  return !pr.isCrossRepository && matchesLogin(pr.author, ownLogin);
}
