import { InputError } from '../../core/errors/input-error.js';
import type { GitHubPort } from '../../ports/github-port.js';
import { pullRequestFromPayload, type PullRequestPayload } from '../shared/event-payloads.js';
import type { MergedPullRequest } from '../../ports/pull-request-ref.js';
import { manualPullRequest } from '../../use-cases/promote/manual-pull-request.js';

/**
 * The merged PR to promote: from a `pull_request` closed event, or from a `workflow_dispatch` naming it
 * (`merged-pr`, sent by a previous hop that merged with GITHUB_TOKEN). Undefined when the PR was closed unmerged.
 */
export async function mergedPullRequestFromEvent(
  eventName: string,
  payload: Record<string, unknown>,
  github: GitHubPort,
): Promise<MergedPullRequest | undefined> {
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pr = payload.pull_request as PullRequestPayload | undefined;
    if (pr === undefined || payload.action !== 'closed' || pr.merged !== true || !pr.merge_commit_sha)
      return undefined;
    return fromPayload(pr, pr.merge_commit_sha);
  }
  if (eventName === 'workflow_dispatch') {
    const inputs = (payload.inputs ?? {}) as Record<string, unknown>;
    if (manualRequest(payload) !== undefined) return manualPullRequestOf(payload);
    const raw = inputs['merged-pr'];
    const value = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
    if (!/^[1-9][0-9]*$/.test(value)) {
      throw new InputError(
        'merged-pr',
        `workflow_dispatch needs the number of a merged PR, got ${JSON.stringify(value)}`,
      );
    }
    const info = await github.getPullRequest(Number(value));
    if (!info.merged || info.mergeCommitSha === undefined) {
      throw new InputError('merged-pr', `#${value} is not merged; only merged PRs are promoted`);
    }
    return { ...info, mergeCommitSha: info.mergeCommitSha };
  }
  return undefined;
}

function fromPayload(pr: PullRequestPayload, mergeCommitSha: string): MergedPullRequest {
  const mergedBy = pr.merged_by?.login;
  return { ...pullRequestFromPayload(pr), mergeCommitSha, ...(mergedBy === undefined ? {} : { mergedBy }) };
}

/** Component folders and targets of a promotion started by hand, from `workflow_dispatch` inputs. */
export function manualRequest(
  payload: Record<string, unknown>,
): { folders: string[]; targets: string[] | undefined } | undefined {
  const inputs = (payload.inputs ?? {}) as Record<string, unknown>;
  const folders = listInput(inputs.component ?? inputs.components);
  if (folders.length === 0) return undefined;
  const targets = listInput(inputs.targets);
  return { folders, targets: targets.length === 0 ? undefined : targets };
}

function listInput(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function manualPullRequestOf(payload: Record<string, unknown>): MergedPullRequest {
  const sender = payload.sender as { login?: string } | undefined;
  return manualPullRequest(sender?.login ?? '');
}
