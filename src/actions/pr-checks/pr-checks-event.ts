import type { OpenPullRequest } from '../../use-cases/pr-checks/open-pull-request.js';
import type { PrComment } from '../../use-cases/pr-checks/handle-pr-comment.js';

/** What an event asks of the pr-checks action. */
export type PrChecksEvent =
  | { kind: 'pull-request'; action: string; pr: OpenPullRequest; addedLabel: string | undefined }
  | { kind: 'comment'; comment: PrComment }
  | { kind: 'other'; description: string };

interface PullRequestPayload {
  number: number;
  node_id: string;
  state?: string;
  body?: string | null;
  head: { ref: string; sha: string };
  base: { sha: string };
  user: { login: string } | null;
  labels?: { name: string }[];
}

interface IssueCommentPayload {
  issue?: { number: number; pull_request?: unknown };
  comment?: { body?: string | null; user: { login: string } | null };
}

const CHECKED_ACTIONS = ['opened', 'synchronize', 'reopened', 'labeled'];

/**
 * Reads the triggering event: an opened, updated, reopened or labelled PR is checked; a comment on a PR
 * may hold a command; everything else (closed PRs, issue comments, other events) is not for this action.
 */
export function readPrChecksEvent(eventName: string, payload: Record<string, unknown>): PrChecksEvent {
  const action = typeof payload.action === 'string' ? payload.action : '';
  const description = `${eventName}${action === '' ? '' : ` (${action})`}`;
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pr = payload.pull_request as PullRequestPayload | undefined;
    if (pr === undefined || !CHECKED_ACTIONS.includes(action) || pr.state === 'closed')
      return { kind: 'other', description };
    const label = (payload.label as { name?: string } | undefined)?.name;
    return {
      kind: 'pull-request',
      action,
      pr: openPullRequest(pr),
      addedLabel: action === 'labeled' ? label : undefined,
    };
  }
  if (eventName === 'issue_comment') {
    const { issue, comment } = payload as IssueCommentPayload;
    if (issue?.pull_request === undefined || comment === undefined) return { kind: 'other', description };
    return {
      kind: 'comment',
      comment: {
        action,
        issueNumber: issue.number,
        body: comment.body ?? '',
        author: comment.user?.login ?? '',
      },
    };
  }
  return { kind: 'other', description };
}

function openPullRequest(pr: PullRequestPayload): OpenPullRequest {
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
