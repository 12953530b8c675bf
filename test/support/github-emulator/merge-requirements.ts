// What stands between a pull request and its merge: branch protection (required status checks and
// approving reviews), and the merge state GitHub derives from it (`clean`, `blocked`, `unstable`).
import type { Identities } from './identities.js';
import type { BranchProtection } from './repo-settings.js';
import type { PullRecord, RepoRecord, StatusRecord } from './state.js';

/** The protection rule of `branch`: its own, or the repository-wide required checks as one. */
export function protectionOf(repo: RepoRecord, branch: string): BranchProtection | undefined {
  const rule = repo.protections.get(branch);
  if (repo.requiredStatusChecks.length === 0) return rule;
  const contexts = [...new Set([...(rule?.requiredStatusChecks ?? []), ...repo.requiredStatusChecks])];
  return {
    requiredStatusChecks: contexts,
    requiredApprovingReviewCount: rule?.requiredApprovingReviewCount ?? null,
    enforceAdmins: rule?.enforceAdmins ?? false,
  };
}

/** The status contexts `branch` requires. */
export function requiredChecksFor(repo: RepoRecord, branch: string): readonly string[] {
  return protectionOf(repo, branch)?.requiredStatusChecks ?? [];
}

/** Approving reviews that count: the latest review per user with write access, on any commit. */
export function approvalCount(repo: RepoRecord, pull: PullRecord, identities: Identities): number {
  const latest = new Map<string, string>();
  for (const review of repo.reviews.get(pull.number) ?? []) {
    if (review.state === 'PENDING' || review.state === 'COMMENTED') continue;
    latest.set(review.user.toLowerCase(), review.state);
  }
  let count = 0;
  for (const [login, state] of latest) {
    const permission = identities.byLogin(login)?.permission;
    if (state === 'APPROVED' && (permission === 'write' || permission === 'admin')) count += 1;
  }
  return count;
}

/** Why branch protection refuses the merge now (GitHub's 405 message), or undefined. */
export function protectionBlocker(options: {
  repo: RepoRecord;
  pull: PullRecord;
  latest: readonly StatusRecord[];
  identities: Identities;
}): string | undefined {
  const { repo, pull, latest, identities } = options;
  const rule = protectionOf(repo, pull.base);
  if (!rule) return undefined;
  const required = rule.requiredApprovingReviewCount ?? 0;
  if (required > 0 && approvalCount(repo, pull, identities) < required) {
    return required === 1
      ? 'At least 1 approving review is required by reviewers with write access.'
      : `At least ${required} approving reviews are required by reviewers with write access.`;
  }
  const missing = (rule.requiredStatusChecks ?? []).find(
    (context) => !latest.some((status) => status.context === context && status.state === 'success'),
  );
  return missing === undefined ? undefined : `Required status check "${missing}" is expected.`;
}

/** `mergeable_state` of an open, conflict-free pull request. */
export function mergeStateOf(options: {
  repo: RepoRecord;
  pull: PullRecord;
  latest: readonly StatusRecord[];
  identities: Identities;
}): 'clean' | 'blocked' | 'unstable' {
  if (protectionBlocker(options)) return 'blocked';
  const failing = options.latest.some((status) => status.state === 'failure' || status.state === 'error');
  return failing ? 'unstable' : 'clean';
}
