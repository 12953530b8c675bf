import type { PromoteResult } from '../../core/promotion/promote-result.js';

/** The `plan` and `pull-requests` outputs of a promote run. */
export function promoteOutputs(result: PromoteResult): Record<string, object> {
  return {
    plan: result.plan,
    'pull-requests': result.results.map((r) => ({
      number: r.number ?? null,
      url: r.url ?? null,
      branch: r.branch,
      targets: r.targets,
      action: r.action,
      superseded: r.superseded,
      supersededBy: r.supersededBy ?? [],
      ...(r.merge === undefined ? {} : { merge: r.merge }),
      ...(r.error === undefined ? {} : { error: r.error }),
    })),
  };
}
