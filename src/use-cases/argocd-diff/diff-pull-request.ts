import { splitComment } from '../../core/comments/split-comment.js';
import type { CommentDocument } from '../../core/comments/types.js';
import type { RepoConfig } from '../../core/config/types.js';
import type { RepositorySettings } from '../../ports/github-port.js';
import { withCommitStatus } from '../shared/with-commit-status.js';
import { inPhase } from '../shared/in-phase.js';
import type { Phase } from '../../core/errors/phase-error.js';
import type { ArgoCdDiffDeps } from './argocd-diff-deps.js';
import { diffComponents } from './diff-components.js';
import { listPrComponents } from './list-pr-components.js';
import { autoMerge, updateNoopLabel } from './no-diff-follow-ups.js';
import { readDefaultBranchConfig } from './read-default-branch-config.js';
import {
  ARGOCD_DIFF_COMMENT_KIND,
  renderArgoCdDiffDocument,
} from '../../core/argocd/render-argocd-diff-document.js';
import { writeCommentParts } from '../shared/write-comment-parts.js';
import type { ComponentDiff } from '../../core/argocd/component-diff.js';
import type { CommentWriteResult } from '../../core/comments/comment-write-result.js';
import type { ArgoCdDiffRun } from '../../core/argocd/argocd-diff-run.js';
import type { PullRequestRef } from '../../ports/pull-request-ref.js';

/** The commit status this flow sets; its own context, so the pr-checks status does not overwrite it. */
export const ARGOCD_DIFF_STATUS_CONTEXT = 'telefonistka/argocd-diff';

/** How a diff run behaves: from the event and the inputs. */
export interface ArgoCdDiffOptions {
  defaultBranch: string;
  /** The PR repository's `html_url`: app and ApplicationSet sources must name it. */
  repoUrl: string;
  /** Components diffed at the same time. */
  concurrency: number;
  /** Set the `telefonistka/argocd-diff` commit status (pending, then success or error). */
  commitStatus: boolean;
  /** The workflow run: the status links to it and the comment points at its job summary. */
  runUrl: string | undefined;
  /** Merge settings from the event payload, for the no-diff merge; read once when absent and needed. */
  repositorySettings?: RepositorySettings | undefined;
}

/**
 * The Argo CD diff of an open PR: read the configuration on the default branch, find the PR's components,
 * diff each app against the PR head, keep one sticky comment (split into parts, updated in place), label
 * `noop` when nothing changes, and merge a no-diff promotion PR when configured. The commit status is
 * pending meanwhile, then success, or error naming the apps that failed (the comment is posted first).
 */
export async function diffPullRequest(
  pr: PullRequestRef,
  options: ArgoCdDiffOptions,
  deps: ArgoCdDiffDeps,
): Promise<ArgoCdDiffRun> {
  return withCommitStatus(
    deps.github,
    {
      flow: 'argocd-diff',
      sha: pr.headSha,
      context: ARGOCD_DIFF_STATUS_CONTEXT,
      targetUrl: options.runUrl,
      pending: 'Diffing the Argo CD apps of this PR',
      outcome: (run) => ({
        state: run.failures.length > 0 ? 'error' : 'success',
        description: describe(run),
      }),
      enabled: options.commitStatus,
      logger: deps.logger,
    },
    () => runDiff(pr, options, deps),
  );
}

async function runDiff(
  pr: PullRequestRef,
  options: ArgoCdDiffOptions,
  deps: ArgoCdDiffDeps,
): Promise<ArgoCdDiffRun> {
  const { logger } = deps;
  const { loaded } = await logger.group('Configuration', () =>
    inPhase(phase(`reading the configuration on ${options.defaultBranch}`), () =>
      readDefaultBranchConfig(options.defaultBranch, [pr.headSha, pr.baseSha], deps),
    ),
  );
  const config = loaded.config;
  if (!config.argocd.commentDiffOnPr) {
    const reason = 'argocd.commentDiffonPR is not enabled in telefonistka.yaml';
    logger.info(`Nothing to do: ${reason}.`);
    return { ...emptyRun(), skipped: reason, warnings: [...loaded.warnings] };
  }
  const listed = await logger.group('Components', async () => {
    const found = await inPhase(phase(`listing the components of #${pr.number}`), () =>
      listPrComponents(pr, config, deps, { readConfigs: true }),
    );
    for (const warning of found.warnings) logger.warning(warning);
    logger.info(
      `Components (from ${found.source === 'metadata' ? 'the promotion metadata' : 'the changed files'}): ` +
        (found.components.map((c) => c.path).join(', ') || 'none'),
    );
    return found;
  });
  const diffs = await logger.group('Argo CD diff', async () => {
    const done = await inPhase(phase(`diffing the Argo CD apps of #${pr.number}`), () =>
      diffComponents(
        listed.components,
        config,
        {
          repoUrl: options.repoUrl,
          headRef: pr.headRef,
          headSha: pr.headSha,
          concurrency: options.concurrency,
        },
        deps,
      ),
    );
    for (const diff of done) logDiff(diff, deps);
    return done;
  });
  const { comment, document } = await logger.group('Comment', () =>
    inPhase(phase(`writing the comment on #${pr.number}`), () =>
      updateComment(pr, { config, diffs, runUrl: options.runUrl }, deps),
    ),
  );
  const noop =
    diffs.length > 0 && diffs.every((d) => d.outcome === 'unchanged' || d.outcome === 'synced-from-branch');
  const labels = await logger.group('Labels', () =>
    inPhase(phase(`labelling #${pr.number}`), () => updateNoopLabel(pr, noop, deps)),
  );
  const run: ArgoCdDiffRun = {
    skipped: undefined,
    componentSource: listed.source,
    diffs,
    hasDiff: diffs.some((d) => d.outcome === 'changed'),
    failures: diffs
      .filter((d) => d.outcome === 'error')
      .map((d) => `${d.result.appName ?? d.component.path}: ${d.result.error ?? ''}`),
    noop,
    labels,
    autoMerge: undefined,
    comment,
    document,
    warnings: [...loaded.warnings, ...listed.warnings, ...diffs.flatMap((d) => d.warnings)],
  };
  if (noop && config.argocd.autoMergeNoDiffPrs) {
    run.autoMerge = await logger.group('Auto-merge', () =>
      inPhase(phase(`merging #${pr.number}`), () => autoMerge(pr, listed, deps, options.repositorySettings)),
    );
  }
  return run;
}

/** A phase of the argocd-diff flow, named in its failure (`argocd-diff: listing the components of #7: …`). */
function phase(what: string): Phase {
  return { flow: 'argocd-diff', phase: what };
}

function logDiff(diff: ComponentDiff, deps: ArgoCdDiffDeps): void {
  const app = diff.result.appName ?? '(no app)';
  const changed = diff.result.diff?.elements.length ?? 0;
  const text: Record<ComponentDiff['outcome'], string> = {
    changed: `${changed} object(s) change`,
    unchanged: 'no diff',
    'synced-from-branch': 'already synced from the PR branch; diff skipped',
    'no-app': diff.notFound ?? 'no app',
    error: `error: ${diff.result.error ?? ''}`,
  };
  const line = `${diff.component.path} -> ${app}: ${text[diff.outcome]}`;
  if (diff.outcome === 'error') deps.logger.warning(line);
  else deps.logger.info(line);
}

async function updateComment(
  pr: PullRequestRef,
  input: { config: RepoConfig; diffs: ComponentDiff[]; runUrl: string | undefined },
  deps: ArgoCdDiffDeps,
): Promise<{ comment: CommentWriteResult; document: CommentDocument | undefined }> {
  const existing = await deps.github.listComments(pr.number);
  const document =
    input.diffs.length === 0
      ? undefined
      : renderArgoCdDiffDocument(input.diffs, {
          headRef: pr.headRef,
          allowSyncFromBranchPathRegex: input.config.argocd.allowSyncFromBranchPathRegex,
          hint:
            input.runUrl === undefined
              ? undefined
              : `The job summary of [the workflow run](${input.runUrl}) shows the full diff.`,
        });
  const parts = document === undefined ? [] : splitComment(document);
  const comment = await writeCommentParts(
    deps.github,
    { number: pr.number, kind: ARGOCD_DIFF_COMMENT_KIND, existing },
    parts,
  );
  deps.logger.info(
    `Comment: ${comment.parts} part(s); ${comment.created} created, ${comment.updated} updated, ` +
      `${comment.deleted} deleted, ${comment.unchanged} unchanged`,
  );
  return { comment, document };
}

function describe(run: ArgoCdDiffRun): string {
  if (run.skipped !== undefined) return `Skipped: ${run.skipped}`;
  const failed = run.diffs.filter((d) => d.outcome === 'error');
  if (failed.length > 0) {
    return `Argo CD diff failed for ${failed.map((d) => d.result.appName ?? d.component.path).join(', ')}`;
  }
  const apps = run.diffs.filter((d) => d.outcome !== 'no-app').length;
  const changed = run.diffs.filter((d) => d.outcome === 'changed').length;
  if (run.diffs.length === 0) return 'No components with Argo CD apps in this PR';
  if (apps === 0) return 'No Argo CD app found for the components of this PR';
  const plural = apps === 1 ? 'app' : 'apps';
  return changed === 0 ? `No changes in ${apps} ${plural}` : `${changed} of ${apps} ${plural} change`;
}

function emptyRun(): ArgoCdDiffRun {
  return {
    skipped: undefined,
    componentSource: undefined,
    diffs: [],
    hasDiff: false,
    failures: [],
    noop: false,
    labels: { added: [], removed: [] },
    autoMerge: undefined,
    comment: { parts: 0, created: 0, updated: 0, deleted: 0, unchanged: 0 },
    document: undefined,
    warnings: [],
  };
}
