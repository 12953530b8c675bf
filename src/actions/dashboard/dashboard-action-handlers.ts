import type { DashboardActionHandlers } from '../../core/dashboard/dashboard-action.js';
import type { FolderHistoryPort } from '../../ports/folder-history-port.js';
import type { RepoHistoryPort } from '../../ports/repo-history-port.js';
import { createBundleHandler } from '../../use-cases/dashboard/create-bundle-handler.js';
import { createPromoteActionHandler } from '../../use-cases/dashboard/create-promote-action-handler.js';
import { createRollbackHandler } from '../../use-cases/dashboard/create-rollback-handler.js';
import { createHoldHandler } from '../../use-cases/holds/create-hold-handler.js';
import { createReleaseHandler } from '../../use-cases/holds/create-release-handler.js';
import type { PromoteDeps } from '../../use-cases/promote/promotion-context.js';
import type { PromoteOptions } from '../../use-cases/promote/promote-types.js';

/**
 * The handlers of the dashboard's checkboxes, every kind wired to its use-case with the run's ports: promote now
 * (the manual-promotion path), hold and release (a PR changing `.telefonistka/holds.yaml`), roll back, and the
 * bundle PR. A kind missing here would be answered "not available in this version", never dropped.
 */
export function dashboardActionHandlers(setup: {
  options: Omit<PromoteOptions, 'manual'>;
  deps: PromoteDeps;
  /** The checkout's history (the bundle reads version files in one batch); undefined without a checkout. */
  history?: RepoHistoryPort | undefined;
  /** The folder history rollback reads (one GraphQL query). */
  folderHistory: FolderHistoryPort;
  /** Where the request came from, for the hold PR's body: "on the promotion dashboard (#7)". */
  source?: string | undefined;
}): DashboardActionHandlers {
  const { options, deps } = setup;
  const shared = {
    github: deps.github,
    snapshot: deps.snapshot,
    localGit: deps.localGit,
    defaultBranch: options.defaultBranch,
    logger: deps.logger,
    sleep: deps.sleep,
  };
  const holds = {
    github: deps.github,
    logger: deps.logger,
    sleep: deps.sleep,
    defaultBranch: options.defaultBranch,
    mergeMethod: options.mergeMethod,
    repositorySettings: options.repositorySettings,
    ...(setup.source === undefined ? {} : { source: setup.source }),
  };
  return {
    promote: createPromoteActionHandler({ options, deps }),
    hold: createHoldHandler(holds),
    release: createReleaseHandler(holds),
    rollback: createRollbackHandler({ ...shared, folderHistory: setup.folderHistory }),
    bundle: createBundleHandler({ ...shared, history: setup.history }),
  };
}
