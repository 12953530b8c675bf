import type { GitHubRefusal } from '../core/errors/github-refusal.js';
import type { RepositoryScope } from './repository-scope.js';

/** Merge methods of `PUT /pulls/{n}/merge`. */
export type MergeMethod = 'merge' | 'squash' | 'rebase';

/** A merge call's answer: merged, or refused for a reason GitHub gave. Transient failures throw. */
export type MergeCallOutcome =
  { merged: true; sha: string } | { merged: false; refusal: GitHubRefusal; message: string };

/** Enabling GitHub's auto-merge: enabled, or refused for a reason GitHub gave. Transient failures throw. */
export type AutoMergeCallOutcome =
  { enabled: true } | { enabled: false; refusal: GitHubRefusal; message: string };

/** Landing pull requests: merge, approve, auto-merge. Every method is one call. */
export interface MergePort extends RepositoryScope {
  /**
   * Merges with the head `sha` guard; a refusal (405, 409) is an outcome, other failures throw ExternalError. The
   * call is sent once (no transparent retry): a failure without an answer (network, 5xx) may hide a merge.
   */
  mergePullRequest(
    number: number,
    options: { sha: string; method?: MergeMethod; commitTitle?: string },
  ): Promise<MergeCallOutcome>;
  /** An approving review by the token's identity. */
  approvePullRequest(number: number): Promise<void>;
  /** GitHub's native auto-merge (GraphQL); a refusal ("clean status", "not allowed") is an outcome. */
  enableAutoMerge(pullRequestNodeId: string, method: MergeMethod): Promise<AutoMergeCallOutcome>;
}
