import type { PrComment } from '../../use-cases/pr-checks/handle-pr-comment.js';
import {
  describeEvent,
  pullRequestFromPayload,
  type IssueCommentPayload,
  type PullRequestPayload,
} from '../shared/event-payloads.js';
import type { PullRequestRef } from '../../ports/pull-request-ref.js';

/** What an event asks of the pr-checks action. */
export type PrChecksEvent =
  | { kind: 'pull-request'; action: string; pr: PullRequestRef; addedLabel: string | undefined }
  | { kind: 'comment'; comment: PrComment }
  | { kind: 'other'; description: string };

const CHECKED_ACTIONS = ['opened', 'synchronize', 'reopened', 'labeled'];

/**
 * Reads the triggering event: an opened, updated, reopened or labelled PR is checked; a comment on a PR
 * may hold a command; everything else (closed PRs, issue comments, other events) is not for this action.
 */
export function readPrChecksEvent(eventName: string, payload: Record<string, unknown>): PrChecksEvent {
  const action = typeof payload.action === 'string' ? payload.action : '';
  const description = describeEvent(eventName, payload);
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pr = payload.pull_request as PullRequestPayload | undefined;
    if (pr === undefined || !CHECKED_ACTIONS.includes(action) || pr.state === 'closed')
      return { kind: 'other', description };
    const label = (payload.label as { name?: string } | undefined)?.name;
    return {
      kind: 'pull-request',
      action,
      pr: pullRequestFromPayload(pr),
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
