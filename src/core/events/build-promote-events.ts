import { compareStrings } from '../promotion/compare-strings.js';
import type { PromoteResult } from '../promotion/promote-result.js';
import { environmentsOf } from './environments-of.js';
import type { PromotionEvent } from './promotion-event.js';
import { recordedDeploymentEvents, type RecordedDeploymentFact } from './recorded-deployment-events.js';

/**
 * The promotion events of a promote run, in the order they happened: `merged` for the merged PR when it is a
 * promotion PR someone merged by hand (`handMerge`: no run of this tool sent that event); per promotion PR
 * `opened`, `gated` (held for its gates), `merged` (auto-merged) or `failed` (the PR could not be written); then per
 * environment of the merge `deployed` (recorded as `success` at merge) or `failed` (the record could not be
 * written). A deployment another run already recorded (`exists`) is that run's event, and so is the hand merge
 * when every deployment of it was (a re-run). Pure.
 */
export function buildPromoteEvents(
  result: PromoteResult,
  merge: {
    pullRequest: { number: number; url: string };
    commit: string;
    deployments: readonly RecordedDeploymentFact[];
    /** Who merged the promotion PR by hand and its target folders; undefined when this tool merged it. */
    handMerge?: { by: string; targets: readonly string[] };
  },
): PromotionEvent[] {
  if (result.dryRun) return [];
  const mappings = result.config?.environments;
  const events: PromotionEvent[] = [];
  const recordedHere =
    merge.deployments.length === 0 || merge.deployments.some((deployment) => deployment.outcome !== 'exists');
  if (merge.handMerge !== undefined && recordedHere)
    events.push({
      kind: 'merged',
      source: 'promote',
      pullRequest: merge.pullRequest,
      environments: environmentsOf(merge.handMerge.targets, mappings),
      folders: [...merge.handMerge.targets].sort(compareStrings),
      commit: merge.commit,
      deploymentId: undefined,
      reason: `merged by hand by @${merge.handMerge.by}`,
    });
  for (const entry of result.results) {
    const pullRequest =
      entry.number === undefined ? undefined : { number: entry.number, url: entry.url ?? '' };
    const base = {
      source: 'promote' as const,
      pullRequest,
      environments: environmentsOf(entry.targets, mappings),
      folders: [...entry.targets].sort(compareStrings),
      commit: undefined,
      deploymentId: undefined,
    };
    if (entry.action === 'failed') {
      events.push({ ...base, kind: 'failed', failure: 'write', reason: entry.error ?? 'failed' });
      continue;
    }
    if (entry.opened === true || entry.action === 'opened')
      events.push({ ...base, kind: 'opened', reason: 'promotion PR opened' });
    if (entry.gated === true)
      events.push({ ...base, kind: 'gated', reason: 'held until its gates pass (the sweep decides)' });
    if (entry.action === 'merged') events.push({ ...base, kind: 'merged', reason: 'auto-merged' });
  }
  events.push(
    ...recordedDeploymentEvents(merge.deployments, {
      source: 'promote',
      pullRequest: merge.pullRequest,
      commit: merge.commit,
    }),
  );
  return events;
}
