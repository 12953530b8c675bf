import type { RepoConfig } from '../../core/config/types.js';
import { planDeployments } from '../../core/gates/plan-deployments.js';
import { parseSourceCommit } from '../../core/promotion/source-commit-marker.js';
import type { DeploymentsPort } from '../../ports/deployments-port.js';
import type { IdentityPort } from '../../ports/identity-port.js';
import type { LocalGitPort } from '../../ports/local-git-port.js';
import type { Logger } from '../../ports/logger.js';
import { collectChangedFiles } from '../promote/collect-changed-files.js';
import type { PullRequestPort } from '../../ports/pull-request-port.js';
import type { MergedPullRequest } from '../../ports/pull-request-ref.js';
import { readTrustedPromotionMetadata } from '../shared/read-trusted-promotion-metadata.js';
import { recordDeployments, type RecordedDeployment } from './record-deployments.js';

/** True when the configuration asks for deployment records: `environments` or any gates. */
export function wantsDeployments(config: RepoConfig): boolean {
  return (
    (config.environments ?? []).length > 0 ||
    config.promotionPaths.some((flow) => flow.promotionPrs.some((pr) => pr.gates !== undefined))
  );
}

/**
 * Records the GitHub Deployments of a merged PR (a promotion PR or a direct edit of target folders): one per
 * environment its changed files deploy to. Does nothing when the configuration has no environments nor gates.
 */
export async function recordMergeDeployments(
  input: {
    pullRequest: MergedPullRequest;
    url: string;
    config: RepoConfig;
    confirmation: 'argocd' | 'merge';
  },
  deps: {
    /** The PR's files when there is no checkout; the token's login to trust promotion metadata. */
    github: PullRequestPort & IdentityPort;
    deployments: DeploymentsPort;
    localGit: LocalGitPort | undefined;
    logger: Logger;
  },
): Promise<RecordedDeployment[]> {
  const { pullRequest: pr, config } = input;
  if (!wantsDeployments(config) || pr.mergeCommitSha === '') return [];
  const { files } = await collectChangedFiles(pr, deps);
  const planned = planDeployments(config, files);
  if (planned.length === 0) return [];
  const trusted = await readTrustedPromotionMetadata(
    { number: pr.number, headRef: pr.headRef, author: pr.author, body: pr.body },
    { promotionPrAuthors: config.promotionPrAuthors, github: deps.github },
  );
  return recordDeployments(
    {
      pullRequest: {
        number: pr.number,
        url: input.url,
        mergeCommitSha: pr.mergeCommitSha,
        metadata: trusted.metadata,
        sourceCommit: trusted.metadata === undefined ? undefined : parseSourceCommit(pr.body),
      },
      planned,
      confirmation: input.confirmation,
    },
    deps,
  );
}
