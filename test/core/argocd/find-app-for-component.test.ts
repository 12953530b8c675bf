import { describe, expect, it } from 'vitest';
import {
  findAppForComponent,
  manifestGeneratePathsAnnotation,
} from '../../../src/core/argocd/find-app-for-component.js';
import type { ArgoCdApplication, ArgoCdApplicationSource } from '../../../src/core/argocd/types.js';

function app(
  name: string,
  annotation: string | undefined,
  source?: ArgoCdApplicationSource,
): ArgoCdApplication {
  return {
    metadata: {
      name,
      ...(annotation === undefined ? {} : { annotations: { [manifestGeneratePathsAnnotation]: annotation } }),
    },
    spec: source === undefined ? {} : { source },
  };
}

describe('findAppForComponent', () => {
  it.each([
    // [case, annotation, source path, component, matches]
    ['a plain path equal to the component', 'right/path/', undefined, 'right/path', true],
    ['a plain path containing the component', 'clusters/prod', undefined, 'clusters/prod/c1/nginx', true],
    ['a plain path that is a sibling', 'wrong/path/', undefined, 'right/path', false],
    ['a sibling sharing a name prefix', 'clusters/prod', undefined, 'clusters/production/nginx', false],
    ['"." meaning the app path', '.', 'right/path', 'right/path', true],
    ['"./sub" relative to the app path', './path', 'right/', 'right/path', true],
    ['"./sub" that does not cover the component', './other', 'right/', 'right/path', false],
    ['"../x" climbing out of the app path', '../shared', 'apps/nginx', 'apps/shared', true],
    [
      'an absolute path from the repository root',
      '/clusters/prod/c1',
      'ignored/',
      'clusters/prod/c1/nginx',
      true,
    ],
    [
      'an absolute path that does not cover the component',
      '/clusters/lab',
      'clusters/prod',
      'clusters/prod/x',
      false,
    ],
    ['"/" meaning the whole repository', '/', 'x', 'anything/at/all', true],
    [
      'a plain path relative to the app path (Argo CD rule)',
      'values',
      'apps/nginx',
      'apps/nginx/values',
      true,
    ],
    [
      'a component with a trailing slash',
      'clusters/prod/c1/nginx',
      undefined,
      'clusters/prod/c1/nginx/',
      true,
    ],
    [
      'a component above the annotated path',
      'clusters/prod/c1/nginx/overlays',
      undefined,
      'clusters/prod/c1/nginx',
      false,
    ],
    ['an annotation of only separators and spaces', ' ; ', undefined, 'x', false],
  ])('handles %s', (_case, annotation, sourcePath, component, matches) => {
    const apps = [app('the-app', annotation, sourcePath === undefined ? undefined : { path: sourcePath })];
    expect(findAppForComponent(apps, component)?.app.metadata.name).toBe(matches ? 'the-app' : undefined);
  });

  it('matches one of several ";"-separated elements', () => {
    const apps = [app('wrong', 'wrong/path/;wrong/path2/'), app('right', 'wrong/path/;right/path/')];
    expect(findAppForComponent(apps, 'right/path')?.app.metadata.name).toBe('right');
  });

  it('skips apps without the annotation instead of matching every component (deliberate fix)', () => {
    const apps = [
      app('unannotated', undefined, { path: 'x' }),
      app('annotated', '.', { path: 'clusters/c1/nginx' }),
    ];
    expect(findAppForComponent(apps, 'clusters/c1/nginx')?.app.metadata.name).toBe('annotated');
    expect(findAppForComponent([apps[0]!], 'clusters/c1/nginx')).toBeUndefined();
  });

  it('returns the first matching app in list order', () => {
    const apps = [app('first', 'clusters'), app('second', 'clusters/c1')];
    expect(findAppForComponent(apps, 'clusters/c1/nginx')?.app.metadata.name).toBe('first');
  });

  it('reports the matched path resolved from the repository root', () => {
    const match = findAppForComponent(
      [app('a', './overlays', { path: 'apps/nginx/' })],
      'apps/nginx/overlays/prod',
    );
    expect(match?.matchedPath).toBe('apps/nginx/overlays');
    expect(match?.sourcePosition).toBeUndefined();
  });

  describe('multi-source apps', () => {
    const multi: ArgoCdApplication = {
      metadata: { name: 'multi', annotations: { [manifestGeneratePathsAnnotation]: '.' } },
      spec: {
        sources: [
          { repoURL: 'https://charts.example.com', chart: 'nginx', targetRevision: '1.2.3' },
          { repoURL: 'https://github.com/org/values', path: 'values/nginx', ref: 'values' },
          { repoURL: 'https://github.com/org/gitops', path: 'clusters/prod/nginx' },
        ],
      },
    };

    it('resolves "." against every source with a path and reports the matching source position', () => {
      expect(findAppForComponent([multi], 'clusters/prod/nginx')?.sourcePosition).toBe(3);
      expect(findAppForComponent([multi], 'values/nginx')?.sourcePosition).toBe(2);
    });

    it('picks the source of the PR repository for an absolute element', () => {
      const absolute: ArgoCdApplication = {
        ...multi,
        metadata: { name: 'abs', annotations: { [manifestGeneratePathsAnnotation]: '/clusters/prod' } },
      };
      const match = findAppForComponent([absolute], 'clusters/prod/nginx', {
        repoUrl: 'https://github.com/org/gitops',
      });
      expect(match?.sourcePosition).toBe(3);
    });

    it('does not match a component outside every source path', () => {
      expect(findAppForComponent([multi], 'clusters/lab/nginx')).toBeUndefined();
    });
  });
});
