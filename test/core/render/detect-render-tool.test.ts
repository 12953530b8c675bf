import { describe, expect, it } from 'vitest';
import { detectRenderTool } from '../../../src/core/render/detect-render-tool.js';
import { helmValuesFiles } from '../../../src/core/render/helm-values-files.js';
import { plainManifestFiles } from '../../../src/core/render/plain-manifest-files.js';

describe('detectRenderTool', () => {
  it.each([
    [['kustomization.yaml', 'deploy.yaml'], 'kustomize'],
    [['kustomization.yml'], 'kustomize'],
    [['Kustomization'], 'kustomize'],
    [['Chart.yaml', 'values.yaml', 'templates'], 'helm'],
    [['Chart.yaml', 'kustomization.yaml'], 'kustomize'],
    [['deploy.yaml', 'service.yml'], 'plain'],
    [[], 'plain'],
    [['chart.yaml'], 'plain'],
  ] as const)('calls %j a %s folder', (names, tool) => {
    expect(detectRenderTool(names)).toBe(tool);
  });
});

describe('helmValuesFiles', () => {
  it('passes values-* and values.* files sorted by name, never values.yaml itself', () => {
    expect(
      helmValuesFiles([
        'values.yaml',
        'values-prod.yaml',
        'values-eu.yml',
        'values.secrets.yaml',
        'Chart.yaml',
        'my-values.yaml',
        'values-.yaml',
        'values-notes.txt',
      ]),
    ).toEqual(['values-eu.yml', 'values-prod.yaml', 'values.secrets.yaml']);
  });

  it('passes nothing for a chart with only values.yaml', () => {
    expect(helmValuesFiles(['values.yaml', 'Chart.yaml'])).toEqual([]);
  });
});

describe('plainManifestFiles', () => {
  it('takes yaml, yml and json files sorted by name without telefonistka.yaml', () => {
    expect(
      plainManifestFiles(['z.yaml', 'a.json', 'telefonistka.yaml', 'README.md', 'b.yml', 'notes.txt']),
    ).toEqual(['a.json', 'b.yml', 'z.yaml']);
  });
});
