import { describe, expect, it } from 'vitest';
import {
  ManifestParseError,
  parseRenderedManifests,
} from '../../../src/core/render/parse-rendered-manifests.js';

describe('parseRenderedManifests', () => {
  it('reads every object of a multi-document stream and skips empty documents', () => {
    const text = [
      '---',
      '# Source: chart/templates/cm.yaml',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: a}',
      '---',
      '---',
      '# only a comment',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: b, namespace: web}',
      '',
    ].join('\n');
    expect(parseRenderedManifests(text)).toEqual([
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } },
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'b', namespace: 'web' } },
    ]);
  });

  it('gives the items of a List document', () => {
    const text =
      'apiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: Service, metadata: {name: s}}\n';
    expect(parseRenderedManifests(text)).toEqual([
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' } },
    ]);
  });

  it('resolves merge keys', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: m}\nbase: &b {x: 1}\ndata:\n  <<: *b\n  y: "2"\n';
    expect(parseRenderedManifests(text)[0]?.['data']).toEqual({ x: 1, y: '2' });
  });

  it('gives nothing for empty output', () => {
    expect(parseRenderedManifests('')).toEqual([]);
  });

  it.each([
    ['apiVersion: v1\nkind: [\n', /^document 1: /],
    ['- a\n- b\n', /^document 1: not a mapping$/],
    [
      '---\napiVersion: v1\nkind: A\n---\n# Source: c/templates/x.yaml\nfoo: bar\n',
      /^document 2 \(c\/templates\/x\.yaml\): not a Kubernetes object/,
    ],
  ])('rejects %j naming the document', (text, message) => {
    expect(() => parseRenderedManifests(text)).toThrow(ManifestParseError);
    expect(() => parseRenderedManifests(text)).toThrow(message);
  });
});
