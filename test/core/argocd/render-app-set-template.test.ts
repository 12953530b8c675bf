import { describe, expect, it } from 'vitest';
import { componentPathSha1 } from '../../../src/core/argocd/component-path-sha1.js';
import type { ArgoCdApplicationSet } from '../../../src/core/argocd/types.js';
import {
  buildTemporaryApp,
  gitDirectoryParams,
  TEMPORARY_APP_LABEL,
} from '../../../src/core/argocd/build-temporary-app.js';
import { findAppSetForComponent } from '../../../src/core/argocd/find-app-set-for-component.js';
import { renderFastTemplate } from '../../../src/core/argocd/render-fast-template.js';
import { renderGoTemplate, TemplateError } from '../../../src/core/argocd/render-go-template.js';

const component = 'clusters/prod/us-west1/c2/Web_App';
const params = gitDirectoryParams(component);
const repo = 'https://github.com/acme/iac';

describe('renderGoTemplate', () => {
  it.each([
    ['{{ .path.path }}', 'clusters/prod/us-west1/c2/Web_App'],
    ['{{.path.basename}}', 'Web_App'],
    ['{{ .path.basenameNormalized }}', 'web-app'],
    ['{{ .path.filename }}/{{ .path.filenameNormalized }}', 'Web_App/web-app'],
    ['{{ index .path.segments 1 }}-{{ index .path.segments 3 }}', 'prod-c2'],
    ['{{ .path.segments }}', '[clusters prod us-west1 c2 Web_App]'],
    ['{{ .path.basename | lower }}', 'web_app'],
    ['{{ .path.basename | normalize | upper }}', 'WEB-APP'],
    ['{{ printf "%s-%s" (index .path.segments 1) .path.basenameNormalized }}', 'prod-web-app'],
    ['{{ .path.path | sha1sum }}', componentPathSha1(component)],
    ['{{ trimPrefix "clusters/" .path.path }}', 'prod/us-west1/c2/Web_App'],
    ['{{ replace "/" "-" .path.path }}', 'clusters-prod-us-west1-c2-Web_App'],
    ['a {{- " b " -}} c', 'a b c'],
    ['x{{/* a comment */}}y', 'xy'],
    ['{{ .path.missing }}', '<no value>'],
    ['{{ .values.cluster }}', '<no value>'],
  ])('renders %j as %j', (template, expected) => {
    expect(renderGoTemplate(template, params.nested)).toBe(expected);
  });

  it('fails on a missing key with missingkey=error', () => {
    expect(() => renderGoTemplate('{{ .path.missing }}', params.nested, { missingKeyError: true })).toThrow(
      'map has no entry for key "missing"',
    );
  });

  it.each([
    ['{{ if .path.path }}x{{ end }}', '{{if}} is not supported'],
    ['{{ .path.path', 'unclosed action'],
    ['{{ toYaml .path }}', 'function "toYaml" is not supported'],
    ['{{ index .path.segments 9 }}', 'index out of range'],
    ['{{ .path.path "x" }}', "can't give arguments"],
  ])('refuses %j with an error saying why', (template, message) => {
    expect(() => renderGoTemplate(template, params.nested)).toThrow(TemplateError);
    expect(() => renderGoTemplate(template, params.nested)).toThrow(message);
  });
});

describe('renderFastTemplate', () => {
  it('replaces known parameters and keeps unknown tags, as Argo CD fasttemplate mode does', () => {
    expect(
      renderFastTemplate(
        '{{path.basename}}-{{ path[1] }}/{{path}}/{{path.basenameNormalized}}/{{other}}',
        params.flat,
      ),
    ).toBe('Web_App-prod/clusters/prod/us-west1/c2/Web_App/web-app/{{other}}');
  });
});

function appSet(overrides: Partial<ArgoCdApplicationSet['spec']>, name = 'clusters'): ArgoCdApplicationSet {
  return {
    metadata: { name },
    spec: {
      generators: [{ git: { repoURL: repo, revision: 'HEAD', directories: [{ path: 'clusters/*/*/*/*' }] } }],
      template: {
        metadata: {
          name: '{{ index .path.segments 1 }}-{{ .path.basenameNormalized }}',
          labels: { 'telefonistka.io/component-path-sha1': '{{ .path.path | sha1sum }}', team: 'web' },
          finalizers: ['resources-finalizer.argocd.argoproj.io'],
        },
        spec: {
          project: 'default',
          source: { repoURL: repo, path: '{{ .path.path }}', targetRevision: 'HEAD' },
          destination: {
            server: 'https://kubernetes.default.svc',
            namespace: '{{ .path.basenameNormalized }}',
          },
          syncPolicy: { automated: { prune: true }, syncOptions: ['CreateNamespace=true'] },
        },
      },
      goTemplate: true,
      ...overrides,
    },
  };
}

describe('findAppSetForComponent', () => {
  it('finds a Git directory generator of the PR repository whose glob matches the path', () => {
    const other = appSet(
      {
        generators: [
          { git: { repoURL: 'https://github.com/acme/other', directories: [{ path: 'clusters/*/*/*/*' }] } },
        ],
      },
      'other-repo',
    );
    const found = findAppSetForComponent([other, appSet({})], component, `${repo}.git/`);
    expect(found.match?.appSet.metadata.name).toBe('clusters');
    expect(found.match?.pattern).toBe('clusters/*/*/*/*');
  });

  it('does not let * cross a slash, and honours exclude entries', () => {
    const shallow = appSet({
      generators: [{ git: { repoURL: repo, directories: [{ path: 'clusters/*' }] } }],
    });
    expect(findAppSetForComponent([shallow], component, repo).match).toBeUndefined();
    const excluded = appSet({
      generators: [
        {
          git: {
            repoURL: repo,
            directories: [{ path: 'clusters/*/*/*/*' }, { path: 'clusters/prod/*/*/*', exclude: true }],
          },
        },
      ],
    });
    expect(findAppSetForComponent([excluded], component, repo).match).toBeUndefined();
  });

  it('finds a Plugin generator by its path input parameter', () => {
    const plugin = appSet({
      generators: [
        { plugin: { configMapRef: { name: 'p' }, input: { parameters: { path: 'clusters/prod/*/*/*' } } } },
      ],
    });
    expect(findAppSetForComponent([plugin], component, repo).match?.generator).toBe('plugin');
  });

  it('reports a malformed glob as a warning and keeps searching', () => {
    const bad = appSet(
      { generators: [{ git: { repoURL: repo, directories: [{ path: 'clusters/[' }] } }] },
      'bad',
    );
    const found = findAppSetForComponent([bad, appSet({})], component, repo);
    expect(found.match?.appSet.metadata.name).toBe('clusters');
    expect(found.warnings).toEqual(['ApplicationSet bad: syntax error in pattern "clusters/["']);
  });
});

describe('buildTemporaryApp', () => {
  it('renders a go-template app named temp-<name> at the PR branch without auto-sync or finalizers', () => {
    const match = findAppSetForComponent([appSet({})], component, repo).match!;
    const { app, sourcePosition } = buildTemporaryApp(match, component, {
      headRef: 'feature/x',
      repoUrl: repo,
    });
    expect(sourcePosition).toBeUndefined();
    expect(app).toEqual({
      metadata: { name: 'temp-prod-web-app', labels: { team: 'web', [TEMPORARY_APP_LABEL]: 'true' } },
      spec: {
        project: 'default',
        source: { repoURL: repo, path: component, targetRevision: 'feature/x' },
        destination: { server: 'https://kubernetes.default.svc', namespace: 'web-app' },
        syncPolicy: { syncOptions: ['CreateNamespace=true'] },
      },
    });
  });

  it('renders a fasttemplate app and points only the PR repository source of a multi-source app at the branch', () => {
    const set = appSet({
      goTemplate: false,
      template: {
        metadata: { name: '{{path[1]}}-{{path.basename}}' },
        spec: {
          sources: [
            { repoURL: 'https://charts.example.com', chart: 'web', targetRevision: '1.2.3' },
            { repoURL: repo, path: '{{path}}', targetRevision: 'main' },
          ],
          destination: { namespace: '{{path.basenameNormalized}}' },
        },
      },
    });
    const match = findAppSetForComponent([set], component, repo).match!;
    const { app, sourcePosition } = buildTemporaryApp(match, component, {
      headRef: 'feature/x',
      repoUrl: repo,
    });
    expect(app.metadata.name).toBe('temp-prod-Web_App');
    expect(sourcePosition).toBe(2);
    expect(app.spec.sources).toEqual([
      { repoURL: 'https://charts.example.com', chart: 'web', targetRevision: '1.2.3' },
      { repoURL: repo, path: component, targetRevision: 'feature/x' },
    ]);
  });

  it('fails with a TemplateError when the template cannot be rendered', () => {
    const set = appSet({ goTemplateOptions: ['missingkey=error'] });
    set.spec.template = { metadata: { name: '{{ .cluster.name }}' }, spec: {} };
    const match = findAppSetForComponent([set], component, repo).match!;
    expect(() => buildTemporaryApp(match, component, { headRef: 'x', repoUrl: repo })).toThrow(
      'map has no entry for key "cluster"',
    );
  });
});
