import type { PullRequestRef } from '../../ports/pull-request-ref.js';

/** The fields of a webhook `pull_request` object the actions read. */
export interface PullRequestPayload {
  number: number;
  node_id: string;
  state?: string;
  merged?: boolean;
  merge_commit_sha?: string | null;
  merged_by?: { login: string } | null;
  body?: string | null;
  head: { ref: string; sha: string };
  base: { sha: string };
  user: { login: string } | null;
  labels?: { name: string }[];
}

/** The fields of an `issue_comment` event the actions read. */
export interface IssueCommentPayload {
  issue?: { number: number; pull_request?: unknown };
  comment?: { body?: string | null; user: { login: string; type?: string } | null };
  changes?: { body?: { from?: string } };
  sender?: { login: string };
}

/** The PR of a webhook payload in the shape the use-cases take. */
export function pullRequestFromPayload(pr: PullRequestPayload): PullRequestRef {
  return {
    number: pr.number,
    nodeId: pr.node_id,
    headRef: pr.head.ref,
    headSha: pr.head.sha,
    baseSha: pr.base.sha,
    author: pr.user?.login ?? '',
    labels: (pr.labels ?? []).map((label) => label.name),
    body: pr.body ?? '',
  };
}

/** `event (action)` for log lines about events a flow does not handle. */
export function describeEvent(eventName: string, payload: Record<string, unknown>): string {
  const action = typeof payload.action === 'string' ? payload.action : '';
  return `${eventName}${action === '' ? '' : ` (${action})`}`;
}
