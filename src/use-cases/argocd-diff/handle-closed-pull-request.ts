import { revertSyncFromBranch } from '../promote/revert-sync-from-branch.js';
import type { ArgoCdDiffDeps } from './argocd-diff-deps.js';
import { listPrComponents } from './list-pr-components.js';
import { readDefaultBranchConfig } from './read-default-branch-config.js';
import type { RevisionChange } from '../../core/argocd/revision-change.js';
import type { PullRequestRef } from '../../ports/pull-request-ref.js';
import type { Phase } from '../../core/errors/phase-error.js';
import { inPhase } from '../shared/in-phase.js';

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
  const { loaded } = await inPhase(phase(`reading the configuration on ${options.defaultBranch}`), () =>
    readDefaultBranchConfig(options.defaultBranch, [pr.headSha, pr.baseSha], deps),
  );
  const config = loaded.config;
  if (config.argocd.allowSyncFromBranchPathRegex === undefined) {
    const reason = 'argocd.allowSyncfromBranchPathRegex is not set in telefonistka.yaml';
    deps.logger.info(`Nothing to do: ${reason}.`);
    return { ignored: reason, changes: [] };
  }
  const listed = await inPhase(phase(`listing the components of closed #${pr.number}`), () =>
    listPrComponents(pr, config, deps, { readConfigs: false }),
  );
  const changes = await inPhase(
    phase(`pointing the Argo CD apps synced from ${pr.headRef} back to HEAD`),
    () =>
      deps.logger.group('Revert sync from branch', () =>
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
      ),
  );
  return { ignored: undefined, changes };
}

/** A phase of the closed-PR handler, named in its failure (`argocd-diff: listing the components of closed #7: …`). */
function phase(what: string): Phase {
  return { flow: 'argocd-diff', phase: what };
}
