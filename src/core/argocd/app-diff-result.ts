import type { AppResourcesDiff } from './diff-app-resources.js';
import type { ArgoCdApplication, ArgoCdSettings } from './types.js';

/** The outcome for one component: the app's state and its diff, or why there is none. */
export interface AppDiffResult {
  componentPath: string;
  /** Undefined when no application was found. */
  appName: string | undefined;
  /** `<settings.url>/applications/<name>`. */
  appUrl: string | undefined;
  healthStatus: string;
  syncStatus: string;
  autoSyncEnabled: boolean;
  /** The app was created from an ApplicationSet only to render this diff. */
  temporaryApp: boolean;
  /** The app already follows the PR branch with auto-sync on; the diff was skipped (not an error). */
  syncedFromPrBranch: boolean;
  /** Undefined when skipped or failed. */
  diff: AppResourcesDiff | undefined;
  /** Why the diff failed; the comment shows it for this app only. */
  error: string | undefined;
}

/** The state of an app that the comment warns about. */
export interface AppStatusSummary {
  appName: string;
  appUrl: string;
  healthStatus: string;
  syncStatus: string;
  autoSyncEnabled: boolean;
  syncedFromPrBranch: boolean;
}

/** Link to an app in the Argo CD UI, as the Go bot builds it. */
export function argoCdAppUrl(settings: ArgoCdSettings, appName: string): string {
  return `${(settings.url ?? '').replace(/\/+$/, '')}/applications/${appName}`;
}

/**
 * Health, sync and auto-sync of an app. Auto-sync is on when `syncPolicy.automated` is present and not
 * `enabled: false` (an app without `syncPolicy` has none; the Go bot crashed there). "Synced from the PR branch"
 * means the source that renders the component targets `prHeadRef` and auto-sync is on.
 */
export function summarizeAppStatus(
  app: ArgoCdApplication,
  settings: ArgoCdSettings,
  options: { prHeadRef: string; sourcePosition?: number | undefined },
): AppStatusSummary {
  const automated = app.spec.syncPolicy?.automated;
  const autoSyncEnabled = automated !== undefined && automated.enabled !== false;
  const source =
    options.sourcePosition === undefined ? app.spec.source : app.spec.sources?.[options.sourcePosition - 1];
  return {
    appName: app.metadata.name,
    appUrl: argoCdAppUrl(settings, app.metadata.name),
    healthStatus: app.status?.health?.status ?? 'Unknown',
    syncStatus: app.status?.sync?.status ?? 'Unknown',
    autoSyncEnabled,
    syncedFromPrBranch: autoSyncEnabled && source?.targetRevision === options.prHeadRef,
  };
}
