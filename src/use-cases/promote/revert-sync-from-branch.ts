import type { ArgoCdConfig } from '../../core/config/types.js';
import type { ArgoCdPort } from '../../ports/argocd-port.js';
import type { Logger } from '../../ports/logger.js';
import { setAppsTargetRevision } from '../argocd-diff/set-apps-target-revision.js';
import type { RevisionChange } from '../../core/argocd/revision-change.js';

/** The Go bot's default target revision, which apps return to when their PR is merged or closed. */
export const DEFAULT_TARGET_REVISION = 'HEAD';

/** The components of a merged or closed PR whose apps may follow its branch. */
export interface SyncFromBranchComponents {
  /** Component paths of the PR (promotion metadata or changed files), without trailing `/`. */
  paths: readonly string[];
  /** The PR's head branch: only apps targeting it are reverted. */
  branch: string;
  /** The PR repository's `html_url`. */
  repoUrl: string;
  /** `argocd:` of telefonistka.yaml (path regex and discovery mode). */
  config: ArgoCdConfig;
}

/**
 * After a PR with "sync from branch" is merged or closed, points the apps of its components matching
 * `allowSyncfromBranchPathRegex` back at `HEAD`. Unlike the Go bot, which reset every matching app to HEAD,
 * only apps still targeting the PR branch are touched. Failures are logged and returned, never thrown.
 */
export async function revertSyncFromBranch(
  components: SyncFromBranchComponents,
  argocd: ArgoCdPort,
  logger: Logger,
): Promise<RevisionChange[]> {
  const regex = components.config.allowSyncFromBranchPathRegex;
  if (regex === undefined || components.paths.length === 0) return [];
  return setAppsTargetRevision(
    {
      componentPaths: components.paths,
      pathRegex: regex,
      repoUrl: components.repoUrl,
      useShaLabel: components.config.useShaLabelForAppDiscovery,
      to: DEFAULT_TARGET_REVISION,
      onlyFrom: components.branch,
    },
    argocd,
    logger,
  );
}
