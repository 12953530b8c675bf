/** The PR an Argo CD diff run looks at (from the `pull_request` event, or fetched for a comment event). */
export interface ArgoCdPullRequest {
  number: number;
  /** The PR branch: temporary apps and "sync from branch" point Argo CD at it. */
  headRef: string;
  /** The PR head commit: manifests are rendered at it, the commit status and the merge guard use it. */
  headSha: string;
  /** The base branch tip the event saw; the changed files are `merge-base(base, head)..head`. */
  baseSha: string;
  author: string;
  /** Current labels (`promotion`, `noop`). */
  labels: string[];
  /** Read for the promotion metadata (`promotedPaths`). */
  body: string;
}
