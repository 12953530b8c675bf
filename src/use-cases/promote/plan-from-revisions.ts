import { findChangedComponents } from '../../core/promotion/find-changed-components.js';
import { planPromotions } from '../../core/promotion/plan-promotions.js';
import type { PlanPullRequest, PromotionPlan } from '../../core/promotion/types.js';
import type { LocalGitPort } from '../../ports/local-git-port.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';
import { gatherPlanInput } from './gather-plan-input.js';
import { loadRepoConfig } from './load-repo-config.js';

/** Revisions of a local plan: changes are `base..head`, configs read at `configRef`, holds at `base`. */
export interface PlanRevisions {
  base: string;
  head: string;
  configRef: string;
}

/** The plan a merge of `head` into `base` would produce, computed from a local repository only. */
export async function planFromRevisions(
  revisions: PlanRevisions,
  pullRequest: PlanPullRequest,
  ports: { git: LocalGitPort; snapshot: RepoSnapshotPort },
): Promise<PromotionPlan> {
  const loaded = await loadRepoConfig(ports.snapshot, revisions.configRef);
  const files = await ports.git.diff(revisions.base, revisions.head);
  const found = findChangedComponents(loaded.config, files);
  const [sourceTree, targetTree] = await Promise.all([
    ports.snapshot.readTree(revisions.head),
    ports.snapshot.readTree(revisions.base),
  ]);
  const gathered = await gatherPlanInput(pullRequest, found.components, {
    snapshot: ports.snapshot,
    sourceCommit: revisions.head,
    sourceTree,
    baseCommit: revisions.base,
    targetTree,
    // Holds count as the branch merged into has them: the change itself cannot release a hold.
    holds: { commit: revisions.base },
  });
  const plan = planPromotions(loaded.config, gathered.input);
  const warnings = [...loaded.warnings, ...found.warnings, ...gathered.warnings, ...plan.warnings];
  return { promotions: plan.promotions, warnings: [...new Set(warnings)] };
}
