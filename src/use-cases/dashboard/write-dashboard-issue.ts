import { createHash } from 'node:crypto';
import { kindMarker, telefonistkaTag } from '../../core/comments/comment-markers.js';
import { planCommentUpdates } from '../../core/comments/plan-comment-updates.js';
import { DASHBOARD_KIND } from '../../core/dashboard/dashboard-document.js';
import { matchesLogin } from '../../core/identity/matches-login.js';
import { errorMessage } from '../../core/errors/error-message.js';
import type { IssueInfo, IssuesPort, PinIssueOutcome } from '../../ports/issues-port.js';
import type { Logger } from '../../ports/logger.js';
import type { PinnedIssues } from '../../ports/open-pulls-port.js';

/** The label that finds the dashboard issue in one list call. */
export const DASHBOARD_LABEL = 'telefonistka-dashboard';

/** The dashboard issue's title. */
export const DASHBOARD_TITLE = 'Promotion dashboard';

/** What writing the dashboard did. */
export interface DashboardWriteResult {
  issue: number;
  url: string;
  created: boolean;
  /** True when the issue already showed exactly these parts: nothing was written. */
  unchanged: boolean;
  parts: number;
  writes: number;
  /** When the issue was created, or a refused pin retried: pinned, or why not (three pinned already, no permission). */
  pin?: PinIssueOutcome | undefined;
}

const DIGEST_PATTERN = /<!-- telefonistka:dashboard:digest:([0-9a-f]{40}):parts:(\d{1,3}) -->/;

/** Marks a dashboard whose pin GitHub refused: later updates retry it, once per run, until it is pinned. */
const PIN_REFUSED_MARKER = '<!-- telefonistka:dashboard:pin-refused -->';

/** GitHub pins at most three issues per repository. */
const MAX_PINNED_ISSUES = 3;

/** What writing the dashboard issue goes through. */
export interface DashboardIssueDeps {
  issues: IssuesPort;
  ownLogin: string;
  logger: Logger;
  force?: boolean;
  /** The repository's pinned issues, read with the open PRs (no extra request); absent: unknown, no retry. */
  pinned?: PinnedIssues | undefined;
}

/**
 * Makes the dashboard issue show `parts`: part 1 is the issue body, later parts its comments (edited in place,
 * created, or deleted when the matrix shrinks). The issue is the oldest open one labelled `telefonistka-dashboard`
 * that starts with the dashboard's hidden markers and that `ownLogin` wrote (a look-alike by anyone else is never
 * adopted); it is created when there is none. Part 1 carries a digest of every part, so an unchanged dashboard
 * costs one list call and no write; `force` compares the text itself (after a user ticked boxes in it).
 * A new issue is pinned; when GitHub refuses, part 1 carries a hidden marker and a later update that finds the issue
 * still unpinned tries again (one attempt per run, none while three issues are pinned, none once it is pinned). A
 * dashboard someone unpinned by hand after it was pinned carries no marker and stays unpinned.
 */
export async function writeDashboardIssue(
  parts: readonly string[],
  deps: DashboardIssueDeps,
): Promise<DashboardWriteResult> {
  const digest = createHash('sha1').update(parts.join('\u0000')).digest('hex');
  const first = `${parts[0] ?? ''}\n<!-- telefonistka:dashboard:digest:${digest}:parts:${parts.length} -->`;
  const existing = await findDashboardIssue(deps);
  if (existing === undefined) return createDashboardIssue(parts, first, deps);
  const known = DIGEST_PATTERN.exec(existing.body);
  const wasRefused = existing.body.includes(PIN_REFUSED_MARKER);
  const pinnedNow = deps.pinned?.numbers.includes(existing.number);
  const retried = wasRefused && pinnedNow === false ? await retryPin(existing, deps) : undefined;
  const pin = retried?.pin;
  const stillRefused = wasRefused && pinnedNow !== true && pin?.pinned !== true;
  const body = stillRefused ? `${first}\n${PIN_REFUSED_MARKER}` : first;
  const pinWrites = retried?.requested === true ? 1 : 0;
  const result = { issue: existing.number, url: existing.url, created: false, parts: parts.length, pin };
  // `force`: a user edited the parts (ticked boxes): the digest still matches, the text does not.
  if (known?.[1] === digest && deps.force !== true && wasRefused === stillRefused) {
    deps.logger.info(`Dashboard: #${existing.number} is up to date`);
    return { ...result, unchanged: true, writes: pinWrites };
  }
  let writes = pinWrites;
  if (existing.body !== body) {
    await deps.issues.updateIssueBody(existing.number, body);
    writes++;
  }
  const previousParts = known === null ? Number.POSITIVE_INFINITY : Number(known[2]);
  if (parts.length > 1 || previousParts > 1 || deps.force === true)
    writes += await writeContinuations(existing.number, parts.slice(1), deps);
  deps.logger.info(`Dashboard: updated #${existing.number} (${parts.length} parts, ${writes} writes)`);
  return { ...result, unchanged: false, writes };
}

/** Creates the issue and its part comments, then pins it; a refused pin is marked in part 1 for a later retry. */
async function createDashboardIssue(
  parts: readonly string[],
  first: string,
  deps: DashboardIssueDeps,
): Promise<DashboardWriteResult> {
  const issue = await deps.issues.createIssue({
    title: DASHBOARD_TITLE,
    body: first,
    labels: [DASHBOARD_LABEL],
  });
  for (const part of parts.slice(1)) await deps.issues.createIssueComment(issue.number, part);
  deps.logger.info(`Dashboard: created #${issue.number} (${parts.length} parts)`);
  const { pin, requested } = await attemptPin(issue, deps);
  if (!pin.pinned) await deps.issues.updateIssueBody(issue.number, `${first}\n${PIN_REFUSED_MARKER}`);
  return {
    issue: issue.number,
    url: issue.url,
    created: true,
    unchanged: false,
    parts: parts.length,
    // The parts, the pin request when one was made, and the body again with the marker when it was refused.
    writes: parts.length + (requested ? 1 : 0) + (pin.pinned ? 0 : 1),
    pin,
  };
}

/** What pinning did, and whether it cost a request. */
interface PinAttempt {
  pin: PinIssueOutcome;
  requested: boolean;
}

/** The retry of a pin GitHub refused before, on an update that finds the issue still unpinned. */
async function retryPin(issue: IssueInfo, deps: DashboardIssueDeps): Promise<PinAttempt> {
  deps.logger.info(`Dashboard: #${issue.number} is not pinned (GitHub refused it before): trying again`);
  return attemptPin(issue, deps);
}

/**
 * Pins the issue; a refusal is reported and never fails the update (the matrix is written already). While three
 * issues are pinned (read with the open PRs) GitHub would refuse: no request is made.
 */
async function attemptPin(issue: IssueInfo, deps: DashboardIssueDeps): Promise<PinAttempt> {
  let pin: PinIssueOutcome;
  const pinned = deps.pinned;
  const full = pinned !== undefined && pinned.total >= MAX_PINNED_ISSUES;
  if (full)
    pin = {
      pinned: false,
      reason: `${pinned.total} issues are pinned already (${pinned.numbers.map((n) => `#${n}`).join(', ')})`,
    };
  else {
    try {
      pin = await deps.issues.pinIssue(issue);
    } catch (error) {
      pin = { pinned: false, reason: errorMessage(error) };
    }
  }
  if (pin.pinned) deps.logger.info(`Dashboard: pinned #${issue.number}`);
  else
    deps.logger.warning(
      `Dashboard #${issue.number} was not pinned: ${pin.reason}. GitHub pins at most 3 issues per repository and needs a ` +
        'token with write access to issues (permissions: issues: write); pin it from the issue page, or unpin another ' +
        'issue: a later update tries again.',
    );
  return { pin, requested: !full };
}

async function findDashboardIssue(deps: {
  issues: IssuesPort;
  ownLogin: string;
  logger: Logger;
}): Promise<IssueInfo | undefined> {
  const start = `${telefonistkaTag}\n${kindMarker(DASHBOARD_KIND)}\n`;
  const candidates = (await deps.issues.listOpenIssues({ label: DASHBOARD_LABEL })).filter((issue) =>
    issue.body.startsWith(start),
  );
  for (const issue of candidates) {
    if (matchesLogin(issue.author, deps.ownLogin)) return issue;
    deps.logger.info(
      `#${issue.number} looks like the dashboard but was opened by ${issue.author || 'someone else'}: left alone.`,
    );
  }
  return undefined;
}

/** Parts 2..n as the issue's comments, by part marker; only this identity's comments are touched. */
async function writeContinuations(
  number: number,
  parts: readonly string[],
  deps: { issues: IssuesPort; ownLogin: string },
): Promise<number> {
  const start = `${telefonistkaTag}\n${kindMarker(DASHBOARD_KIND)}\n`;
  const own = (await deps.issues.listIssueComments(number)).filter(
    (comment) => comment.body.startsWith(start) && matchesLogin(comment.author, deps.ownLogin),
  );
  // Comments hold parts 2..n: shift the numbering so the planner sees them as 1..n-1 of the same kind.
  const plan = planCommentUpdates(own, ['', ...parts], DASHBOARD_KIND);
  const updates = plan.update.filter((update) => update.body !== '');
  for (const update of updates) await deps.issues.updateIssueComment(update.id, update.body);
  for (const body of plan.create.filter((text) => text !== ''))
    await deps.issues.createIssueComment(number, body);
  for (const id of plan.delete) await deps.issues.deleteIssueComment(id);
  return updates.length + plan.create.filter((text) => text !== '').length + plan.delete.length;
}
