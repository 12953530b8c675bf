import type { DashboardActionOutcome } from '../../core/dashboard/dashboard-action.js';
import type { DashboardHold } from '../../core/dashboard/dashboard-types.js';
import { renderDashboardParts } from '../../core/dashboard/render-dashboard-parts.js';
import type { IssuesPort } from '../../ports/issues-port.js';
import type { Logger } from '../../ports/logger.js';
import type { OpenPullsPort } from '../../ports/open-pulls-port.js';
import type { RepoHistoryPort } from '../../ports/repo-history-port.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';
import { loadRepoConfig } from '../promote/load-repo-config.js';
import { buildRepositoryDashboard } from './build-repository-dashboard.js';
import { listDashboardPulls } from './list-dashboard-pulls.js';
import { writeDashboardIssue, type DashboardWriteResult } from './write-dashboard-issue.js';

/** What updating the dashboard did: written (or found up to date), or skipped and why. */
export type DashboardUpdateResult =
  | ({ status: 'written' } & DashboardWriteResult & { components: number; environments: number })
  | { status: 'skipped'; reason: string };

/** The ports the dashboard flow reads and writes through. */
export interface DashboardDeps {
  snapshot: RepoSnapshotPort;
  history?: RepoHistoryPort | undefined;
  openPulls: OpenPullsPort;
  issues: IssuesPort;
  logger: Logger;
}

/**
 * Keeps the dashboard issue current for the default branch at `commit`: reads the configuration, the open
 * promotion PRs with the token's identity (one call), builds the matrix from the checkout and writes the
 * issue only where its text changed (one list call when nothing did).
 */
export async function updateDashboard(
  request: {
    commit: string;
    today: string;
    holds?: readonly DashboardHold[];
    /** The outcomes of boxes just ticked, shown above the matrix; the issue is then rewritten even if the digest matches. */
    actions?: { outcomes: readonly DashboardActionOutcome[]; actor: string };
  },
  deps: DashboardDeps,
): Promise<DashboardUpdateResult> {
  const loaded = await loadRepoConfig(deps.snapshot, request.commit);
  const { config } = loaded;
  if (!config.dashboard.enabled) return { status: 'skipped', reason: 'dashboard: off in telefonistka.yaml' };
  if (config.promotionPaths.length === 0)
    return { status: 'skipped', reason: 'no promotionPaths configured' };
  const open = await deps.openPulls.listOpenPullsWithViewer();
  const pulls = listDashboardPulls(open, config.promotionPrAuthors);
  const built = await buildRepositoryDashboard({ ...request, pulls, loaded }, deps);
  for (const warning of built.warnings) deps.logger.warning(warning);
  const parts = renderDashboardParts(built.dashboard, { actions: request.actions ?? {} });
  const written = await writeDashboardIssue(parts, {
    issues: deps.issues,
    ownLogin: open.viewer,
    pinned: open.pinned,
    logger: deps.logger,
    force: request.actions !== undefined,
  });
  return {
    status: 'written',
    ...written,
    components: built.dashboard.rows.length,
    environments: built.dashboard.environments.length,
  };
}
