import { mapWithConcurrency } from '../../core/concurrency/map-with-concurrency.js';
import type { ArgoCdApplicationSet } from '../../core/argocd/types.js';
import type { RepoConfig } from '../../core/config/types.js';
import type { ArgoCdPort } from '../../ports/argocd-port.js';
import type { Logger } from '../../ports/logger.js';
import { createAppFinder } from './create-app-finder.js';
import { diffComponent, failedComponentDiff } from './diff-component.js';
import type { ComponentDiff, PrComponent } from '../../core/argocd/component-diff.js';

/** Where and how the components are diffed. */
export interface DiffComponentsOptions {
  repoUrl: string;
  headRef: string;
  headSha: string;
  /** Components diffed at the same time (each sends up to three requests at once). */
  concurrency: number;
}

/**
 * Diffs every component against Argo CD, `concurrency` at a time, results in component order. Settings are
 * read once; when that fails every component shows the error. Everything else fails per component.
 */
export async function diffComponents(
  components: readonly PrComponent[],
  config: RepoConfig,
  options: DiffComponentsOptions,
  deps: { argocd: ArgoCdPort; logger: Logger },
): Promise<ComponentDiff[]> {
  if (components.length === 0) return [];
  let settings;
  try {
    settings = await deps.argocd.getSettings();
  } catch (error) {
    return components.map((component) => failedComponentDiff(component, error));
  }
  let appSets: Promise<ArgoCdApplicationSet[]> | undefined;
  const context = {
    argocd: deps.argocd,
    settings,
    finder: createAppFinder(deps.argocd, {
      repoUrl: options.repoUrl,
      useShaLabel: config.argocd.useShaLabelForAppDiscovery,
    }),
    appSets: () => (appSets ??= deps.argocd.listApplicationSets()),
    repoUrl: options.repoUrl,
    headRef: options.headRef,
    headSha: options.headSha,
    createTemporaryApps: config.argocd.createTempAppObjectFromNewApps,
    diffRedact: config.diffRedact,
    logger: deps.logger,
  };
  const settled = await mapWithConcurrency(components, options.concurrency, (component) =>
    diffComponent(component, context),
  );
  return settled.map((entry, i) =>
    entry.status === 'fulfilled' ? entry.value : failedComponentDiff(components[i]!, entry.reason),
  );
}
