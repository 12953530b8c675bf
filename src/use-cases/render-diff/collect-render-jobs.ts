import type { RepoConfig } from '../../core/config/types.js';
import { ConfigError } from '../../core/errors/config-error.js';
import { findChangedComponents } from '../../core/promotion/find-changed-components.js';
import { planPromotions } from '../../core/promotion/plan-promotions.js';
import type {
  ChangedComponent,
  PlanPullRequest,
  PromotionMetadata,
  SyncPath,
} from '../../core/promotion/types.js';
import { planRenderJobs } from '../../core/render/plan-render-jobs.js';
import type { RenderJob } from '../../core/render/types.js';
import type { LocalGitPort } from '../../ports/local-git-port.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';
import { gatherPlanInput } from '../promote/gather-plan-input.js';

/** What to render for a PR, and the findings of planning it. */
export interface CollectedJobs {
  jobs: RenderJob[];
  /** The PR carries promotion metadata: its promoted paths are the folders, there is no downstream step. */
  promotionPr: boolean;
  warnings: string[];
}

/** What collecting needs: the PR, its revisions, the trusted metadata if any, and the loaded configuration. */
export interface CollectJobsInput {
  base: string;
  head: string;
  pullRequest: PlanPullRequest;
  /** The metadata of a promotion PR this action opened; the PR body itself is never read for it. */
  promotionMetadata?: PromotionMetadata | undefined;
  config: RepoConfig;
}

/**
 * The folders to compare. A promotion PR this action opened (trusted metadata with `promotedPaths`): each
 * promoted path, base vs head, plus the components of files it changes outside them. Any other PR: each
 * component it changes under a configured `sourcePath` (files of `merge-base..head`, as GitHub lists a PR's
 * files), base vs head, plus every target the promotion plan would sync it to, now vs after the promotion.
 */
export async function collectRenderJobs(
  input: CollectJobsInput,
  ports: { git: LocalGitPort; snapshot: RepoSnapshotPort },
): Promise<CollectedJobs> {
  const { base, head } = input;
  const since = (await ports.git.mergeBase(base, head)) ?? base;
  const files = await ports.git.diff(since, head);
  const promoted = (input.promotionMetadata?.promotedPaths ?? [])
    .map((path) => path.replace(/\/+$/, ''))
    .filter((path) => path !== '');
  if (promoted.length > 0) {
    const inside = (path: string) => promoted.some((folder) => path.startsWith(`${folder}/`));
    const outside = files.filter(
      (f) => !inside(f.path) || (f.previousPath !== undefined && !inside(f.previousPath)),
    );
    const found = findChangedComponents(input.config, outside);
    const changedPaths = [...promoted, ...found.components.map((c) => `${c.sourcePath}${c.component}`)];
    const jobs = planRenderJobs({ base, head, changedPaths, syncPaths: [] });
    return { jobs, promotionPr: true, warnings: found.warnings };
  }
  const found = findChangedComponents(input.config, files);
  const planned = await planDownstream(input, found.components, ports).catch((error: unknown) => {
    if (!(error instanceof ConfigError)) throw error;
    return {
      syncPaths: [],
      warnings: [
        `${error.message} (promotion targets cannot be planned; only the changed components are shown)`,
      ],
    };
  });
  const jobs = planRenderJobs({
    base,
    head,
    changedPaths: found.components.map((c) => `${c.sourcePath}${c.component}`),
    syncPaths: planned.syncPaths,
  });
  const warnings = [...found.warnings, ...planned.warnings];
  return { jobs, promotionPr: false, warnings: [...new Set(warnings)] };
}

/** The sync pairs of the promotions merging the PR would open (the promote flow's own planning). */
async function planDownstream(
  input: CollectJobsInput,
  components: readonly ChangedComponent[],
  ports: { snapshot: RepoSnapshotPort },
): Promise<{ syncPaths: SyncPath[]; warnings: string[] }> {
  const [sourceTree, targetTree] = await Promise.all([
    ports.snapshot.readTree(input.head),
    ports.snapshot.readTree(input.base),
  ]);
  // Planning reads metadata from the body; only a trusted promotion PR's counts, and those have no downstream.
  const gathered = await gatherPlanInput({ ...input.pullRequest, body: '' }, components, {
    snapshot: ports.snapshot,
    sourceCommit: input.head,
    sourceTree,
    baseCommit: input.base,
    targetTree,
  });
  const plan = planPromotions(input.config, gathered.input);
  return {
    syncPaths: plan.promotions.flatMap((promotion) => promotion.syncPaths),
    warnings: [...gathered.warnings, ...plan.warnings],
  };
}
