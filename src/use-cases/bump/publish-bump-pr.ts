import type { BumpPullRequest, BumpTarget } from '../../core/bump/choose-bump-target.js';
import { findEarlierBumpPr } from '../../core/bump/find-earlier-bump-pr.js';
import { isOwnPullRequest } from '../../core/bump/is-own-pull-request.js';
import { labelAndAssign } from '../shared/label-and-assign.js';
import type { BumpTargetSnapshot } from '../../ports/bump-reader-port.js';
import type { BumpDeps, BumpRequest } from './bump-types.js';
import { errorMessage } from '../../core/errors/error-message.js';
import { ExternalError } from '../../core/errors/external-error.js';

/** The bump PR after publishing. */
export interface PublishedBumpPr {
  pullRequest: { number: number; url: string; nodeId: string };
  action: 'opened' | 'updated' | 'unchanged';
  warnings: string[];
}

/** What publishing needs. */
export interface PublishBumpPrInput {
  title: string;
  body: string;
  branch: string;
  target: BumpTarget;
  /** Whether this run wrote a new commit to the branch. */
  written: boolean;
  request: BumpRequest;
  deps: BumpDeps;
  snapshot: BumpTargetSnapshot;
}

/** This run's new PR lost the race to an earlier open bump PR of the same file; the bump starts over. */
export class BumpPrRaced extends Error {
  constructor(own: number, earlier: number) {
    super(
      `#${own} was opened at the same time as #${earlier} for the same file; folding it into #${earlier}`,
    );
    this.name = 'BumpPrRaced';
  }
}

/**
 * Opens the bump PR against the default branch, labelled `promotion` (+ extra labels) and assigned to the
 * triggering actor, or brings the PR that already carries the branch up to date. Every run converges: an
 * existing PR's title, body, labels and assignee are checked against what this run would write and mended (no
 * call when whole), so a PR half-made by an earlier run (a label call that failed, a lost create answer) is
 * repaired by the next one. A new PR that raced an earlier bump PR of the same file (two runs without the
 * documented concurrency group) is closed and the bump starts over to fold into the earlier one.
 */
export async function publishBumpPr(input: PublishBumpPrInput): Promise<PublishedBumpPr> {
  const existing = input.target.kind === 'existing' ? input.target.pullRequest : undefined;
  if (existing !== undefined) {
    const mended = await mend(existing, input);
    const action = input.written || mended.changed ? 'updated' : 'unchanged';
    input.deps.logger.info(`#${existing.number} ${action}: ${existing.url}`);
    return { pullRequest: existing, action, warnings: mended.warnings };
  }
  const created = await input.deps.github.createPullRequest({
    title: input.title,
    body: input.body,
    head: input.branch,
    base: input.snapshot.defaultBranch,
  });
  if (created === undefined) return adopt(input);
  await foldIntoEarlier(created.number, input);
  const warnings = await labelNew(created.number, input);
  input.deps.logger.info(`#${created.number} opened: ${created.url}`);
  return { pullRequest: created, action: 'opened', warnings };
}

/**
 * GitHub says a PR for the branch exists although the read before found none: our own create whose answer was
 * lost (5xx, then the retry got 422), or a run for the same SHA. It is adopted only when this tool opened it.
 */
async function adopt(input: PublishBumpPrInput): Promise<PublishedBumpPr> {
  const { snapshot, branch } = input;
  const found = (await input.deps.reader.listOpenPullRequests()).find(
    (pr) => !pr.isCrossRepository && pr.headRef === branch && pr.baseRef === snapshot.defaultBranch,
  );
  if (found === undefined)
    throw new Error(`GitHub says a PR for ${branch} exists but lists none; re-run the job`);
  if (!isOwnPullRequest(found, snapshot.viewerLogin)) {
    throw new Error(
      `#${found.number} on ${branch} was opened by ${found.author || 'a deleted account'}, not by this tool (which writes as ${snapshot.viewerLogin}); close it and delete the branch, then re-run`,
    );
  }
  const mended = await mend(found, input);
  // A new branch that this run created can only carry the PR this run opened (its answer was lost).
  const action = input.target.kind === 'new' ? 'opened' : 'updated';
  input.deps.logger.info(`#${found.number} ${action} (found after GitHub reported it exists): ${found.url}`);
  return { pullRequest: found, action, warnings: mended.warnings };
}

/** Title and body, then labels and assignee, of a PR this tool opened; `changed` when anything was written. */
async function mend(
  pr: BumpPullRequest,
  input: PublishBumpPrInput,
): Promise<{ changed: boolean; warnings: string[] }> {
  const { github, logger, sleep } = input.deps;
  let changed = false;
  if (pr.title !== input.title || pr.body !== input.body) {
    await github.updatePullRequest(pr.number, { title: input.title, body: input.body });
    changed = true;
  }
  const labels = desiredLabels(input.request);
  const assignee = assignable(input.request.actor) ? input.request.actor : '';
  const missing = [
    labels.some((label) => !pr.labels.includes(label)) ? 'labels' : '',
    assignee !== '' && !pr.assignees.some((login) => login.toLowerCase() === assignee.toLowerCase())
      ? `assignee ${assignee}`
      : '',
  ].filter((part) => part !== '');
  if (missing.length === 0) return { changed, warnings: [] };
  logger.info(`#${pr.number} lacks its ${missing.join(' and ')}: mending`);
  // Adds, never removes: labels and assignees that people added stay.
  const warnings = await labelAndAssign(github, pr.number, {
    labels,
    assignee,
    logger,
    sleep,
    current: { labels: pr.labels, assignees: pr.assignees },
  });
  for (const warning of warnings) logger.warning(warning);
  return { changed: true, warnings };
}

/** Labels and assignee of the PR this run just opened; a failure leaves it for the next run to mend. */
async function labelNew(number: number, input: PublishBumpPrInput): Promise<string[]> {
  const { github, logger, sleep } = input.deps;
  try {
    const warnings = await labelAndAssign(github, number, {
      labels: desiredLabels(input.request),
      assignee: input.request.actor,
      logger,
      sleep,
    });
    for (const warning of warnings) logger.warning(warning);
    return warnings;
  } catch (error) {
    const reason = errorMessage(error);
    if (
      error instanceof ExternalError &&
      (error.refusal === 'forbidden' || error.refusal === 'bad-credentials')
    ) {
      throw new Error(
        `#${number} is open but the token may not set its labels and assignee (${reason}); give it pull-requests: write (or issues: write) on ${input.request.targetRepo}, then re-run the job: the next run sets them`,
        { cause: error },
      );
    }
    throw new Error(
      `#${number} is open but its labels and assignee could not be set (${reason}); re-run the job: the next run sets them`,
      { cause: error },
    );
  }
}

/**
 * Two bumps of one file that run at once (no concurrency group) each open a PR. After opening, the open PRs
 * are listed again: when an earlier bump PR of this tool touches the same files, this run's PR is closed
 * (its branch deleted) and the bump starts over, coalescing into the earlier PR. The earliest PR always
 * survives, whatever the timing, so exactly one stays open.
 */
async function foldIntoEarlier(number: number, input: PublishBumpPrInput): Promise<void> {
  const { request, snapshot, deps } = input;
  if (!request.coalesce) return;
  const earlier = findEarlierBumpPr({
    number,
    triggeringRepo: request.triggeringRepo,
    sha: request.sha,
    edits: request.edits,
    defaultBranch: snapshot.defaultBranch,
    ownLogin: snapshot.viewerLogin,
    openPullRequests: await deps.reader.listOpenPullRequests(),
  });
  if (earlier === undefined) return;
  deps.logger.info(`#${earlier} is an earlier open bump PR of the same file: closing #${number}`);
  // Deleting the head branch closes the PR.
  await deps.github.deleteBranch(input.branch);
  throw new BumpPrRaced(number, earlier);
}

function desiredLabels(request: BumpRequest): string[] {
  return [...new Set(['promotion', ...request.labels])];
}

/** GitHub never accepts a bot as assignee: asking again on every run would only cost a call. */
function assignable(login: string): boolean {
  return login !== '' && !login.endsWith('[bot]');
}
