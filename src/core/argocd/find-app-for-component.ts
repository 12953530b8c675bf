import { cleanRepoPath, isInsideFolder } from './clean-repo-path.js';
import type { ArgoCdApplication, ArgoCdApplicationSource } from './types.js';

/** Argo CD's annotation listing the repository paths an application is rendered from. */
export const manifestGeneratePathsAnnotation = 'argocd.argoproj.io/manifest-generate-paths';

/** Options of {@link findAppForComponent}. */
export interface FindAppOptions {
  /** The PR repository URL; picks the source of a multi-source app that comes from this repository. */
  repoUrl?: string;
}

/** The application a component belongs to, and which of its sources renders the component. */
export interface AppMatch {
  app: ArgoCdApplication;
  /** 1-based position in `spec.sources` for multi-source apps (Argo CD's `sourcePositions`); undefined otherwise. */
  sourcePosition: number | undefined;
  /** The annotation element, resolved to a repository path, that matched. */
  matchedPath: string;
}

interface Candidate {
  path: string;
  source: number | undefined;
}

/**
 * Finds the first application whose `argocd.argoproj.io/manifest-generate-paths` annotation covers the
 * component path. Elements are `;`-separated; a leading `/` means the repository root and other elements are
 * relative to each source's `path` (Argo CD's rules); a plain element is also tried from the root, as the Go
 * bot did. Deliberate fixes: an app without the annotation matches nothing (the Go bot matched it to every
 * component), absolute elements work, and multi-source apps (`spec.sources`) are supported.
 */
export function findAppForComponent(
  apps: readonly ArgoCdApplication[],
  componentPath: string,
  options: FindAppOptions = {},
): AppMatch | undefined {
  const component = cleanRepoPath(componentPath);
  for (const app of apps) {
    const annotation = app.metadata.annotations?.[manifestGeneratePathsAnnotation];
    if (annotation === undefined || annotation.trim() === '') continue;
    const sources = sourcesOf(app);
    for (const element of annotation.split(';').map((e) => e.trim())) {
      if (element === '') continue;
      const hit = candidatesOf(element, sources).find((c) => isInsideFolder(component, c.path));
      if (hit !== undefined) {
        const sourcePosition = app.spec.sources?.length
          ? (hit.source ?? owningSource(sources, component, options.repoUrl))
          : undefined;
        return { app, sourcePosition, matchedPath: hit.path };
      }
    }
  }
  return undefined;
}

function sourcesOf(app: ArgoCdApplication): ArgoCdApplicationSource[] {
  if (app.spec.sources !== undefined && app.spec.sources.length > 0) return app.spec.sources;
  return app.spec.source === undefined ? [] : [app.spec.source];
}

function candidatesOf(element: string, sources: readonly ArgoCdApplicationSource[]): Candidate[] {
  if (element.startsWith('/')) return [{ path: cleanRepoPath(element), source: undefined }];
  const relative: Candidate[] = sources.flatMap((source, i) =>
    source.path === undefined ? [] : [{ path: cleanRepoPath(`${source.path}/${element}`), source: i + 1 }],
  );
  // The Go bot read elements that do not start with "." from the repository root; keep that reading too.
  return element.startsWith('.')
    ? relative
    : [...relative, { path: cleanRepoPath(element), source: undefined }];
}

function owningSource(
  sources: readonly ArgoCdApplicationSource[],
  component: string,
  repoUrl: string | undefined,
): number | undefined {
  const withPath = sources
    .map((source, i) => ({ source, position: i + 1 }))
    .filter(
      ({ source }) => source.path !== undefined && (repoUrl === undefined || source.repoURL === repoUrl),
    );
  const owner = withPath.find(({ source }) => {
    const folder = cleanRepoPath(source.path ?? '');
    return isInsideFolder(component, folder) || isInsideFolder(folder, component);
  });
  return (owner ?? withPath[0])?.position;
}
