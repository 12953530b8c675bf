import type { CommentEdit } from '../../use-cases/argocd-diff/handle-sync-checkbox.js';
import {
  describeEvent,
  pullRequestFromPayload,
  type IssueCommentPayload,
  type PullRequestPayload,
} from '../shared/event-payloads.js';
import type { PullRequestRef } from '../../ports/pull-request-ref.js';

/** What an event asks of the argocd-diff action. */
export type ArgoCdDiffEvent =
  | { kind: 'diff'; pr: PullRequestRef }
  | { kind: 'closed'; pr: PullRequestRef }
  | { kind: 'comment-edit'; edit: CommentEdit }
  | { kind: 'other'; description: string };

const DIFFED_ACTIONS = ['opened', 'synchronize', 'reopened'];

/**
 * Reads the triggering event: an opened, updated or reopened PR is diffed; a closed PR (merged or not) has
 * its apps reverted from "sync from branch"; an edit of a PR comment may tick the sync checkbox.
 */
export function readArgoCdDiffEvent(eventName: string, payload: Record<string, unknown>): ArgoCdDiffEvent {
  const action = typeof payload.action === 'string' ? payload.action : '';
  const description = describeEvent(eventName, payload);
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pr = payload.pull_request as PullRequestPayload | undefined;
    if (pr === undefined) return { kind: 'other', description };
    if (action === 'closed') return { kind: 'closed', pr: pullRequestFromPayload(pr) };
    if (DIFFED_ACTIONS.includes(action) && pr.state !== 'closed')
      return { kind: 'diff', pr: pullRequestFromPayload(pr) };
    return { kind: 'other', description };
  }
  if (eventName === 'issue_comment' && action === 'edited') {
    const { issue, comment, changes, sender } = payload as IssueCommentPayload;
    if (issue?.pull_request === undefined || comment === undefined) return { kind: 'other', description };
    return {
      kind: 'comment-edit',
      edit: {
        issueNumber: issue.number,
        author: comment.user?.login ?? '',
        authorType: comment.user?.type ?? '',
        sender: sender?.login ?? '',
        bodyBefore: changes?.body?.from,
        bodyAfter: comment.body ?? '',
      },
    };
  }
  return { kind: 'other', description };
}
