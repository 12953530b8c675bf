/** The flows the root action can hand an event to. */
export type Flow = 'promote' | 'pr-checks' | 'argocd-diff' | 'webhook-fanout' | 'ignore';

/** The parts of an event that decide its flow. */
export interface RoutableEvent {
  eventName: string;
  payload: Record<string, unknown>;
}

/**
 * Which flow handles an event, as the Go bot's `event` command routes them: merged PRs and dispatches
 * promote; opened/updated/labelled PRs and PR comments are checked; pushes to the default branch are fanned out.
 */
export function routeEvent(event: RoutableEvent): Flow {
  const { eventName, payload } = event;
  const action = typeof payload.action === 'string' ? payload.action : '';
  if (eventName === 'workflow_dispatch') return 'promote';
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pr = payload.pull_request as { merged?: boolean } | undefined;
    if (action === 'closed') return pr?.merged === true ? 'promote' : 'ignore';
    if (['opened', 'synchronize', 'reopened', 'labeled'].includes(action)) return 'pr-checks';
    return 'ignore';
  }
  if (eventName === 'issue_comment') {
    const issue = payload.issue as { pull_request?: unknown } | undefined;
    return issue?.pull_request === undefined ? 'ignore' : 'pr-checks';
  }
  if (eventName === 'push') {
    const repository = payload.repository as { default_branch?: string } | undefined;
    const ref = typeof payload.ref === 'string' ? payload.ref : '';
    return repository?.default_branch !== undefined && ref === `refs/heads/${repository.default_branch}`
      ? 'webhook-fanout'
      : 'ignore';
  }
  return 'ignore';
}
