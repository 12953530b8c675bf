import { splitComment } from '../../core/comments/split-comment.js';
import type { RepoConfig } from '../../core/config/types.js';
import { hasDrift, type DriftCommentContext } from '../../core/drift/render-drift-comment.js';
import type { DriftReport } from '../../core/drift/types.js';
import { findChangedComponents } from '../../core/promotion/find-changed-components.js';
import { planPromotions } from '../../core/promotion/plan-promotions.js';
import type { PlanInput, PromotionPlan } from '../../core/promotion/types.js';
import type { TreeEntryInfo } from '../../ports/github-port.js';
import { readTrustedPromotionMetadata } from '../shared/read-trusted-promotion-metadata.js';
import { collectChangedFiles } from '../promote/collect-changed-files.js';
import { gatherPlanInput } from '../promote/gather-plan-input.js';
import { detectDrift } from './detect-drift.js';
import { listDriftPairs } from '../../core/drift/list-drift-pairs.js';
import type { PrChecksDeps } from './pr-checks-deps.js';
import { readPrConfiguration, type PrConfiguration } from './read-pr-configuration.js';
import {
  DRIFT_REPORTED_MARKER,
  PR_CHECKS_COMMENT_KIND,
  renderPrChecksComment,
} from '../../core/drift/render-pr-checks-comment.js';
import {
  renderPromotionPreview,
  SHOW_PLAN_LABEL,
  type PreviewReason,
} from '../../core/promotion/render-promotion-preview.js';
import { withCommitStatus } from '../shared/with-commit-status.js';
import { inPhase } from '../shared/in-phase.js';
import type { Phase } from '../../core/errors/phase-error.js';
import { findCommentParts, writeCommentParts } from '../shared/write-comment-parts.js';
import type { PrCheckResult } from '../../core/pr-checks/pr-check-result.js';
import type { PullRequestRef } from '../../ports/pull-request-ref.js';

/** The Go bot's commit status context; branch protection rules may require it. */
export const PR_CHECKS_STATUS_CONTEXT = 'telefonistka';

/** Differing files read from a local checkout at most, whatever `maxContentReads` says. */
const LOCAL_CONTENT_READS = 5_000;

/** How a check run behaves: from the event, the inputs and the clock. */
export interface PrCheckOptions {
  defaultBranch: string;
  /** `GITHUB_SERVER_URL`, for blame and commit links. */
  serverUrl: string;
  /** Today (UTC) as YYYY-MM-DD, for expiring acknowledgements. */
  today: string;
  /** The label a `labeled` event added: the run is skipped when neither the plan nor the preview depend on it. */
  addedLabel?: string | undefined;
  /** Set the `telefonistka` commit status on the PR head (pending, then success or error). */
  commitStatus: boolean;
  /** Link of the commit status and of the comment's "see everything" hint (the workflow run). */
  runUrl?: string | undefined;
  /** Most differing files read for diffs through the API (a checkout reads at least 5,000). */
  maxContentReads: number;
}

/**
 * The checks of an open PR, as one commit status: plan the PR as if merged (component configs from its
 * head, repository config from the default branch), compare every promoted folder pair on the default
 * branch, and keep one sticky comment with the drift warning and the promotion preview up to date.
 */
export async function checkPullRequest(
  pr: PullRequestRef,
  options: PrCheckOptions,
  deps: PrChecksDeps,
): Promise<PrCheckResult> {
  let configuration: Promise<PrConfiguration> | undefined;
  const configure = () =>
    (configuration ??= deps.logger.group('Configuration', () =>
      inPhase(prChecksPhase(`reading the configuration on ${options.defaultBranch}`), () =>
        readPrConfiguration(pr, options.defaultBranch, deps),
      ),
    ));
  if (options.addedLabel !== undefined) {
    const config = await configure().then(
      (read) => read.loaded.config,
      () => undefined, // a broken configuration is reported by the checks below
    );
    if (config !== undefined && !labelMatters(config, options.addedLabel)) {
      const reason = `the label ${options.addedLabel} changes neither the plan nor the preview`;
      deps.logger.info(`Nothing to check: ${reason}.`);
      return skippedResult(reason, (await configure()).defaultHead);
    }
  }
  return withCommitStatus(
    deps.github,
    {
      flow: 'pr-checks',
      sha: pr.headSha,
      context: PR_CHECKS_STATUS_CONTEXT,
      targetUrl: options.runUrl,
      pending: 'Checking drift and the promotion plan',
      outcome: (result) => ({ state: 'success', description: describeResult(result) }),
      enabled: options.commitStatus,
      logger: deps.logger,
    },
    () => runChecks(pr, options, deps, configure),
  );
}

async function runChecks(
  pr: PullRequestRef,
  options: PrCheckOptions,
  deps: PrChecksDeps,
  configure: () => Promise<PrConfiguration>,
): Promise<PrCheckResult> {
  const { defaultHead, loaded } = await configure();
  const config = loaded.config;
  const planned = await deps.logger.group('Plan', () =>
    inPhase(prChecksPhase(`planning the promotions of #${pr.number}`), () =>
      planPullRequest(pr, defaultHead, config, deps),
    ),
  );
  const drift = prChecksPhase(`detecting drift on ${options.defaultBranch}`);
  const detection = await deps.logger.group('Drift', () =>
    inPhase(drift, async () => {
      const found = await detectDrift(
        {
          pairs: listDriftPairs(planned.plan),
          tree: planned.defaultTree,
          commit: defaultHead,
          rules: {
            ignoreFiles: config.driftDetectionIgnoreFiles,
            ignoreLines: config.driftDetectionIgnoreLineRegex,
          },
          acknowledgedFor: (source) => planned.input.componentConfigs.get(source)?.acknowledgedDrift ?? [],
          today: options.today,
          // Local reads cost no API call: the cap only guards the API budget (and the run time).
          maxContentReads:
            deps.snapshot.source === 'local'
              ? Math.max(options.maxContentReads, LOCAL_CONTENT_READS)
              : options.maxContentReads,
        },
        deps,
      );
      for (const report of found.reports) {
        deps.logger.info(
          `${report.pair.source} <-> ${report.pair.target}: ${report.inSync ? 'in sync' : 'drifted'}`,
        );
      }
      return found;
    }),
  );
  const preview = previewReason(config, pr.labels, planned.plan);
  const written = await deps.logger.group('Comment', () =>
    inPhase(prChecksPhase(`writing the comment on #${pr.number}`), () =>
      updateComment({ pr, options, deps, defaultHead, reports: detection.reports, preview, planned }),
    ),
  );
  return {
    skipped: undefined,
    defaultHead,
    plan: planned.plan,
    reports: detection.reports,
    drifted: hasDrift(detection.reports),
    preview,
    comment: written.result,
    document: written.document,
    warnings: [...loaded.warnings, ...planned.warnings],
    contentReads: detection.contentReads,
  };
}

/** A phase of the pr-checks flow, named in its failure (`pr-checks: detecting drift on main: …`). */
function prChecksPhase(phase: string): Phase {
  return { flow: 'pr-checks', phase };
}

interface PlannedPullRequest {
  plan: PromotionPlan;
  input: PlanInput;
  defaultTree: ReadonlyMap<string, TreeEntryInfo>;
  warnings: string[];
}

/** The plan merging the PR would produce now, with the trees it was computed from. */
async function planPullRequest(
  pr: PullRequestRef,
  defaultHead: string,
  config: RepoConfig,
  deps: PrChecksDeps,
): Promise<PlannedPullRequest> {
  const changed = await collectChangedFiles({ ...pr, mergeCommitSha: pr.headSha }, deps);
  const found = findChangedComponents(config, changed.files);
  deps.logger.info(
    `Components: ${found.components.map((c) => `${c.sourcePath}${c.component}`).join(', ') || 'none'}`,
  );
  const [headTree, defaultTree] = await Promise.all([
    deps.snapshot.readTree(pr.headSha),
    deps.snapshot.readTree(defaultHead),
  ]);
  const trusted = await readTrustedPromotionMetadata(pr, {
    promotionPrAuthors: config.promotionPrAuthors,
    github: deps.github,
  });
  if (trusted.ignored !== undefined) deps.logger.warning(trusted.ignored);
  const gathered = await gatherPlanInput(
    {
      number: pr.number,
      headRef: pr.headRef,
      author: pr.author,
      labels: pr.labels,
      // Planning credits the metadata's original author; only a promotion PR this action opened has one.
      body: trusted.metadata === undefined ? '' : pr.body,
    },
    found.components,
    {
      snapshot: deps.snapshot,
      sourceCommit: pr.headSha,
      sourceTree: headTree,
      baseCommit: defaultHead,
      targetTree: defaultTree,
    },
  );
  const plan = planPromotions(config, gathered.input);
  for (const warning of [...gathered.warnings, ...plan.warnings]) deps.logger.warning(warning);
  return {
    plan,
    input: gathered.input,
    defaultTree,
    warnings: [
      ...(trusted.ignored === undefined ? [] : [trusted.ignored]),
      ...found.warnings,
      ...gathered.warnings,
      ...plan.warnings,
    ],
  };
}

interface CommentUpdate {
  pr: PullRequestRef;
  options: PrCheckOptions;
  deps: PrChecksDeps;
  defaultHead: string;
  reports: DriftReport[];
  preview: PreviewReason | undefined;
  planned: PlannedPullRequest;
}

async function updateComment(update: CommentUpdate) {
  const { pr, options, deps } = update;
  const existing = await deps.github.listComments(pr.number);
  const parts = await findCommentParts(deps.github, existing, PR_CHECKS_COMMENT_KIND);
  const context: DriftCommentContext = {
    serverUrl: options.serverUrl,
    owner: deps.github.owner,
    repo: deps.github.repo,
    commitSha: update.defaultHead,
    defaultBranch: options.defaultBranch,
    hint:
      options.runUrl === undefined
        ? undefined
        : `The job summary of [the check run](${options.runUrl}) shows everything.`,
  };
  const document = renderPrChecksComment({
    reports: update.reports,
    context,
    preview:
      update.preview === undefined
        ? undefined
        : renderPromotionPreview({
            plan: update.planned.plan,
            componentConfigs: update.planned.input.componentConfigs,
            reason: update.preview,
          }),
    driftReportedBefore: parts.some((part) => part.body.includes(DRIFT_REPORTED_MARKER)),
  });
  const texts = document === undefined ? [] : splitComment(document);
  const result = await writeCommentParts(
    deps.github,
    { number: pr.number, kind: PR_CHECKS_COMMENT_KIND, existing },
    texts,
  );
  deps.logger.info(
    `Comment: ${texts.length} part(s); ${result.created} created, ${result.updated} updated, ${result.deleted} deleted, ${result.unchanged} unchanged`,
  );
  return { result: { ...result, parts: texts.length }, document };
}

/** The preview is shown with the `show-plan` label, or on every PR that promotes something with `always`. */
function previewReason(
  config: RepoConfig,
  labels: readonly string[],
  plan: PromotionPlan,
): PreviewReason | undefined {
  if (labels.includes(SHOW_PLAN_LABEL)) return 'label';
  if (config.promotionPreview === 'always' && plan.promotions.length > 0) return 'always';
  return undefined;
}

/** A label matters when it asks for the preview or is a `prHasLabels` condition of some flow. */
function labelMatters(config: RepoConfig, label: string): boolean {
  if (label === SHOW_PLAN_LABEL) return true;
  return config.promotionPaths.some((flow) => flow.conditions.prHasLabels?.includes(label) === true);
}

function describeResult(result: PrCheckResult): string {
  const pairs = result.reports.length;
  const drifted = result.reports.filter((report) => !report.inSync).length;
  if (pairs === 0) return 'Nothing to promote, nothing to compare';
  if (drifted === 0) return `No drift in ${pairs} promoted folder pair${pairs === 1 ? '' : 's'}`;
  return `Drift in ${drifted} of ${pairs} folder pair${pairs === 1 ? '' : 's'}: see the PR comment`;
}

function skippedResult(reason: string, defaultHead: string): PrCheckResult {
  return {
    skipped: reason,
    defaultHead,
    plan: { promotions: [], warnings: [] },
    reports: [],
    drifted: false,
    preview: undefined,
    comment: { created: 0, updated: 0, deleted: 0, unchanged: 0, parts: 0 },
    document: undefined,
    warnings: [],
    contentReads: 0,
  };
}
