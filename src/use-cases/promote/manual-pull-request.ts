import type { MergedPullRequest } from '../../ports/pull-request-ref.js';

/**
 * The stand-in "merged PR" of a promotion started by hand (a `workflow_dispatch`, a dashboard checkbox): no PR
 * number, the person who asked as author (credited and assigned on the promotion PR).
 */
export function manualPullRequest(author: string): MergedPullRequest {
  return {
    number: 0,
    nodeId: '',
    headRef: 'manual',
    headSha: '',
    baseSha: '',
    mergeCommitSha: '',
    author,
    labels: [],
    body: '',
  };
}
