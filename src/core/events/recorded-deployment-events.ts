import { compareStrings } from '../promotion/compare-strings.js';
import type { PromotionEvent, PromotionEventSource } from './promotion-event.js';

/** A deployment a run recorded for a merge (the shape of the record step's result). */
export interface RecordedDeploymentFact {
  environment: string;
  outcome: 'in_progress' | 'success' | 'exists' | 'failed';
  id?: number;
  components?: readonly string[];
  error?: string;
}

/**
 * The events of a merge's deployment records: `deployed` for one recorded as `success` at merge, `failed` for
 * one that could not be written. `in_progress` waits for the sweep's confirmation; `exists` was another run's.
 */
export function recordedDeploymentEvents(
  deployments: readonly RecordedDeploymentFact[],
  merge: {
    source: PromotionEventSource;
    pullRequest: { number: number; url: string };
    commit: string | undefined;
  },
): PromotionEvent[] {
  return deployments.flatMap((deployment): PromotionEvent[] => {
    const base = {
      source: merge.source,
      pullRequest: merge.pullRequest,
      environments: [deployment.environment],
      folders: [...(deployment.components ?? [])].sort(compareStrings),
      commit: merge.commit,
      deploymentId: deployment.id,
    };
    if (deployment.outcome === 'success')
      return [{ ...base, kind: 'deployed', reason: `merged in #${String(merge.pullRequest.number)}` }];
    if (deployment.outcome === 'failed')
      return [
        {
          ...base,
          kind: 'failed',
          failure: 'write',
          reason: `the deployment record of ${deployment.environment} could not be written: ${deployment.error ?? 'failed'}`,
        },
      ];
    return [];
  });
}
