import { argoCdAppUrl, summarizeAppStatus, type AppDiffResult } from '../../core/argocd/app-diff-result.js';
import { diffAppResources, type AppDiffRedaction } from '../../core/argocd/diff-app-resources.js';
import type { AppMatch } from '../../core/argocd/find-app-for-component.js';
import type {
  ArgoCdApplication,
  ArgoCdApplicationSet,
  ArgoCdManagedResource,
  ArgoCdManifests,
  ArgoCdSettings,
} from '../../core/argocd/types.js';
import type { ArgoCdPort } from '../../ports/argocd-port.js';
import type { Logger } from '../../ports/logger.js';
import { buildTemporaryApp } from '../../core/argocd/build-temporary-app.js';
import type { AppFinder } from './create-app-finder.js';
import { findAppSetForComponent } from '../../core/argocd/find-app-set-for-component.js';
import type { ComponentDiff } from '../../core/argocd/component-diff.js';
import type { PrComponent } from '../../core/argocd/component-diff.js';
import { errorMessage } from '../../core/errors/error-message.js';

/** What diffing one component needs, shared by all components of a run. */
export interface ComponentDiffContext {
  argocd: ArgoCdPort;
  settings: ArgoCdSettings;
  finder: AppFinder;
  /** ApplicationSets, listed once per run when a component has no app. */
  appSets: () => Promise<ArgoCdApplicationSet[]>;
  repoUrl: string;
  headRef: string;
  headSha: string;
  createTemporaryApps: boolean;
  diffRedact: NonNullable<AppDiffRedaction['diffRedact']>;
  logger: Logger;
}

/**
 * Diffs one component: its app at the PR head (app with a hard refresh, manifests and live resources
 * fetched in parallel), or a temporary app rendered from the matching ApplicationSet. Never throws: a
 * failure becomes this component's error, so one app cannot hide the others.
 */
export async function diffComponent(
  component: PrComponent,
  context: ComponentDiffContext,
): Promise<ComponentDiff> {
  let match: AppMatch | undefined;
  try {
    match = await context.finder.find(component.path);
  } catch (error) {
    return failed(component, emptyResult(component), errorMessage(error));
  }
  if (match !== undefined) return diffExistingApp(component, match, context);
  const notFound = `No ArgoCD application found for \`${component.path}\` (repo ${context.repoUrl})`;
  if (!context.createTemporaryApps) return noApp(component, notFound);
  return diffTemporaryApp(component, context);
}

async function diffExistingApp(
  component: PrComponent,
  match: AppMatch,
  context: ComponentDiffContext,
): Promise<ComponentDiff> {
  const { argocd } = context;
  const name = match.app.metadata.name;
  const sourcePosition = match.sourcePosition;
  const [app, manifests, resources] = await Promise.allSettled([
    argocd.getApplication(name, { refresh: 'hard' }),
    argocd.getManifests(name, context.headSha, sourcePosition === undefined ? {} : { sourcePosition }),
    argocd.getManagedResources(name),
  ]);
  const current = app.status === 'fulfilled' ? app.value : match.app;
  const status = summarizeAppStatus(current, context.settings, {
    prHeadRef: context.headRef,
    sourcePosition,
  });
  const base: AppDiffResult = { ...emptyResult(component), ...status };
  if (app.status === 'rejected') return failed(component, base, errorMessage(app.reason));
  if (status.syncedFromPrBranch) {
    return { ...done(component, base), outcome: 'synced-from-branch' };
  }
  return compare(component, base, { app: app.value, manifests, resources }, context);
}

async function diffTemporaryApp(
  component: PrComponent,
  context: ComponentDiffContext,
): Promise<ComponentDiff> {
  const { argocd, logger } = context;
  let search;
  let temporary;
  try {
    search = findAppSetForComponent(await context.appSets(), component.path, context.repoUrl);
    if (search.match === undefined) {
      return noApp(
        component,
        `No ArgoCD application or ApplicationSet found for \`${component.path}\` (repo ${context.repoUrl})`,
        search.warnings,
      );
    }
    temporary = buildTemporaryApp(search.match, component.path, {
      headRef: context.headRef,
      repoUrl: context.repoUrl,
    });
  } catch (error) {
    return failed(component, emptyResult(component), errorMessage(error));
  }
  const name = temporary.app.metadata.name;
  const base: AppDiffResult = {
    ...emptyResult(component),
    appName: name,
    appUrl: argoCdAppUrl(context.settings, name),
    temporaryApp: true,
  };
  let created: ArgoCdApplication;
  try {
    created = await argocd.createApplication(temporary.app, { validate: false, upsert: true });
  } catch (error) {
    const message = `could not create temporary app ${name}: ${errorMessage(error)}`;
    return failed(component, emptyResult(component), message, search.warnings);
  }
  logger.info(
    `${component.path}: created temporary app ${name} from ApplicationSet ${search.match.appSet.metadata.name}`,
  );
  const sourcePosition = temporary.sourcePosition;
  const [manifests, resources] = await Promise.allSettled([
    argocd.getManifests(name, context.headSha, sourcePosition === undefined ? {} : { sourcePosition }),
    argocd.getManagedResources(name),
  ]);
  const diffed = compare(component, base, { app: created, manifests, resources }, context, search.warnings);
  if (diffed.outcome === 'error') {
    logger.warning(`${component.path}: kept temporary app ${name} for investigation; delete it when done`);
    return { ...diffed, keptTemporaryApp: name };
  }
  try {
    await argocd.deleteApplication(name, { cascade: false });
    logger.info(`${component.path}: deleted temporary app ${name}`);
    return diffed;
  } catch (error) {
    const warning = `could not delete temporary app ${name}: ${errorMessage(error)}; delete it by hand`;
    logger.warning(`${component.path}: ${warning}`);
    return { ...diffed, warnings: [...diffed.warnings, warning], keptTemporaryApp: name };
  }
}

function compare(
  component: PrComponent,
  base: AppDiffResult,
  fetched: {
    app: ArgoCdApplication;
    manifests: PromiseSettledResult<ArgoCdManifests>;
    resources: PromiseSettledResult<ArgoCdManagedResource[]>;
  },
  context: ComponentDiffContext,
  warnings: string[] = [],
): ComponentDiff {
  const { manifests, resources } = fetched;
  if (manifests.status === 'rejected')
    return failed(component, base, errorMessage(manifests.reason), warnings);
  if (resources.status === 'rejected')
    return failed(component, base, errorMessage(resources.reason), warnings);
  try {
    const diff = diffAppResources(
      {
        app: fetched.app,
        settings: context.settings,
        targets: manifests.value.objects,
        managedResources: resources.value,
      },
      { diffRedact: context.diffRedact, redactAll: component.disableArgoCdDiff },
    );
    const result: AppDiffResult = { ...base, diff };
    return {
      ...done(component, result),
      outcome: diff.hasDiff ? 'changed' : 'unchanged',
      warnings: [...warnings, ...diff.warnings.map((w) => `${base.appName ?? component.path}: ${w}`)],
    };
  } catch (error) {
    return failed(component, base, errorMessage(error), warnings);
  }
}

/** A component whose diff failed before its app was known (Argo CD unreachable, a defect). */
export function failedComponentDiff(component: PrComponent, error: unknown): ComponentDiff {
  return failed(component, emptyResult(component), errorMessage(error));
}

function emptyResult(component: PrComponent): AppDiffResult {
  return {
    componentPath: component.path,
    appName: undefined,
    appUrl: undefined,
    healthStatus: '',
    syncStatus: '',
    autoSyncEnabled: false,
    temporaryApp: false,
    syncedFromPrBranch: false,
    diff: undefined,
    error: undefined,
  };
}

function done(component: PrComponent, result: AppDiffResult): ComponentDiff {
  return {
    component,
    outcome: 'unchanged',
    result,
    notFound: undefined,
    warnings: [],
    keptTemporaryApp: undefined,
  };
}

function failed(
  component: PrComponent,
  base: AppDiffResult,
  error: string,
  warnings: string[] = [],
): ComponentDiff {
  return {
    component,
    outcome: 'error',
    result: { ...base, diff: undefined, error },
    notFound: undefined,
    warnings,
    keptTemporaryApp: undefined,
  };
}

function noApp(component: PrComponent, reason: string, warnings: string[] = []): ComponentDiff {
  return { ...done(component, emptyResult(component)), outcome: 'no-app', notFound: reason, warnings };
}
