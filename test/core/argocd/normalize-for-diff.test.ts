import { describe, expect, it } from 'vitest';
import { ignoreRulesFor, type IgnoreRule } from '../../../src/core/argocd/ignore-rules.js';
import { deleteJqPath, parseJqPath } from '../../../src/core/argocd/jq-path.js';
import { normalizeForDiff, trackingLabelKeyOf } from '../../../src/core/argocd/normalize-for-diff.js';
import { resourceKeyOf } from '../../../src/core/argocd/resource-key.js';
import type { ArgoCdApplication, JsonValue, KubeObject } from '../../../src/core/argocd/types.js';
import { getPath, setPath } from './json-path.js';

const deployment = (): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: {
    name: 'web',
    namespace: 'shop',
    uid: 'u',
    resourceVersion: '1',
    generation: 3,
    creationTimestamp: '2026-01-01T00:00:00Z',
    selfLink: '/x',
    managedFields: [{ manager: 'argocd-controller' }],
    labels: { 'app.kubernetes.io/instance': 'web-prod', team: 'a' },
    annotations: {
      'argocd.argoproj.io/tracking-id': 'web-prod:apps/Deployment:shop/web',
      'kubectl.kubernetes.io/last-applied-configuration': '{}',
      'deployment.kubernetes.io/revision': '7',
      keep: 'me',
    },
  },
  spec: {
    replicas: 3,
    template: {
      spec: {
        containers: [
          { name: 'app', image: 'a:1', env: [{ name: 'A', value: '1' }] },
          { name: 'istio-proxy', image: 'proxy' },
        ],
      },
    },
  },
  status: { readyReplicas: 3 },
});

const normalize = (
  object: KubeObject,
  rules: IgnoreRule[] = [],
  tracking: { trackingLabelKey: string | undefined } = { trackingLabelKey: 'app.kubernetes.io/instance' },
) => normalizeForDiff(object, resourceKeyOf(object), { ignoreRules: rules, ...tracking });

const rule = (partial: Partial<IgnoreRule>): IgnoreRule => ({
  group: 'apps',
  kind: 'Deployment',
  name: undefined,
  namespace: undefined,
  jsonPointers: [],
  jqPathExpressions: [],
  managedFieldsManagers: [],
  ...partial,
});

describe('normalizeForDiff', () => {
  it('drops status, server-set metadata, tracking and last-applied but keeps other labels and annotations', () => {
    const { object } = normalize(deployment());
    expect(object['status']).toBeUndefined();
    expect(object['metadata']).toEqual({
      name: 'web',
      namespace: 'shop',
      labels: { team: 'a' },
      annotations: { 'deployment.kubernetes.io/revision': '7', keep: 'me' },
    });
  });

  it('keeps app.kubernetes.io/instance when Argo CD tracks by annotation only', () => {
    const { object } = normalize(deployment(), [], {
      trackingLabelKey: trackingLabelKeyOf({ trackingMethod: 'annotation' }),
    });
    expect(getPath(object, 'metadata.labels')).toEqual({
      'app.kubernetes.io/instance': 'web-prod',
      team: 'a',
    });
  });

  it.each([
    [{}, 'app.kubernetes.io/instance'],
    [{ trackingMethod: 'label', appLabelKey: 'argocd.argoproj.io/instance' }, 'argocd.argoproj.io/instance'],
    [{ trackingMethod: 'annotation+label' }, 'app.kubernetes.io/instance'],
    [{ trackingMethod: 'annotation' }, undefined],
  ])('picks the tracking label for settings %j', (settings, expected) => {
    expect(trackingLabelKeyOf(settings)).toBe(expected);
  });

  it('removes empty labels and annotations maps so {} equals absent', () => {
    const object = deployment();
    setPath(object, 'metadata.labels', { 'app.kubernetes.io/instance': 'x' });
    setPath(object, 'metadata.annotations', { 'argocd.argoproj.io/tracking-id': 'x' });
    expect(Object.keys(normalize(object).object['metadata'] as object)).toEqual(['name', 'namespace']);
  });

  it('does not modify its input', () => {
    const object = deployment();
    const before = JSON.stringify(object);
    normalize(object, [rule({ jsonPointers: ['/spec/replicas'] })]);
    expect(JSON.stringify(object)).toBe(before);
  });

  it.each<[string, Partial<IgnoreRule>, string, unknown]>([
    ['a JSON pointer', { jsonPointers: ['/spec/replicas'] }, 'spec.replicas', undefined],
    [
      'an escaped JSON pointer',
      { jsonPointers: ['/metadata/annotations/deployment.kubernetes.io~1revision'] },
      'metadata.annotations',
      { keep: 'me' },
    ],
    [
      'a JSON pointer into a list',
      { jsonPointers: ['/spec/template/spec/containers/1'] },
      'spec.template.spec.containers.1',
      undefined,
    ],
    ['jq .spec.replicas', { jqPathExpressions: ['.spec.replicas'] }, 'spec.replicas', undefined],
    [
      'jq with ["quoted"] keys',
      { jqPathExpressions: ['.metadata.annotations["keep"]'] },
      'metadata.annotations',
      { 'deployment.kubernetes.io/revision': '7' },
    ],
    [
      'jq with ."quoted" keys',
      { jqPathExpressions: ['.metadata.annotations."deployment.kubernetes.io/revision"'] },
      'metadata.annotations',
      { keep: 'me' },
    ],
    [
      'jq select on a list',
      { jqPathExpressions: ['.spec.template.spec.containers[] | select(.name == "istio-proxy")'] },
      'spec.template.spec.containers.1',
      undefined,
    ],
    [
      'jq select then a field',
      { jqPathExpressions: ['.spec.template.spec.containers[] | select(.name == "app") | .env'] },
      'spec.template.spec.containers.0',
      { name: 'app', image: 'a:1' },
    ],
    [
      'a rule for another kind',
      { kind: 'StatefulSet', jsonPointers: ['/spec/replicas'] },
      'spec.replicas',
      3,
    ],
    ['a rule for another name', { name: 'api', jsonPointers: ['/spec/replicas'] }, 'spec.replicas', 3],
    [
      'a rule with a wildcard kind',
      { group: '*', kind: '*', jsonPointers: ['/spec/replicas'] },
      'spec.replicas',
      undefined,
    ],
  ])('applies ignoreDifferences: %s', (_name, partial, path, expected) => {
    const { object } = normalize(deployment(), [rule(partial)]);
    expect(getPath(object, path)).toEqual(expected);
  });

  it('returns expressions it cannot apply instead of failing', () => {
    const { unsupportedExpressions } = normalize(deployment(), [
      rule({
        jsonPointers: ['spec/replicas'],
        jqPathExpressions: ['.spec | del(.x)', '.spec.replicas'],
        managedFieldsManagers: ['hpa-controller'],
      }),
    ]);
    expect(unsupportedExpressions).toEqual([
      'spec/replicas',
      'managedFieldsManagers: hpa-controller',
      '.spec | del(.x)',
    ]);
  });
});

describe('ignoreRulesFor', () => {
  it('combines the app ignoreDifferences with the settings resource overrides', () => {
    const app: ArgoCdApplication = {
      metadata: { name: 'a' },
      spec: { ignoreDifferences: [{ kind: 'ConfigMap', jsonPointers: ['/data/x'] }] },
    };
    const rules = ignoreRulesFor(app, {
      resourceOverrides: {
        'apps/Deployment': { ignoreDifferences: { jSONPointers: ['/spec/replicas'] } },
        '*/*': { ignoreDifferences: { jqPathExpressions: ['.metadata.labels.x'] } },
        Service: {},
      },
    });
    expect(rules.map((r) => [r.group, r.kind, r.jsonPointers, r.jqPathExpressions])).toEqual([
      ['', 'ConfigMap', ['/data/x'], []],
      ['apps', 'Deployment', ['/spec/replicas'], []],
      [undefined, undefined, [], ['.metadata.labels.x']],
    ]);
  });
});

describe('parseJqPath', () => {
  it.each(['.a | keys', 'del(.a)', '.a[1:2]', 'a.b', '.a | select(.b != 1)', ''])(
    'rejects %s',
    (expression) => {
      expect(parseJqPath(expression)).toBeUndefined();
    },
  );

  it('deletes every entry a select matches and reports the count', () => {
    const value: JsonValue = { l: [{ n: 'x' }, { n: 'y' }, { n: 'x' }] };
    expect(deleteJqPath(value, parseJqPath('.l[] | select(.n == "x")')!)).toBe(2);
    expect(value).toEqual({ l: [{ n: 'y' }] });
  });
});
