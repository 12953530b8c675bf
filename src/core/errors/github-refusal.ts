/**
 * Why GitHub refused a request, as the GitHub adapter classifies its status and message. Use-cases branch on
 * these values, never on GitHub's English messages.
 */
export type GitHubRefusal =
  /** 403 "GitHub Actions is not permitted to create or approve pull requests." (a repository/organisation setting). */
  | 'actions-cannot-create-pr'
  /** 405 "Merge commits are not allowed on this repository." (likewise squash and rebase). */
  | 'merge-method-not-allowed'
  /** GraphQL "Auto merge is not allowed for this repository". */
  | 'auto-merge-not-allowed'
  /** GraphQL "Pull request is in clean status": nothing to wait for, merge directly. */
  | 'clean-status'
  /** GraphQL "Pull request is in unstable status": a check that is not required failed. */
  | 'unstable-status'
  /** GraphQL "Protected branch rules not configured for this branch": nothing to wait for. */
  | 'protected-branch-rules-not-configured'
  /** 405 "At least 1 approving review is required …" (branch protection or a ruleset). */
  | 'review-required'
  /** 405 "Required status check … is expected/failing" (branch protection or a ruleset). */
  | 'checks-required'
  /** 405 "Base branch was modified. Review and try the merge again." (transient). */
  | 'base-modified'
  /** 409 "Head branch was modified": the head SHA guard refused. */
  | 'head-modified'
  /** 405 "Pull Request is not mergeable" (conflicts, closed, or already merged). */
  | 'not-mergeable'
  /**
   * Not GitHub's word but what reading the PR after a refusal shows: it is merged, by another run or a person, not
   * by this call (a refused merge is never ours); the run that merged it records and chains it.
   */
  | 'merged-elsewhere'
  /** A ref write that lost a race (not a fast-forward, `beforeOid` mismatch). */
  | 'ref-conflict'
  /** 422 "… already exists" (a branch or a pull request). */
  | 'already-exists'
  /** 422 "Unexpected inputs provided" / "Required input … not provided" on `workflow_dispatch`. */
  | 'dispatch-inputs-rejected'
  /** 422 "Workflow does not have 'workflow_dispatch' trigger". */
  | 'no-dispatch-trigger'
  /** 422 "Validation Failed" with an `assignees` field error: a login that cannot be assigned (bot, no access). */
  | 'unassignable'
  /** 422 "Could not resolve to an Issue" right after a PR was created (eventual consistency; transient). */
  | 'issue-not-visible'
  /** 401: the token was rejected. */
  | 'bad-credentials'
  /**
   * 403 "Resource not accessible by integration" (or "… by personal access token"): the token lacks a permission,
   * e.g. a job token without `contents: write` / `pull-requests: write`, or a read-only token of a fork's PR.
   */
  | 'token-permission-missing'
  /** 403 without a more precise reason ("Must have admin rights to Repository."). */
  | 'forbidden'
  /** 404. */
  | 'not-found';
