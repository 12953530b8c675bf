import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  componentRedactedText,
  diffObjectPair,
  objectRedactedText,
  type ObjectDiffOptions,
} from '../../../src/core/argocd/diff-object-pair.js';
import { resourceKeyOf } from '../../../src/core/argocd/resource-key.js';
import type { JsonValue, KubeObject } from '../../../src/core/argocd/types.js';
import { getPath, setPath } from './json-path.js';
import { compileRegex } from '../../../src/core/regex/compile-regex.js';

const golden = (name: string) => `../../golden/argocd/${name}`;
const barLive = JSON.parse(
  readFileSync(new URL('fixtures/go-bot-bar.live.json', import.meta.url), 'utf8'),
) as KubeObject;

const options: ObjectDiffOptions = {
  ignoreRules: [],
  trackingLabelKey: 'app.kubernetes.io/instance',
  diffRedact: [],
  redactAll: false,
};

function withChanges(object: KubeObject, changes: Record<string, JsonValue | undefined>): KubeObject {
  const copy = structuredClone(object);
  for (const [path, value] of Object.entries(changes)) {
    if (value === undefined)
      delete (getPath(copy, path.split('.').slice(0, -1).join('.')) as Record<string, unknown>)[
        path.split('.').pop()!
      ];
    else setPath(copy, path, value);
  }
  return copy;
}

const textOf = (
  live: KubeObject | undefined,
  target: KubeObject | undefined,
  extra: Partial<ObjectDiffOptions> = {},
) => diffObjectPair(resourceKeyOf((target ?? live)!), live, target, { ...options, ...extra }).element?.text;

describe('diffObjectPair', () => {
  it('reproduces the Go bot golden TestDiffLiveVsTargetObject/1.want byte for byte', async () => {
    const target = withChanges(barLive, { 'spec.replicas': 42 });
    const text = textOf(barLive, target);
    // internal/pkg/argocd/testdata/TestDiffLiveVsTargetObject/1.want of the Go bot.
    expect(text).toBe(
      'apiVersion: commercetools.io/v1alpha1\nkind: Bar\nmetadata:\n  name: example-baz-bar\n\n@@ spec.replicas @@\n! ± value change\n- 63\n+ 42\n\n',
    );
    await expect(text).toMatchFileSnapshot(golden('go-bot-1.want'));
  });

  it('reproduces the Go bot golden TestRenderDiff.md list-entry change byte for byte', async () => {
    const target = withChanges(barLive, {
      'spec.replicas': 42,
      'rbacBindings.0.subjects.0.name': 'vault:some-team-name@domain.tld',
    });
    const text = textOf(barLive, target);
    expect(text).toBe(
      [
        'apiVersion: commercetools.io/v1alpha1',
        'kind: Bar',
        'metadata:',
        '  name: example-baz-bar',
        '',
        '@@ rbacBindings.security-audit-viewer-vault.subjects @@',
        '! - one list entry removed:',
        '- - name: "vault:some-team@domain.tld"',
        '-   kind: Group',
        '! + one list entry added:',
        '+   - name: "vault:some-team-name@domain.tld"',
        '+     kind: Group',
        '',
        '@@ spec.replicas @@',
        '! ± value change',
        '- 63',
        '+ 42',
        '',
        '',
      ].join('\n'),
    );
    await expect(`\`\`\`diff\n${text}\`\`\`\n`).toMatchFileSnapshot(golden('go-bot-render-diff.md'));
  });

  it('reports no element when only server-side fields differ', () => {
    const target = withChanges(barLive, {
      'metadata.managedFields': undefined,
      'metadata.uid': undefined,
      'metadata.resourceVersion': undefined,
      'metadata.generation': undefined,
    });
    expect(textOf(barLive, target)).toBeUndefined();
  });

  it('shows a new object as one added document under the target header', async () => {
    const target: KubeObject = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'settings', namespace: 'web', labels: { team: 'a' } },
      data: { 'config.yaml': 'a: 1\nb: 2\n', mode: 'fast' },
    };
    const result = diffObjectPair(resourceKeyOf(target), undefined, target, options).element;
    expect(result?.change).toBe('added');
    await expect(result?.text).toMatchFileSnapshot(golden('object-added.txt'));
  });

  it('shows a removed object with the header of the live object (the Go bot printed blanks)', async () => {
    const live: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'old', namespace: 'web', uid: 'x' },
      spec: { replicas: 1 },
      status: { readyReplicas: 1 },
    };
    const result = diffObjectPair(resourceKeyOf(live), live, undefined, options).element;
    expect(result?.change).toBe('removed');
    expect(result?.text.startsWith('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: old\n')).toBe(
      true,
    );
    await expect(result?.text).toMatchFileSnapshot(golden('object-removed.txt'));
  });

  it('keeps fields only the cluster set (defaults) out of the diff', () => {
    const live: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'web' },
      spec: {
        replicas: 2,
        progressDeadlineSeconds: 600,
        template: {
          spec: {
            containers: [{ name: 'app', image: 'nginx:1', terminationMessagePath: '/dev/termination-log' }],
            dnsPolicy: 'ClusterFirst',
          },
        },
      },
    };
    const target: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { replicas: 2, template: { spec: { containers: [{ name: 'app', image: 'nginx:2' }] } } },
    };
    const key = { group: 'apps', kind: 'Deployment', namespace: 'web', name: 'web' };
    const element = diffObjectPair(
      key,
      live,
      { ...target, metadata: { name: 'web', namespace: 'web' } },
      options,
    ).element;
    expect(element?.diffs).toEqual([
      {
        path: [
          { name: 'spec' },
          { name: 'template' },
          { name: 'spec' },
          { name: 'containers' },
          { key: 'name', name: 'app' },
          { name: 'image' },
        ],
        details: [{ kind: 'modification', from: 'nginx:1', to: 'nginx:2' }],
      },
    ]);
  });

  it('shows a field removed from the manifest when the last applied configuration had it', () => {
    const applied = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'c' },
      data: { a: '1', b: '2' },
    };
    const live: KubeObject = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: 'c',
        annotations: { 'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify(applied) },
      },
      data: { a: '1', b: '2' },
    };
    const target: KubeObject = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'c' },
      data: { a: '1' },
    };
    expect(textOf(live, target)).toContain('@@ data @@\n! - one map entry removed:\n- b: 2\n');
  });

  it('shows a field removed from the manifest when Argo CD owned it through server-side apply', () => {
    const live: KubeObject = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: 'c',
        managedFields: [
          {
            manager: 'argocd-controller',
            operation: 'Apply',
            fieldsV1: { 'f:data': { 'f:a': {}, 'f:b': {} } },
          },
          { manager: 'kube-controller-manager', operation: 'Update', fieldsV1: { 'f:data': { 'f:c': {} } } },
        ],
      },
      data: { a: '1', b: '2', c: '3' },
    };
    const target: KubeObject = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'c' },
      data: { a: '1' },
    };
    const element = diffObjectPair(resourceKeyOf(target), live, target, options).element;
    expect(element?.diffs).toEqual([
      { path: [{ name: 'data' }], details: [{ kind: 'removal', shape: 'map', value: { b: '2' } }] },
    ]);
  });

  it('keeps containers another controller injected when the sync never applied them', () => {
    const applied = { spec: { containers: [{ name: 'app', image: 'a:1' }] } };
    const live: KubeObject = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: 'p',
        annotations: { 'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify(applied) },
      },
      spec: {
        containers: [
          { name: 'app', image: 'a:1' },
          { name: 'istio-proxy', image: 'proxy' },
        ],
      },
    };
    const target: KubeObject = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: { containers: [{ name: 'app', image: 'a:2' }] },
    };
    const text = textOf(live, target);
    expect(text).toContain('@@ spec.containers.app.image @@');
    expect(text).not.toContain('istio-proxy');
  });

  describe('Secrets', () => {
    const secret = (data: Record<string, string>, extra: Record<string, unknown> = {}): KubeObject => ({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db', namespace: 'web' },
      type: 'Opaque',
      data,
      ...extra,
    });
    const b64 = (s: string) => Buffer.from(s).toString('base64');

    it('shows changed, added and removed keys but never a value, plain or base64', async () => {
      const live = secret({ password: b64('old-pass'), user: b64('admin'), legacy: b64('gone-value') });
      // What Argo CD's server-side apply owns: a key it applied and the manifest dropped is removed by the sync.
      (live['metadata'] as Record<string, unknown>)['managedFields'] = [
        {
          manager: 'argocd-controller',
          operation: 'Apply',
          fieldsV1: { 'f:data': { 'f:legacy': {}, 'f:password': {}, 'f:user': {} } },
        },
      ];
      const target = secret({ password: b64('new-pass'), user: b64('admin'), token: b64('tok-value') });
      const text = textOf(live, target)!;
      for (const value of ['old-pass', 'new-pass', 'admin', 'gone-value', 'tok-value']) {
        expect(text).not.toContain(value);
        expect(text).not.toContain(b64(value));
      }
      expect(text).toContain('@@ data.password @@\n! ± value change\n- <redacted>\n+ <redacted: changed>\n');
      expect(text).toContain('! - one map entry removed:\n- legacy: <redacted>\n');
      expect(text).toContain('! + one map entry added:\n+   token: <redacted>\n');
      await expect(text).toMatchFileSnapshot(golden('secret-changed.txt'));
    });

    it('compares stringData in the manifest with data in the cluster', () => {
      const live = secret({ user: b64('admin') });
      const same = { ...secret({}), stringData: { user: 'admin' } } as KubeObject;
      delete (same as Record<string, unknown>)['data'];
      expect(textOf(live, same)).toBeUndefined();
      const changed = { ...same, stringData: { user: 'root' } } as KubeObject;
      expect(textOf(live, changed)).toContain('+ <redacted: changed>');
    });

    it('does not claim a change when Argo CD masked both values', () => {
      expect(textOf(secret({ a: '++++++++' }), secret({ a: '++++++++' }))).toBeUndefined();
    });

    it('never leaks the last-applied annotation, which holds the values in clear', () => {
      const applied = JSON.stringify(secret({ password: b64('s3cr3t') }));
      const live = secret({ password: b64('s3cr3t') }, {});
      (live['metadata'] as Record<string, unknown>)['annotations'] = {
        'kubectl.kubernetes.io/last-applied-configuration': applied,
      };
      const text = textOf(live, secret({ password: b64('other') }))!;
      expect(text).not.toContain('s3cr3t');
      expect(text).not.toContain(b64('s3cr3t'));
    });

    it('lists the keys of a new Secret without values', () => {
      const text = textOf(undefined, secret({ password: b64('p') }))!;
      expect(text).toContain('+     password: <redacted>');
      expect(text).not.toContain(b64('p'));
    });
  });

  describe('redaction', () => {
    const cm = (data: Record<string, string>): KubeObject => ({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'app-config' },
      data,
    });

    it('hides the whole content of an object whose kind/name matches diffRedact', () => {
      const element = diffObjectPair(resourceKeyOf(cm({})), cm({ a: 'old' }), cm({ a: 'new' }), {
        ...options,
        diffRedact: [compileRegex('^ConfigMap/app-')],
      }).element!;
      expect(element.redacted).toBe('object');
      expect(element.text).toBe(
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\n${objectRedactedText}`,
      );
      expect(element.diffs).toEqual([]);
    });

    it('hides values at paths matching diffRedact and still shows that they changed', () => {
      const text = textOf(cm({ token: 'old-token', plain: 'x' }), cm({ token: 'new-token', plain: 'y' }), {
        diffRedact: [compileRegex('^data\\.token$')],
      })!;
      expect(text).not.toContain('old-token');
      expect(text).not.toContain('new-token');
      expect(text).toContain('@@ data.token @@\n! ± value change\n- <redacted>\n+ <redacted: changed>');
      expect(text).toContain('@@ data.plain @@\n! ± value change\n- x\n+ y');
    });

    it('hides matching values inside named list entries', () => {
      const pod = (value: string): KubeObject => ({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'p' },
        spec: { containers: [{ name: 'app', env: [{ name: 'API_KEY', value }] }] },
      });
      const text = textOf(pod('k-1'), pod('k-2'), { diffRedact: [compileRegex('env\\.API_KEY\\.value')] })!;
      expect(text).toContain('@@ spec.containers.app.env.API_KEY.value @@');
      expect(text).not.toMatch(/k-1|k-2/);
    });

    it('replaces every object of a component with disableArgoCDDiff by the Go bot notice', () => {
      const element = diffObjectPair(resourceKeyOf(cm({})), cm({ a: '1' }), cm({ a: '2' }), {
        ...options,
        redactAll: true,
      }).element!;
      expect(element.text).toBe(componentRedactedText);
      expect(element.redacted).toBe('component');
      expect(element.diffs).toEqual([]);
    });

    it('still reports nothing for an unchanged object of a redacted component', () => {
      expect(
        diffObjectPair(resourceKeyOf(cm({})), cm({ a: '1' }), cm({ a: '1' }), { ...options, redactAll: true })
          .element,
      ).toBeUndefined();
    });
  });
});
