/** The merged PR a promotion run starts from (from the `pull_request` event or a dispatch). */
export interface MergedPullRequest {
  number: number;
  nodeId: string;
  headRef: string;
  headSha: string;
  baseSha: string;
  mergeCommitSha: string;
  author: string;
  labels: string[];
  body: string;
}
