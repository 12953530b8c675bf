import { splitComment } from '../../core/comments/split-comment.js';
import { manifestDiffCommentKind } from '../../core/render/manifest-diff-document.js';
import type { CommentPort } from '../../ports/comment-port.js';
import type { CommitState, CommitStatusPort } from '../../ports/commit-status-port.js';
import type { GitReadPort } from '../../ports/git-read-port.js';
import type { IdentityPort } from '../../ports/identity-port.js';
import type { LocalGitPort } from '../../ports/local-git-port.js';
import type { Logger } from '../../ports/logger.js';
import type { ManifestRendererPort } from '../../ports/manifest-renderer-port.js';
import type { RenderWorkspacePort } from '../../ports/render-workspace-port.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';
import { renderDiff } from '../render-diff/render-diff.js';
import { readDefaultBranchConfig } from './read-default-branch-config.js';
import { readTrustedPromotionMetadata } from '../shared/read-trusted-promotion-metadata.js';
import { writeCommentParts } from '../shared/write-comment-parts.js';
import type { RenderedDiffRun } from '../../core/render/rendered-diff-run.js';
import { withCommitStatus } from '../shared/with-commit-status.js';
import { inPhase } from '../shared/in-phase.js';
import type { PullRequestRef } from '../../ports/pull-request-ref.js';

/** The commit status of the rendered diff (`diff-mode: render`). */
export const RENDERED_DIFF_STATUS_CONTEXT = 'telefonistka/rendered-diff';

/** The flow name in phase errors: the rendered mode of argocd-diff. */
const RENDERED_FLOW = 'argocd-diff (render)';

/** The ports of a rendered diff: a checkout is required (trees are materialised from its objects). */
export interface RenderedDiffDeps {
  github: GitReadPort & CommentPort & CommitStatusPort & IdentityPort;
  localGit: LocalGitPort;
  snapshot: RepoSnapshotPort;
  workspace: RenderWorkspacePort;
  renderer: ManifestRendererPort;
  logger: Logger;
}

/** How a rendered diff run behaves. */
export interface RenderedDiffOptions {
  defaultBranch: string;
  /** Renders in flight at once. */
  concurrency: number;
  commitStatus: boolean;
  runUrl: string | undefined;
  /** The tools and versions, for the comment footer. */
  tools: string | undefined;
}

/**
 * `diff-mode: render`: the PR's rendered-manifest diff without cluster access (the render-diff use-case), as one
 * sticky comment split into parts, with the `telefonistka/rendered-diff` status (error naming the folders that
 * failed to render, after the comment is posted).
 */
export async function diffRenderedPullRequest(
  pr: PullRequestRef,
  options: RenderedDiffOptions,
  deps: RenderedDiffDeps,
): Promise<RenderedDiffRun> {
  return withCommitStatus(
    deps.github,
    {
      flow: RENDERED_FLOW,
      sha: pr.headSha,
      context: RENDERED_DIFF_STATUS_CONTEXT,
      targetUrl: options.runUrl,
      pending: 'Rendering the manifests this PR changes',
      outcome: describe,
      enabled: options.commitStatus,
      logger: deps.logger,
    },
    () => render(pr, options, deps),
  );
}

function describe(run: RenderedDiffRun): { state: CommitState; description: string } {
  if (run.failedPaths.length > 0) {
    return { state: 'error', description: `Rendering failed for ${run.failedPaths.join(', ')}` };
  }
  const changed = run.items.filter((item) => (item.diff?.elements.length ?? 0) > 0).length;
  return { state: 'success', description: `${changed} of ${run.items.length} folders change` };
}

async function render(
  pr: PullRequestRef,
  options: RenderedDiffOptions,
  deps: RenderedDiffDeps,
): Promise<RenderedDiffRun> {
  const phase = (what: string) => ({ flow: RENDERED_FLOW, phase: what });
  const { loaded } = await deps.logger.group('Configuration', () =>
    inPhase(phase(`reading the configuration on ${options.defaultBranch}`), () =>
      readDefaultBranchConfig(options.defaultBranch, [pr.headSha, pr.baseSha], deps),
    ),
  );
  const trusted = await inPhase(phase(`reading the promotion metadata of #${pr.number}`), () =>
    readTrustedPromotionMetadata(pr, {
      promotionPrAuthors: loaded.config.promotionPrAuthors,
      github: deps.github,
    }),
  );
  if (trusted.ignored !== undefined) deps.logger.warning(trusted.ignored);
  const result = await inPhase(phase(`rendering the manifests of #${pr.number}`), () =>
    renderDiff(
      {
        promotionMetadata: trusted.metadata,
        base: pr.baseSha,
        head: pr.headSha,
        pullRequest: {
          number: pr.number,
          headRef: pr.headRef,
          author: pr.author,
          labels: pr.labels,
          body: pr.body,
        },
        config: loaded,
        concurrency: options.concurrency,
        ...(options.tools === undefined ? {} : { tools: options.tools }),
        ...(options.runUrl === undefined
          ? {}
          : { hint: `The job summary of [the workflow run](${options.runUrl}) shows the full diff.` }),
      },
      {
        git: deps.localGit,
        snapshot: deps.snapshot,
        workspace: deps.workspace,
        renderer: deps.renderer,
        logger: deps.logger,
      },
    ),
  );
  const comment = await deps.logger.group('Comment', () =>
    inPhase(phase(`writing the comment on #${pr.number}`), async () => {
      const existing = await deps.github.listComments(pr.number);
      const parts = result.items.length === 0 ? [] : splitComment(result.document);
      return writeCommentParts(
        deps.github,
        { number: pr.number, kind: manifestDiffCommentKind, existing },
        parts,
      );
    }),
  );
  return {
    items: result.items,
    hasDiff: result.hasDiff,
    failedPaths: result.failedPaths,
    comment,
    document: result.document,
    warnings: [...(trusted.ignored === undefined ? [] : [trusted.ignored]), ...result.warnings],
  };
}
