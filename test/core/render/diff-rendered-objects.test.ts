import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/core/argocd/types.js';
import { compileRegex } from '../../../src/core/regex/compile-regex.js';
import { diffRenderedObjects } from '../../../src/core/render/diff-rendered-objects.js';

const noRedaction = { diffRedact: [], redactAll: false };

const deployment = (spec: Record<string, unknown>): KubeObject =>
  ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'app', namespace: 'web' },
    spec,
  }) as KubeObject;
const configMap = (name: string, data: Record<string, string>): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'web' },
  data,
});
const secret = (data: Record<string, string>): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name: 'db', namespace: 'web' },
  stringData: data,
});

describe('diffRenderedObjects', () => {
  it('counts added, removed, changed and unchanged objects and orders them by namespace, kind, name', () => {
    const diff = diffRenderedObjects(
      [deployment({ replicas: 1 }), configMap('old', { a: '1' }), configMap('same', { a: '1' })],
      [deployment({ replicas: 3 }), configMap('new', { a: '1' }), configMap('same', { a: '1' })],
      noRedaction,
    );
    expect(diff.elements.map((e) => [e.change, `${e.key.kind}/${e.key.name}`])).toEqual([
      ['added', 'ConfigMap/new'],
      ['removed', 'ConfigMap/old'],
      ['changed', 'Deployment/app'],
    ]);
    expect([diff.added, diff.removed, diff.changed, diff.unchanged]).toEqual([1, 1, 1, 1]);
    expect(diff.elements[2]?.text).toContain('@@ spec.replicas @@');
  });

  it('shows a field the head no longer renders as removed (nothing is merged into the base)', () => {
    const diff = diffRenderedObjects(
      [deployment({ replicas: 1, paused: true })],
      [deployment({ replicas: 1 })],
      noRedaction,
    );
    expect(diff.changed).toBe(1);
    expect(diff.elements[0]?.text).toContain('paused');
  });

  it('shows a Secret as changed keys, never its values', () => {
    const diff = diffRenderedObjects(
      [secret({ password: 'old-value', user: 'admin' })],
      [secret({ password: 'new-value', user: 'admin', token: 'fresh' })],
      noRedaction,
    );
    const text = diff.elements[0]?.text ?? '';
    expect(text).toContain('<redacted: changed>');
    expect(text).toContain('token');
    expect(text).not.toMatch(/old-value|new-value|fresh|admin/);
  });

  it('hides every object of a component with disableArgoCDDiff and keeps no structured changes', () => {
    const diff = diffRenderedObjects(
      [configMap('c', { a: 'secret-ish' })],
      [configMap('c', { a: 'other' })],
      { diffRedact: [], redactAll: true },
    );
    expect(diff.elements[0]?.redacted).toBe('component');
    expect(diff.elements[0]?.diffs).toEqual([]);
    expect(diff.elements[0]?.text).not.toMatch(/secret-ish|other/);
  });

  it('hides values at paths matching diffRedact', () => {
    const diff = diffRenderedObjects(
      [configMap('c', { token: 'one', mode: 'a' })],
      [configMap('c', { token: 'two', mode: 'b' })],
      { diffRedact: [compileRegex('data\\.token')], redactAll: false },
    );
    const text = diff.elements[0]?.text ?? '';
    expect(text).not.toMatch(/one|two/);
    expect(text).toContain('+ b');
  });

  it('warns about an object rendered twice on one side and uses the last one', () => {
    const diff = diffRenderedObjects(
      [configMap('c', { a: '1' })],
      [configMap('c', { a: '2' }), configMap('c', { a: '1' })],
      noRedaction,
    );
    expect(diff.warnings).toEqual(['head renders web/ConfigMap/c more than once; the last one counts']);
    expect(diff.elements).toEqual([]);
    expect(diff.unchanged).toBe(1);
  });

  it('ignores status and server-set metadata', () => {
    const withStatus = { ...deployment({ replicas: 1 }), status: { ready: 1 } } as KubeObject;
    expect(diffRenderedObjects([withStatus], [deployment({ replicas: 1 })], noRedaction).elements).toEqual(
      [],
    );
  });
});
