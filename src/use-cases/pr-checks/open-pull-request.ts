/** The open PR a check run looks at (from the `pull_request` event, or fetched for `/retrigger`). */
export interface OpenPullRequest {
  number: number;
  nodeId: string;
  headRef: string;
  headSha: string;
  /** The base branch tip the event saw; the changed files are `merge-base(base, head)..head`. */
  baseSha: string;
  author: string;
  /** The PR's current labels (`show-plan`, `prHasLabels` conditions). */
  labels: string[];
  /** Read for the Go bot's metadata comment, so a promotion PR's preview continues its chain. */
  body: string;
}
