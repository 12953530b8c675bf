import { kindMarker, telefonistkaTag } from '../../core/comments/comment-markers.js';
import { findNewlyTicked } from '../../core/dashboard/dashboard-action-key.js';
import type {
  DashboardAction,
  DashboardActionContext,
  DashboardActionHandlers,
  DashboardActionOutcome,
} from '../../core/dashboard/dashboard-action.js';
import { DASHBOARD_KIND } from '../../core/dashboard/dashboard-document.js';
import type { Dashboard, DashboardHold } from '../../core/dashboard/dashboard-types.js';
import { isDashboardTarget } from '../../core/dashboard/list-dashboard-actions.js';
import { describeDashboardAction } from '../../core/dashboard/render-action-outcomes.js';
import { errorMessage } from '../../core/errors/error-message.js';
import { matchesLogin } from '../../core/identity/matches-login.js';
import type { IdentityPort } from '../../ports/identity-port.js';
import { loadRepoConfig } from '../promote/load-repo-config.js';
import { buildRepositoryDashboard } from './build-repository-dashboard.js';
import { listDashboardPulls } from './list-dashboard-pulls.js';
import { updateDashboard, type DashboardDeps, type DashboardUpdateResult } from './update-dashboard.js';
import { DASHBOARD_LABEL } from './write-dashboard-issue.js';

/** An edit of the dashboard issue's body or of one of its part comments, as the event carries it. */
export interface DashboardEdit {
  issue: { number: number; author: string; body: string; labels: readonly string[] };
  /** The comment edited (parts 2..n live in comments); absent when the issue body was edited. */
  comment?: { id: number; author: string; body: string } | undefined;
  /** `changes.body.from`: the edited body before the edit; absent when the body did not change. */
  previousBody: string | undefined;
  sender: string;
}

/** What handling an edit did. */
export type DashboardEditResult =
  | { status: 'ignored'; reason: string }
  | { status: 'reverted'; sender: string; permission: string }
  | {
      status: 'acted';
      actor: string;
      outcomes: DashboardActionOutcome[];
      update: DashboardUpdateResult;
    };

/** The ports an edit is handled through: the dashboard's, the sender's permission, the action handlers. */
export interface DashboardEditDeps extends DashboardDeps {
  permissions: Pick<IdentityPort, 'getPermission'>;
  handlers: DashboardActionHandlers;
  now: () => Date;
  /**
   * The default branch's head now, readable by `snapshot` (`readDashboardHead`): after an action that wrote (a hold
   * merged at once, a promotion auto-merged) the matrix is re-rendered there, not at the edited commit. Absent: the
   * re-render shows `commit`.
   */
  readHead?: (() => Promise<string | undefined>) | undefined;
}

/** Marks the note left on a reverted edit; not a dashboard part (parts start with the dashboard marker). */
const NOTE_MARKER = kindMarker('dashboard-note');

/**
 * Acts on the boxes a writer ticked in the dashboard issue: the edit must be to the dashboard (its markers, its
 * label, opened by this tool's identity; a part comment written by it), not by this identity itself (every
 * update of the dashboard is an edit too). A sender without write access has the edit reverted with a note;
 * a writer's newly ticked boxes are checked against the matrix and dispatched to their handlers, then the
 * dashboard is re-rendered (boxes unticked, outcomes shown above the matrix).
 */
export async function handleDashboardEdit(
  request: { edit: DashboardEdit; commit: string; today: string; holds?: readonly DashboardHold[] },
  deps: DashboardEditDeps,
): Promise<DashboardEditResult> {
  const { edit } = request;
  const skipped = notTheDashboard(edit);
  if (skipped !== undefined) return { status: 'ignored', reason: skipped };
  const { config } = await loadRepoConfig(deps.snapshot, request.commit);
  if (!config.dashboard.enabled) return { status: 'ignored', reason: 'dashboard: off in telefonistka.yaml' };
  const open = await deps.openPulls.listOpenPullsWithViewer();
  const ownAuthor = edit.comment?.author ?? edit.issue.author;
  if (!matchesLogin(edit.issue.author, open.viewer) || !matchesLogin(ownAuthor, open.viewer))
    return { status: 'ignored', reason: `#${edit.issue.number} was not written by ${open.viewer}` };
  const permission = await deps.permissions.getPermission(edit.sender);
  if (permission !== 'admin' && permission !== 'write') {
    await deps.logger.group('Revert the edit', () => revert(edit, permission, deps));
    return { status: 'reverted', sender: edit.sender, permission };
  }
  const ticked = findNewlyTicked(edit.previousBody ?? '', edit.comment?.body ?? edit.issue.body);
  if (ticked.length === 0) return { status: 'ignored', reason: 'no box was newly ticked' };
  deps.logger.info(`@${edit.sender} ticked: ${ticked.map(describeDashboardAction).join(', ')}`);
  const built = await buildRepositoryDashboard(
    { ...request, pulls: listDashboardPulls(open, config.promotionPrAuthors) },
    deps,
  );
  const outcomes: DashboardActionOutcome[] = [];
  for (const action of ticked)
    outcomes.push(
      await deps.logger.group(`Act: ${action.kind}`, () =>
        act(action, { dashboard: built.dashboard, actor: edit.sender, deps }),
      ),
    );
  const update = await deps.logger.group('Re-render the dashboard', async () => {
    const commit = await renderedCommit(request.commit, outcomes, deps);
    const holds = commit === request.commit ? request.holds : undefined;
    return updateDashboard({ ...request, commit, holds, actions: { outcomes, actor: edit.sender } }, deps);
  });
  return { status: 'acted', actor: edit.sender, outcomes, update };
}

/**
 * The commit the re-rendered matrix shows: the default branch's head when an action did something (it may have
 * merged), else the edited commit (nothing moved because of this run, no extra read).
 */
async function renderedCommit(
  commit: string,
  outcomes: readonly DashboardActionOutcome[],
  deps: DashboardEditDeps,
): Promise<string> {
  if (deps.readHead === undefined || !outcomes.some((o) => o.outcome === 'done')) return commit;
  const head = await deps.readHead();
  if (head !== undefined && head !== commit)
    deps.logger.info(`Dashboard: re-rendered at the new head ${head}`);
  return head ?? commit;
}

/** Why the edit is none of the dashboard's business, judged from the event alone (no API call). */
function notTheDashboard(edit: DashboardEdit): string | undefined {
  const start = `${telefonistkaTag}\n${kindMarker(DASHBOARD_KIND)}\n`;
  if (!edit.issue.body.startsWith(start) || !edit.issue.labels.includes(DASHBOARD_LABEL))
    return `#${edit.issue.number} is not the dashboard issue`;
  if (edit.comment !== undefined && !edit.comment.body.startsWith(start))
    return 'the edited comment is not a part of the dashboard';
  if (edit.previousBody === undefined) return 'the body did not change';
  // Whoever wrote the edited object edited it: this tool updating the dashboard (or the author of a look-alike).
  if (matchesLogin(edit.sender, edit.comment?.author ?? edit.issue.author))
    return `edited by its own author ${edit.sender}`;
  return undefined;
}

async function revert(edit: DashboardEdit, permission: string, deps: DashboardEditDeps): Promise<void> {
  const before = edit.previousBody ?? '';
  if (edit.comment === undefined) await deps.issues.updateIssueBody(edit.issue.number, before);
  else await deps.issues.updateIssueComment(edit.comment.id, before);
  const who = /^[A-Za-z0-9-]+(\[bot\])?$/.test(edit.sender) ? `@${edit.sender}` : 'Your';
  await deps.issues.createIssueComment(
    edit.issue.number,
    `${telefonistkaTag}\n${NOTE_MARKER}\n${who}: only people with write access act through this dashboard ` +
      `(GitHub reports your permission as \`${permission}\`), so your edit was reverted. Ask a maintainer to tick ` +
      'the box, or to promote with the promote workflow.',
  );
  deps.logger.info(`Reverted an edit by ${edit.sender} (permission ${permission})`);
}

async function act(
  action: DashboardAction,
  context: { dashboard: Dashboard; actor: string; deps: DashboardEditDeps },
): Promise<DashboardActionOutcome> {
  if (!isDashboardTarget(context.dashboard, action))
    return {
      action,
      outcome: 'refused',
      message:
        'the dashboard has no such cell or environment (the box does not match the matrix); nothing done',
    };
  const run = bindHandler(context.deps.handlers, action);
  if (run === undefined)
    return { action, outcome: 'refused', message: `${action.kind} is not available in this version` };
  try {
    return await run({ actor: context.actor, now: context.deps.now(), dashboard: context.dashboard });
  } catch (error) {
    const message = errorMessage(error);
    context.deps.logger.error(`${action.kind} failed: ${message}`);
    return { action, outcome: 'failed', message };
  }
}

/** The handler of the action's kind, bound to it (undefined when this version has none). */
function bindHandler(
  handlers: DashboardActionHandlers,
  action: DashboardAction,
): ((context: DashboardActionContext) => Promise<DashboardActionOutcome>) | undefined {
  switch (action.kind) {
    case 'promote':
      return bound(handlers.promote, action);
    case 'hold':
      return bound(handlers.hold, action);
    case 'release':
      return bound(handlers.release, action);
    case 'rollback':
      return bound(handlers.rollback, action);
    case 'bundle':
      return bound(handlers.bundle, action);
  }
}

function bound<A>(
  handler: ((action: A, context: DashboardActionContext) => Promise<DashboardActionOutcome>) | undefined,
  action: A,
): ((context: DashboardActionContext) => Promise<DashboardActionOutcome>) | undefined {
  return handler === undefined ? undefined : (context) => handler(action, context);
}
