import { createHash } from 'node:crypto';
import { compareStrings } from '../promotion/compare-strings.js';
import { cutTitle } from '../promotion/promotion-title.js';
import { refSlug } from '../promotion/ref-slug.js';
import type { Promotion, PromotionMetadata } from '../promotion/types.js';
import type { BundleSync } from './plan-bundle.js';
import { renderBundleBody } from './render-bundle-body.js';

/** The label every bundle PR carries besides the promotion labels. */
export const BUNDLE_LABEL = 'telefonistka/bundle';

/** The branch prefix of bundle PRs: a promotion branch, so promote trusts and chains the merged bundle. */
export const BUNDLE_BRANCH_PREFIX = 'promotions/bundle-';

/** What a bundle PR is built from. */
export interface BundlePromotionInput {
  environment: string;
  syncs: readonly BundleSync[];
  held: readonly { folder: string; reason: string; by: string; since: string }[];
  /** The login that ticked the box: the chain's original author and the PR's assignee. */
  actor: string;
  /** The default-branch head whose upstream folders are synced. */
  sourceCommit: string;
  /** Labels of promotion PRs (`promotion` and `promotionPrLabels`); the bundle label is added. */
  labels: readonly string[];
}

/**
 * The bundle as a promotion that the promote flow's writer opens: one sync per pending component, the promotion
 * metadata (`promotedPaths` = the synced folders, the ticking login as original author, no earlier hop, so the
 * merged bundle starts a chain of its own), the source-commit line (rivals are ranked by it) and a branch named for
 * the environment and the exact content (`promotions/bundle-<environment>-<12 hex>`): the same content again finds
 * its open PR unchanged, different content opens a new PR that supersedes the older bundle.
 */
export function buildBundlePromotion(input: BundlePromotionInput): Promotion {
  const syncs = [...input.syncs].sort((a, b) => compareStrings(a.target, b.target));
  const components = [...new Set(syncs.map((sync) => sync.component))].sort(compareStrings);
  const metadata: PromotionMetadata = {
    originalPrAuthor: input.actor,
    originalPrNumber: 0,
    promotedPaths: syncs.map((sync) => sync.target),
    previousPromotionPaths: {},
  };
  const { title, bodyPrefix } = cutTitle(
    `🚀 Promotion bundle: ${components.length} component${components.length === 1 ? '' : 's'} ➡️  ${input.environment}`,
  );
  return {
    key: `bundle>${input.environment}`,
    sourcePath: upstreamEnvironment(syncs[0]),
    components,
    targetPaths: [input.environment],
    targetDescription: input.environment,
    syncPaths: syncs.map((sync) => ({ source: sync.source, target: sync.target, deleted: false })),
    skippedTargets: {},
    autoMerge: false,
    labels: [...new Set([...input.labels, BUNDLE_LABEL])],
    branch: bundleBranchName(input.environment, syncs),
    title,
    body: renderBundleBody({ ...input, syncs, metadata, bodyPrefix }),
    metadata,
    sourceCommit: input.sourceCommit,
  };
}

function upstreamEnvironment(sync: BundleSync | undefined): string {
  if (sync === undefined) return '';
  return sync.source.endsWith(sync.component) ? sync.source.slice(0, -sync.component.length) : sync.source;
}

function bundleBranchName(environment: string, syncs: readonly BundleSync[]): string {
  const content = syncs
    .map((sync) => `${sync.target}\u0000${sync.source}\u0000${sync.to.tree ?? ''}`)
    .join('\n');
  const hash = createHash('sha1').update(`${environment}\n${content}`, 'utf8').digest('hex').slice(0, 12);
  const head = refSlug(environment, 150);
  return `${BUNDLE_BRANCH_PREFIX}${head === '' ? '' : `${head}-`}${hash}`;
}
