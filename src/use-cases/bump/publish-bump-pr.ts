import type { BumpTarget } from '../../core/bump/choose-bump-target.js';
import { labelAndAssign } from '../shared/label-and-assign.js';
import type { BumpTargetSnapshot } from './bump-reader.js';
import type { BumpDeps, BumpRequest } from './bump-types.js';

/** The bump PR after publishing. */
export interface PublishedBumpPr {
  pullRequest: { number: number; url: string; nodeId: string };
  action: 'opened' | 'updated' | 'unchanged';
  warnings: string[];
}

/**
 * Opens the bump PR against the default branch, labelled `promotion` (+ extra labels) and assigned to the
 * triggering actor, or refreshes the title and body of the PR that already carries the branch.
 */
export async function publishBumpPr(input: {
  title: string;
  body: string;
  branch: string;
  target: BumpTarget;
  /** Whether this run wrote a new commit to the branch. */
  written: boolean;
  request: BumpRequest;
  deps: BumpDeps;
  snapshot: BumpTargetSnapshot;
}): Promise<PublishedBumpPr> {
  const { github, logger } = input.deps;
  const existing = input.target.kind === 'existing' ? input.target.pullRequest : undefined;
  if (existing !== undefined) {
    const retitled = await refresh(existing, input);
    const action = input.written || retitled ? 'updated' : 'unchanged';
    logger.info(`#${existing.number} ${action}: ${existing.url}`);
    return { pullRequest: existing, action, warnings: [] };
  }
  const created = await github.createPullRequest({
    title: input.title,
    body: input.body,
    head: input.branch,
    base: input.snapshot.defaultBranch,
  });
  if (created === undefined) {
    // Someone opened it between our read and now.
    const found = (await github.listOpenPullRequests({ head: input.branch }))[0];
    if (found === undefined)
      throw new Error(`GitHub says a PR for ${input.branch} exists but lists none; re-run the job`);
    await refresh({ number: found.number, title: found.title, body: found.body }, input);
    return { pullRequest: found, action: 'updated', warnings: [] };
  }
  const labels = [...new Set(['promotion', ...input.request.labels])];
  const warnings = await labelAndAssign(github, created.number, {
    labels,
    assignee: input.request.actor,
    logger,
    sleep: input.deps.sleep,
  });
  for (const warning of warnings) logger.warning(warning);
  logger.info(`#${created.number} opened: ${created.url}`);
  return { pullRequest: created, action: 'opened', warnings };
}

async function refresh(
  pr: { number: number; title: string; body: string },
  input: { title: string; body: string; deps: BumpDeps },
): Promise<boolean> {
  if (pr.title === input.title && pr.body === input.body) return false;
  await input.deps.github.updatePullRequest(pr.number, { title: input.title, body: input.body });
  return true;
}
