import { componentPathSelector } from '../../core/argocd/component-path-sha1.js';
import { findAppForComponent, type AppMatch } from '../../core/argocd/find-app-for-component.js';
import type { ArgoCdApplication } from '../../core/argocd/types.js';
import type { ArgoCdPort } from '../../ports/argocd-port.js';
import { normalizeRepoUrl } from '../../core/argocd/find-app-set-for-component.js';

/** Finds the Argo CD application of a component path. */
export interface AppFinder {
  find(componentPath: string): Promise<AppMatch | undefined>;
}

/**
 * App discovery as configured: with `useSHALabelForAppDiscovery` one server-side label-selector query per
 * component (`telefonistka.io/component-path-sha1=<sha1 of the path>`, first app wins); otherwise the
 * repository's apps are listed once and matched by their `manifest-generate-paths` annotation. Both filter
 * by the PR repository's URL, which must equal the apps' `repoURL`.
 */
export function createAppFinder(
  argocd: ArgoCdPort,
  options: { repoUrl: string; useShaLabel: boolean },
): AppFinder {
  let listed: Promise<ArgoCdApplication[]> | undefined;
  return {
    async find(componentPath) {
      if (options.useShaLabel) {
        const apps = await argocd.listApplications({
          repo: options.repoUrl,
          selector: componentPathSelector(componentPath),
        });
        const app = apps[0];
        return app === undefined
          ? undefined
          : { app, sourcePosition: ownSourcePosition(app, options.repoUrl), matchedPath: componentPath };
      }
      listed ??= argocd.listApplications({ repo: options.repoUrl });
      return findAppForComponent(await listed, componentPath, { repoUrl: options.repoUrl });
    },
  };
}

/** For a multi-source app: the first source from the PR repository with a path, else the first from it. */
function ownSourcePosition(app: ArgoCdApplication, repoUrl: string): number | undefined {
  const sources = app.spec.sources ?? [];
  if (sources.length === 0) return undefined;
  const ours = sources
    .map((source, i) => ({ source, position: i + 1 }))
    .filter(({ source }) => normalizeRepoUrl(source.repoURL ?? '') === normalizeRepoUrl(repoUrl));
  return (ours.find(({ source }) => source.path !== undefined) ?? ours[0] ?? { position: 1 }).position;
}
