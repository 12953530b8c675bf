import type { EnvironmentMapping } from '../config/gates-types.js';
import { compareStrings } from '../promotion/compare-strings.js';
import { environmentsOf } from './environments-of.js';
import type { PromotionEvent } from './promotion-event.js';
import { recordedDeploymentEvents, type RecordedDeploymentFact } from './recorded-deployment-events.js';

/** What the sweep did for one gated promotion PR (the shape of the sweep's per-PR result). */
export interface SweptPullRequestFact {
  number: number;
  url: string;
  /** Target folders of the PR (its trusted promoted paths). */
  targets: readonly string[];
  verdict: { state: 'pending' | 'success' | 'failure' | 'error'; description: string };
  /** The verdict was written: it changed since the last sweep. */
  written: boolean;
  merge?: 'merged' | 'auto-merge-enabled' | 'left-open';
  mergeCommitSha?: string;
  deployments?: readonly RecordedDeploymentFact[];
  error?: string;
}

/** A deployment whose final status the sweep wrote (the shape of the confirmation's result). */
export interface ConfirmedDeploymentFact {
  environment: string;
  id: number;
  sha: string;
  state: 'success' | 'failure' | 'inactive';
  description: string;
  /** The merged PR the deployment records (from its payload). */
  pullRequest?: { number: number; url: string };
  /** The component folders the deployment records. */
  components?: readonly string[];
}

/**
 * The promotion events of a sweep: deployments it confirmed (`deployed`, or `failed` when Argo CD reports the
 * commit degraded), then per gated PR a verdict that changed to `pending` (`gated`, with what it waits for) or
 * `failure` (`failed`), a merge (`merged`, then the merge's `deployed` records), or an error. An unchanged
 * verdict sends nothing, so a sweep every 15 minutes does not repeat itself. Pure.
 */
export function buildSweepEvents(
  result: { pullRequests: readonly SweptPullRequestFact[]; confirmed: readonly ConfirmedDeploymentFact[] },
  mappings: readonly EnvironmentMapping[] | undefined,
): PromotionEvent[] {
  const events: PromotionEvent[] = [];
  for (const confirmed of result.confirmed) {
    if (confirmed.state === 'inactive') continue;
    const base = {
      source: 'sweep' as const,
      pullRequest: confirmed.pullRequest,
      environments: [confirmed.environment],
      folders: [...(confirmed.components ?? [])].sort(compareStrings),
      commit: confirmed.sha,
      deploymentId: confirmed.id,
      reason: confirmed.description,
    };
    events.push(
      confirmed.state === 'success'
        ? { ...base, kind: 'deployed' }
        : { ...base, kind: 'failed', failure: 'deployment' },
    );
  }
  for (const pr of result.pullRequests) events.push(...pullRequestEvents(pr, mappings));
  return events;
}

function pullRequestEvents(
  pr: SweptPullRequestFact,
  mappings: readonly EnvironmentMapping[] | undefined,
): PromotionEvent[] {
  const base = {
    source: 'sweep' as const,
    pullRequest: { number: pr.number, url: pr.url },
    environments: environmentsOf(pr.targets, mappings),
    folders: [...pr.targets].sort(compareStrings),
    commit: undefined,
    deploymentId: undefined,
  };
  const events: PromotionEvent[] = [];
  if (pr.error !== undefined) {
    events.push({ ...base, kind: 'failed', failure: 'write', reason: pr.error });
    return events;
  }
  if (pr.written && pr.verdict.state === 'pending')
    events.push({ ...base, kind: 'gated', reason: pr.verdict.description });
  if (pr.written && (pr.verdict.state === 'failure' || pr.verdict.state === 'error'))
    events.push({ ...base, kind: 'failed', failure: 'gates', reason: pr.verdict.description });
  if (pr.merge !== 'merged') return events;
  events.push({ ...base, kind: 'merged', commit: pr.mergeCommitSha, reason: pr.verdict.description });
  events.push(
    ...recordedDeploymentEvents(pr.deployments ?? [], {
      source: 'sweep',
      pullRequest: base.pullRequest,
      commit: pr.mergeCommitSha,
    }),
  );
  return events;
}
