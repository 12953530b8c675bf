import { revertSyncFromBranch } from '../promote/revert-sync-from-branch.js';
import type { ArgoCdDiffDeps } from './argocd-diff-deps.js';
import { listPrComponents } from './list-pr-components.js';
import { readDefaultBranchConfig } from './read-default-branch-config.js';
import type { RevisionChange } from '../../core/argocd/revision-change.js';
import type { PullRequestRef } from '../../ports/pull-request-ref.js';

/** What closing a PR led to. */
export interface ClosedHandling {
  ignored: string | undefined;
  changes: RevisionChange[];
}

/**
 * A merged or closed PR: apps that were synced from its branch go back to `HEAD` (only those still targeting
 * the branch), so no cluster keeps following a branch that is gone or merged.
 */
export async function handleClosedPullRequest(
  pr: PullRequestRef,
  options: { defaultBranch: string; repoUrl: string },
  deps: ArgoCdDiffDeps,
): Promise<ClosedHandling> {
  const { loaded } = await readDefaultBranchConfig(options.defaultBranch, [pr.headSha, pr.baseSha], deps);
  const config = loaded.config;
  if (config.argocd.allowSyncFromBranchPathRegex === undefined) {
    const reason = 'argocd.allowSyncfromBranchPathRegex is not set in telefonistka.yaml';
    deps.logger.info(`Nothing to do: ${reason}.`);
    return { ignored: reason, changes: [] };
  }
  const listed = await listPrComponents(pr, config, deps, { readConfigs: false });
  const changes = await deps.logger.group('Revert sync from branch', () =>
    revertSyncFromBranch(
      {
        paths: listed.components.map((c) => c.path),
        branch: pr.headRef,
        repoUrl: options.repoUrl,
        config: config.argocd,
      },
      deps.argocd,
      deps.logger,
    ),
  );
  return { ignored: undefined, changes };
}
