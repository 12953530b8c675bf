import { describe, expect, it } from 'vitest';
import {
  isRemoteKustomizeReference,
  kustomizeReferences,
} from '../../../src/core/render/kustomize-references.js';

describe('kustomizeReferences', () => {
  it('lists the entries of every field that can name another kustomization', () => {
    const text = [
      'resources: [../base, deploy.yaml]',
      'bases: [../old-base]',
      'components: [../../components/tls]',
      'generators: [gen.yaml]',
      'transformers: [tr.yaml]',
      'validators: [val.yaml]',
      'patches: [{path: patch.yaml}]',
    ].join('\n');
    expect(kustomizeReferences(text)).toEqual([
      '../base',
      'deploy.yaml',
      '../old-base',
      '../../components/tls',
      'gen.yaml',
      'tr.yaml',
      'val.yaml',
    ]);
  });

  it('gives nothing for unreadable YAML or a file that is not a mapping', () => {
    expect(kustomizeReferences('resources: [')).toEqual([]);
    expect(kustomizeReferences('- a')).toEqual([]);
  });
});

describe('isRemoteKustomizeReference', () => {
  it.each([
    ['https://github.com/org/repo//deploy?ref=v1', true],
    ['http://example.com/manifest.yaml', true],
    ['ssh://git@github.com/org/repo.git', true],
    ['file:///etc/kustomize', true],
    ['git@github.com:org/repo.git//base', true],
    ['git::https://example.com/repo', true],
    ['github.com/org/repo/base?ref=main', true],
    ['gitlab.example.com/team/repo//base', true],
    ['../base', false],
    ['deploy.yaml', false],
    ['./overlays/prod', false],
    ['base', false],
  ])('says %s is remote: %s', (entry, remote) => {
    expect(isRemoteKustomizeReference(entry)).toBe(remote);
  });
});
