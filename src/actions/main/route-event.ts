const DASHBOARD_START = '<!-- telefonistka_tag -->\n<!-- telefonistka:dashboard -->\n';

/** The flows the root action can hand an event to. */
export type Flow = 'promote' | 'dashboard' | 'pr-checks' | 'argocd-diff' | 'webhook-fanout' | 'sweep';

/** The parts of an event that decide its flows. */
export interface RoutableEvent {
  eventName: string;
  payload: Record<string, unknown>;
}

/**
 * Which flows handle an event, in order, as the Go bot's `event` command routes them: merged PRs are promoted,
 * then the dashboard issue is updated (and Argo CD apps synced from the PR branch are pointed back at HEAD);
 * opened or updated PRs are checked and
 * diffed; new PR comments carry commands; an edited bot comment carries the sync checkbox; pushes to the default
 * branch are fanned out; edits of the dashboard issue (its body or a part comment) act on its checkboxes; scheduled runs sweep the gates of open promotion PRs and update the dashboard, or map the drift with
 * `mode: drift-map` (PR checks). An empty list means nothing to do.
 */
export function routeEvent(event: RoutableEvent, options: { mode?: string | undefined } = {}): Flow[] {
  const { eventName, payload } = event;
  const action = typeof payload.action === 'string' ? payload.action : '';
  switch (eventName) {
    case 'workflow_dispatch':
      return ['promote'];
    case 'pull_request':
    case 'pull_request_target':
      return pullRequestFlows(action, payload);
    case 'issue_comment':
      return commentFlows(action, payload);
    case 'issues':
      return action === 'edited' && startsAsDashboard((payload.issue as { body?: unknown } | undefined)?.body)
        ? ['dashboard']
        : [];
    case 'push':
      return isDefaultBranchPush(payload) ? ['webhook-fanout'] : [];
    case 'schedule':
      // A scheduled run with `mode: drift-map` maps the drift of the whole repository; others sweep the gates,
      // then bring the dashboard issue up to date (it skips itself with `dashboard: off`).
      return options.mode === 'drift-map' ? ['pr-checks'] : ['sweep', 'dashboard'];
    default:
      return [];
  }
}

function pullRequestFlows(action: string, payload: Record<string, unknown>): Flow[] {
  const pr = payload.pull_request as { merged?: boolean } | undefined;
  if (action === 'closed')
    return pr?.merged === true ? ['promote', 'dashboard', 'argocd-diff'] : ['argocd-diff'];
  if (['opened', 'synchronize', 'reopened'].includes(action)) return ['pr-checks', 'argocd-diff'];
  if (action === 'labeled') return ['pr-checks'];
  return [];
}

function commentFlows(action: string, payload: Record<string, unknown>): Flow[] {
  const issue = payload.issue as { pull_request?: unknown } | undefined;
  if (issue?.pull_request === undefined) {
    // A part (2..n) of the dashboard issue lives in a comment: its checkboxes act too.
    const comment = payload.comment as { body?: unknown } | undefined;
    return action === 'edited' && startsAsDashboard(comment?.body) ? ['dashboard'] : [];
  }
  if (action === 'created') return ['pr-checks'];
  if (action === 'edited') return ['argocd-diff'];
  return [];
}

/** The dashboard's hidden markers open its body and its part comments (the flow checks author and label). */
function startsAsDashboard(body: unknown): boolean {
  return typeof body === 'string' && body.startsWith(DASHBOARD_START);
}

function isDefaultBranchPush(payload: Record<string, unknown>): boolean {
  const repository = payload.repository as { default_branch?: string } | undefined;
  const ref = typeof payload.ref === 'string' ? payload.ref : '';
  return repository?.default_branch !== undefined && ref === `refs/heads/${repository.default_branch}`;
}
