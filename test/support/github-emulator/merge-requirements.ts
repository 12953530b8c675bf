// What stands between a pull request and its merge: branch protection and rulesets (required status checks
// and approving reviews), and the merge state GitHub derives from them (`clean`, `blocked`, `unstable`).
import type { Identities } from './identities.js';
import type { BranchProtection } from './repo-settings.js';
import type { PullRecord, RepoRecord, RulesetRecord, StatusRecord } from './state.js';

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

/** The rulesets that target `branch`. */
export function rulesetsOn(repo: RepoRecord, branch: string): readonly RulesetRecord[] {
  return repo.rulesets.filter((ruleset) =>
    ruleset.branches.some(
      (target) => target === branch || (target === '~DEFAULT_BRANCH' && branch === repo.defaultBranch),
    ),
  );
}

/** What a set of requirements lacks (GitHub's sentence), or undefined. */
function unmet(
  requirement: { reviews: number; checks: readonly string[] },
  options: { repo: RepoRecord; pull: PullRecord; latest: readonly StatusRecord[]; identities: Identities },
): string | undefined {
  const { reviews } = requirement;
  if (reviews > 0 && approvalCount(options.repo, options.pull, options.identities) < reviews) {
    return reviews === 1
      ? 'At least 1 approving review is required by reviewers with write access.'
      : `At least ${reviews} approving reviews are required by reviewers with write access.`;
  }
  return unmetChecks(requirement.checks, options.latest);
}

/** How a required context stands on the head: no status yet is `expected`; `error` counts as failing. */
type CheckState = 'expected' | 'pending' | 'failing' | 'success';

/**
 * GitHub's sentence for required status checks that have not succeeded, as its merge API and pushes answer it
 * (public reports of real answers): one required context is named (`Required status check "ci" is expected.`),
 * several are counted (`2 of 3 required status checks are expected.`, or with mixed states `2 of 3 required status
 * checks have not succeeded: 1 expected and 1 failing.`).
 */
export function unmetChecks(
  required: readonly string[],
  latest: readonly StatusRecord[],
): string | undefined {
  const states = required.map((context): CheckState => {
    const status = latest.find((candidate) => candidate.context === context);
    if (status === undefined) return 'expected';
    if (status.state === 'success') return 'success';
    return status.state === 'pending' ? 'pending' : 'failing';
  });
  const unmet = states.filter((state) => state !== 'success');
  const [first] = unmet;
  if (first === undefined) return undefined;
  if (required.length === 1) return `Required status check "${required[0]}" is ${first}.`;
  const counted = `${unmet.length} of ${required.length} required status checks`;
  if (unmet.every((state) => state === first)) return `${counted} are ${first}.`;
  const parts = (['expected', 'pending', 'failing'] as const)
    .map((state) => [state, unmet.filter((candidate) => candidate === state).length] as const)
    .filter(([, count]) => count > 0)
    .map(([state, count]) => `${count} ${state}`);
  return `${counted} have not succeeded: ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}.`;
}

/**
 * Why branch protection or a ruleset refuses the merge now (GitHub's 405 message), or undefined. Rulesets'
 * refusals are prefixed "Repository rule violations found" and end with a blank line, as GitHub answers them.
 */
export function protectionBlocker(options: {
  repo: RepoRecord;
  pull: PullRecord;
  latest: readonly StatusRecord[];
  identities: Identities;
}): string | undefined {
  const rule = protectionOf(options.repo, options.pull.base);
  const classic =
    rule &&
    unmet(
      { reviews: rule.requiredApprovingReviewCount ?? 0, checks: rule.requiredStatusChecks ?? [] },
      options,
    );
  if (classic) return classic;
  const rulesets = rulesetsOn(options.repo, options.pull.base);
  const fromRulesets = unmet(
    {
      reviews: Math.max(0, ...rulesets.map((ruleset) => ruleset.requiredApprovingReviewCount ?? 0)),
      checks: [...new Set(rulesets.flatMap((ruleset) => ruleset.requiredStatusChecks ?? []))],
    },
    options,
  );
  return fromRulesets && `Repository rule violations found\n\n${fromRulesets}\n\n`;
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
