import type { DashboardEdit } from '../../use-cases/dashboard/handle-dashboard-edit.js';

type Json = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const loginOf = (value: unknown): string => text((value as { login?: unknown } | null | undefined)?.login);

/**
 * The dashboard edit an `issues` or `issue_comment` `edited` event carries (the issue, the edited comment, the
 * body before the edit from `changes.body.from`, the sender); undefined for other events and for pull requests.
 */
export function dashboardEditFromEvent(eventName: string, payload: Json): DashboardEdit | undefined {
  if (payload.action !== 'edited') return undefined;
  if (eventName !== 'issues' && eventName !== 'issue_comment') return undefined;
  const issue = payload.issue as Json | undefined;
  if (issue === undefined || issue === null || issue.pull_request !== undefined) return undefined;
  const number = Number(issue.number);
  if (!Number.isSafeInteger(number) || number <= 0) return undefined;
  const changes = payload.changes as { body?: { from?: unknown } } | undefined;
  const from = changes?.body?.from;
  const labels = Array.isArray(issue.labels)
    ? issue.labels.map((label) => (typeof label === 'string' ? label : text((label as Json | null)?.name)))
    : [];
  const edit: DashboardEdit = {
    issue: { number, author: loginOf(issue.user), body: text(issue.body), labels },
    previousBody: typeof from === 'string' ? from : undefined,
    sender: loginOf(payload.sender),
  };
  if (eventName === 'issues') return edit;
  const comment = payload.comment as Json | undefined;
  const id = Number(comment?.id);
  if (comment === undefined || !Number.isSafeInteger(id)) return undefined;
  return { ...edit, comment: { id, author: loginOf(comment.user), body: text(comment.body) } };
}
