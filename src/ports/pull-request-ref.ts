/**
 * A pull request as every flow's use-case takes it: read from the event payload, or fetched for a comment event
 * or a `/retrigger`.
 */
export interface PullRequestRef {
  number: number;
  nodeId: string;
  /** The PR branch: promotion branches are named after it; temporary apps and "sync from branch" point at it. */
  headRef: string;
  /** The PR head commit: manifests are rendered at it, commit statuses and merge guards use it. */
  headSha: string;
  /** The base branch tip the event saw; the changed files are `merge-base(base, head)..head`. */
  baseSha: string;
  /** Login of the author; empty for a deleted account. */
  author: string;
  /** The PR's current labels (`promotion`, `noop`, `show-plan`, `prHasLabels` conditions). */
  labels: string[];
  /** Read for the promotion metadata comment (`promotedPaths`, chains). */
  body: string;
}

/** The merged PR a promotion run starts from (from the `pull_request` event or a dispatch). */
export interface MergedPullRequest extends PullRequestRef {
  mergeCommitSha: string;
  /** Who merged it (`merged_by` of the event or the PR), when GitHub said. */
  mergedBy?: string;
}
