import { describe, expect, it } from 'vitest';
import { diffAppResources, type AppDiffInput } from '../../../src/core/argocd/diff-app-resources.js';
import type { ArgoCdManagedResource, KubeObject } from '../../../src/core/argocd/types.js';
import { resourceKeyOf } from '../../../src/core/argocd/resource-key.js';

const cm = (
  name: string,
  data: Record<string, string>,
  namespace?: string,
  annotations?: Record<string, string>,
): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: {
    name,
    ...(namespace === undefined ? {} : { namespace }),
    ...(annotations === undefined ? {} : { annotations }),
  },
  data,
});

function managed(live: KubeObject, extra: Partial<ArgoCdManagedResource> = {}): ArgoCdManagedResource {
  return {
    ...resourceKeyOf(live),
    liveState: live,
    normalizedLiveState: live,
    targetState: undefined,
    predictedLiveState: undefined,
    modified: false,
    hook: false,
    ...extra,
  };
}

const input = (targets: KubeObject[], live: ArgoCdManagedResource[]): AppDiffInput => ({
  app: { metadata: { name: 'web' }, spec: { destination: { namespace: 'web' } } },
  settings: { url: 'https://argocd.example.com' },
  targets,
  managedResources: live,
});

const ids = (result: ReturnType<typeof diffAppResources>) =>
  result.elements.map((e) => `${e.change} ${e.key.namespace}/${e.key.kind}/${e.key.name}`);

describe('diffAppResources', () => {
  it('reports added, removed and changed objects and counts unchanged ones', () => {
    const result = diffAppResources(
      input(
        [cm('same', { a: '1' }, 'web'), cm('changed', { a: '2' }, 'web'), cm('new', { a: '1' }, 'web')],
        [
          managed(cm('same', { a: '1' }, 'web')),
          managed(cm('changed', { a: '1' }, 'web')),
          managed(cm('gone', { a: '1' }, 'web')),
        ],
      ),
    );
    expect(ids(result)).toEqual([
      'changed web/ConfigMap/changed',
      'removed web/ConfigMap/gone',
      'added web/ConfigMap/new',
    ]);
    expect(result.hasDiff).toBe(true);
    expect(result.unchanged).toBe(1);
  });

  it('reports no diff when targets equal the live objects', () => {
    const result = diffAppResources(
      input([cm('a', { x: '1' }, 'web')], [managed(cm('a', { x: '1' }, 'web'))]),
    );
    expect(result).toEqual({ elements: [], hasDiff: false, unchanged: 1, warnings: [] });
  });

  it('gives a namespaced target without namespace the destination namespace so it meets its live object', () => {
    const result = diffAppResources(input([cm('a', { x: '2' })], [managed(cm('a', { x: '1' }, 'web'))]));
    expect(ids(result)).toEqual(['changed web/ConfigMap/a']);
    expect(result.elements[0]?.text).not.toContain('namespace');
  });

  it('leaves cluster-scoped kinds without a namespace', () => {
    const ns: KubeObject = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team-a' } };
    expect(ids(diffAppResources(input([ns], [])))).toEqual(['added /Namespace/team-a']);
  });

  it('learns from live objects that a custom kind is cluster-scoped', () => {
    const live: KubeObject = {
      apiVersion: 'x.io/v1',
      kind: 'Widget',
      metadata: { name: 'w' },
      spec: { a: 1 },
    };
    const target: KubeObject = { ...live, spec: { a: 2 } };
    expect(ids(diffAppResources(input([target], [managed(live)])))).toEqual(['changed /Widget/w']);
  });

  it('skips hooks and live objects marked IgnoreExtraneous', () => {
    const hook = cm('migrate', { a: '1' }, 'web', { 'argocd.argoproj.io/hook': 'PreSync' });
    const helmHook = cm('test', { a: '1' }, 'web', { 'helm.sh/hook': 'test' });
    const extraneous = cm('extra', { a: '1' }, 'web', {
      'argocd.argoproj.io/compare-options': 'IgnoreExtraneous',
    });
    const flagged = cm('flagged', { a: '1' }, 'web');
    const result = diffAppResources(
      input([hook, helmHook], [managed(extraneous), managed(flagged, { hook: true })]),
    );
    expect(result.elements).toEqual([]);
  });

  it('prefers the normalized live state and ignores target-only managed entries', () => {
    const raw = cm('a', { x: '1', ignored: 'y' }, 'web');
    const normalized = cm('a', { x: '1' }, 'web');
    const targetOnly: ArgoCdManagedResource = {
      ...managed(cm('b', {}, 'web')),
      liveState: undefined,
      normalizedLiveState: undefined,
    };
    const result = diffAppResources(
      input([cm('a', { x: '1' }, 'web')], [managed(raw, { normalizedLiveState: normalized }), targetOnly]),
    );
    expect(result.elements).toEqual([]);
  });

  it('applies the app ignoreDifferences', () => {
    const data = input([cm('a', { x: '2' }, 'web')], [managed(cm('a', { x: '1' }, 'web'))]);
    data.app.spec.ignoreDifferences = [{ kind: 'ConfigMap', jsonPointers: ['/data/x'] }];
    expect(diffAppResources(data).hasDiff).toBe(false);
  });

  it('warns about duplicate targets and unsupported ignore expressions', () => {
    const data = input(
      [cm('a', { x: '1' }, 'web'), cm('a', { x: '2' }, 'web')],
      [managed(cm('a', { x: '1' }, 'web'))],
    );
    data.app.spec.ignoreDifferences = [{ kind: 'ConfigMap', jqPathExpressions: ['.data | del(.x)'] }];
    const result = diffAppResources(data);
    expect(result.warnings).toEqual([
      'duplicate target object web/ConfigMap/a',
      'ignoreDifferences expression not supported: .data | del(.x)',
    ]);
    expect(ids(result)).toEqual(['changed web/ConfigMap/a']);
  });

  it('redacts every object of a component with disableArgoCDDiff but still lists it', () => {
    const result = diffAppResources(input([cm('a', { x: 'secret-ish' }, 'web')], []), { redactAll: true });
    expect(ids(result)).toEqual(['added web/ConfigMap/a']);
    expect(result.elements[0]?.text).not.toContain('secret-ish');
  });

  it('diffs 1,000 objects, each changed or unchanged once', () => {
    const targets = Array.from({ length: 1000 }, (_, i) => cm(`c${i}`, { v: String(i % 7), w: 'x' }, 'web'));
    const live = Array.from({ length: 1000 }, (_, i) =>
      managed(cm(`c${i}`, { v: String(i % 5), w: 'x' }, 'web')),
    );
    // Its time is reported by bench/input-guards.bench.ts.
    const result = diffAppResources(input(targets, live));
    expect(result.elements.length + result.unchanged).toBe(1000);
  });
});
