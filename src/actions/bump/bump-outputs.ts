import type { BumpResult } from '../../core/bump/bump-result.js';

/** The bump action's outputs from its result (`api-calls` is set by withFinalOutputs). */
export function bumpOutputs(result: BumpResult): Record<string, string | number | boolean> {
  return {
    'pull-request-number': result.pullRequest?.number ?? '',
    'pull-request-url': result.pullRequest?.url ?? '',
    changed: result.changed,
    result: result.result,
    branch: result.branch ?? '',
    merge: result.merge,
  };
}
