import type { CommentDocument } from '../../core/comments/types.js';
import type { Loaded, RepoConfig } from '../../core/config/types.js';
import type { PlanPullRequest, PromotionMetadata } from '../../core/promotion/types.js';
import type { Re2Regex } from '../../core/regex/compile-regex.js';
import { diffRenderedObjects } from '../../core/render/diff-rendered-objects.js';
import { manifestDiffDocument } from '../../core/render/manifest-diff-document.js';
import type { RenderDiffItem, RenderJob } from '../../core/render/types.js';
import type { LocalGitPort } from '../../ports/local-git-port.js';
import type { Logger } from '../../ports/logger.js';
import type { ManifestRendererPort } from '../../ports/manifest-renderer-port.js';
import type { RenderWorkspacePort } from '../../ports/render-workspace-port.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';
import { loadRepoConfig } from '../promote/load-repo-config.js';
import { collectRenderJobs } from './collect-render-jobs.js';
import { readComponentRedaction } from './read-component-redaction.js';
import { renderSides, sideKey, type SideOutcome } from './render-sides.js';

/** What to compare. */
export interface RenderDiffInput {
  /** The PR's base commit: the base branch as it is now (what is deployed). */
  base: string;
  /** The PR's head commit. */
  head: string;
  /** The PR: its labels take part in planning (`prHasLabels`); its body is never read for metadata. */
  pullRequest: PlanPullRequest;
  /**
   * The metadata of a promotion PR this action opened (the caller checks who opened it, see
   * `readTrustedPromotionMetadata`): its promoted folders are compared. Absent: the changed files decide.
   */
  promotionMetadata?: PromotionMetadata | undefined;
  /** Where `telefonistka.yaml` is read; default `base` (a PR cannot change the rules it is checked by). */
  configRef?: string;
  /** The loaded configuration, when the caller has it; then `configRef` is not read. */
  config?: Loaded<RepoConfig>;
  /** Renders in flight at once; default 2 (GitHub-hosted runners have 2 to 4 cores). */
  concurrency?: number;
  /** The tools and versions, for the comment footer (see readToolVersions). */
  tools?: string;
  /** Where the full text is when the comment is cut (the job summary). */
  hint?: string;
}

/** The ports rendering goes through. The caller creates the workspace and disposes of it afterwards. */
export interface RenderDiffPorts {
  /** The local checkout: changed files, merge base. */
  git: LocalGitPort;
  /** Configs and trees for planning and redaction. */
  snapshot: RepoSnapshotPort;
  /** Materialises base, head and after-promotion trees. */
  workspace: RenderWorkspacePort;
  renderer: ManifestRendererPort;
  logger: Logger;
}

/** Everything the action needs: per-folder results, the comment before splitting, and figures. */
export interface RenderDiffResult {
  /** Changed folders in order, each followed by its downstream targets. */
  items: RenderDiffItem[];
  promotionPr: boolean;
  /** For `splitComment` (kind `rendered-diff`); its sections are one per item, in the same order. */
  document: CommentDocument;
  /** Some item shows a changed object. */
  hasDiff: boolean;
  /** Folders with a render error on either side; the step should fail naming them, after commenting. */
  failedPaths: string[];
  /** Configuration, planning and redaction findings (also listed in the comment). */
  warnings: string[];
  /** Wall time spent in the external tools, summed over renders (may exceed wall time with concurrency). */
  toolMs: number;
  /** Distinct (tree, folder) renders performed. */
  renders: number;
}

/**
 * The rendered-manifest diff of a PR without cluster access: plan which folders to compare (changed
 * components and their downstream promotion targets, or a promotion PR's promoted folders), render every
 * distinct side once with the folder's tool, diff object by object with the Argo CD diff's object diff and
 * redaction, and build the comment. One folder's failure never hides the others.
 */
export async function renderDiff(input: RenderDiffInput, ports: RenderDiffPorts): Promise<RenderDiffResult> {
  const { logger } = ports;
  const loaded = input.config ?? (await loadRepoConfig(ports.snapshot, input.configRef ?? input.base));
  const collected = await logger.group('Plan the rendered diff', async () => {
    const found = await collectRenderJobs(
      {
        base: input.base,
        head: input.head,
        pullRequest: input.pullRequest,
        promotionMetadata: input.promotionMetadata,
        config: loaded.config,
      },
      ports,
    );
    logger.info(`${found.jobs.length} folders to compare${found.promotionPr ? ' (promotion PR)' : ''}`);
    return found;
  });
  const rendered = await logger.group('Render manifests', () =>
    renderSides(collected.jobs, ports, input.concurrency ?? 2),
  );
  const { items, warnings } = await logger.group('Diff rendered objects', () =>
    diffJobs(collected.jobs, rendered.outcomes, {
      snapshot: ports.snapshot,
      diffRedact: loaded.config.diffRedact,
    }),
  );
  const allWarnings = [...new Set([...loaded.warnings, ...collected.warnings, ...warnings])];
  const failedPaths = items
    .filter((item) => item.base.error !== undefined || item.head.error !== undefined)
    .map((item) => item.job.path);
  for (const path of failedPaths) logger.warning(`Rendering failed for ${path}`);
  return {
    items,
    promotionPr: collected.promotionPr,
    document: manifestDiffDocument({
      items,
      base: input.base,
      head: input.head,
      promotionPr: collected.promotionPr,
      warnings: allWarnings,
      tools: input.tools,
      hint: input.hint,
    }),
    hasDiff: items.some((item) => (item.diff?.elements.length ?? 0) > 0),
    failedPaths,
    warnings: allWarnings,
    toolMs: rendered.toolMs,
    renders: rendered.outcomes.size,
  };
}

async function diffJobs(
  jobs: readonly RenderJob[],
  outcomes: ReadonlyMap<string, SideOutcome>,
  context: { snapshot: RepoSnapshotPort; diffRedact: readonly Re2Regex[] },
): Promise<{ items: RenderDiffItem[]; warnings: string[] }> {
  const items: RenderDiffItem[] = [];
  const warnings: string[] = [];
  for (const job of jobs) {
    const base = outcomes.get(sideKey(job.base))!;
    const head = outcomes.get(sideKey(job.head))!;
    const redaction = await readComponentRedaction(job, context.snapshot);
    warnings.push(...redaction.warnings);
    const failed = base.error !== undefined || head.error !== undefined;
    items.push({
      job,
      base: summary(base),
      head: summary(head),
      diff: failed
        ? undefined
        : diffRenderedObjects(base.objects, head.objects, {
            diffRedact: context.diffRedact,
            redactAll: redaction.redactAll,
          }),
      redacted: redaction.redactAll,
    });
  }
  return { items, warnings };
}

function summary(outcome: SideOutcome): RenderDiffItem['base'] {
  return { tool: outcome.tool, objectCount: outcome.objects.length, error: outcome.error };
}
