import type { GitHubRefusal } from '../../core/errors/github-refusal.js';

// GitHub's messages, checked against its answers and public reports; the only place they are matched.
const BY_MESSAGE: readonly { pattern: RegExp; refusal: GitHubRefusal }[] = [
  { pattern: /not permitted to create or approve pull requests/i, refusal: 'actions-cannot-create-pr' },
  {
    pattern: /(merge commits|squash merges|rebase merges) are not allowed/i,
    refusal: 'merge-method-not-allowed',
  },
  { pattern: /auto.?merge is not allowed/i, refusal: 'auto-merge-not-allowed' },
  { pattern: /is in clean status/i, refusal: 'clean-status' },
  { pattern: /is in unstable status/i, refusal: 'unstable-status' },
  { pattern: /protected branch rules not configured/i, refusal: 'protected-branch-rules-not-configured' },
  { pattern: /approving review|review is required|changes requested/i, refusal: 'review-required' },
  {
    pattern: /required status checks?|status checks? .*(expected|failing|pending)/i,
    refusal: 'checks-required',
  },
  // "Head branch was modified. Review and try the merge again." is the head-SHA guard, not the transient one.
  { pattern: /head branch was modified/i, refusal: 'head-modified' },
  { pattern: /base branch was modified/i, refusal: 'base-modified' },
  { pattern: /not mergeable|can't be rebased/i, refusal: 'not-mergeable' },
  {
    pattern: /unexpected inputs provided|required input .* not provided/i,
    refusal: 'dispatch-inputs-rejected',
  },
  { pattern: /does not have 'workflow_dispatch' trigger/i, refusal: 'no-dispatch-trigger' },
  { pattern: /not a fast.?forward|expected .* to point|stale|beforeoid/i, refusal: 'ref-conflict' },
  { pattern: /already exists/i, refusal: 'already-exists' },
  {
    pattern: /resource not accessible by (integration|personal access token)/i,
    refusal: 'token-permission-missing',
  },
];

/** One entry of a REST 422's `errors` list (`{resource, field, code, message}`). */
export interface GitHubFieldError {
  resource?: string;
  field?: string;
  code?: string;
  message?: string;
}

/**
 * Classifies a GitHub error answer (REST status and message, or a GraphQL error message) as a refusal the
 * use-cases understand; undefined for transient or unknown failures (5xx, network), which stay errors. A 422's
 * `errors` list, when given, is read by field and code rather than by its English.
 */
export function classifyGitHubRefusal(
  status: number | undefined,
  message: string,
  errors: readonly GitHubFieldError[] = [],
): GitHubRefusal | undefined {
  if (status !== undefined && status >= 500) return undefined;
  if (status === 422) {
    if (errors.some((e) => e.field === 'assignees')) return 'unassignable';
    if (errors.some((e) => e.resource === 'Issue' && e.code === 'not_found')) return 'issue-not-visible';
  }
  if (status === 422 && /could not resolve to an issue/i.test(message)) return 'issue-not-visible';
  const matched = BY_MESSAGE.find(({ pattern }) => pattern.test(message));
  if (matched !== undefined) return matched.refusal;
  if (status === 401) return 'bad-credentials';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  return undefined;
}
