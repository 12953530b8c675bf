import type { RenderTool } from './types.js';

/** File names that make a folder a kustomization, as kustomize accepts them. */
export const kustomizationFileNames: readonly string[] = [
  'kustomization.yaml',
  'kustomization.yml',
  'Kustomization',
];

/**
 * The tool a folder calls for, by the names of the files directly in it, with Argo CD's precedence: a
 * kustomization file makes it kustomize (even next to a `Chart.yaml`), else `Chart.yaml` makes it helm, else
 * its YAML and JSON files are used as they are.
 */
export function detectRenderTool(fileNames: readonly string[]): RenderTool {
  const names = new Set(fileNames);
  if (kustomizationFileNames.some((name) => names.has(name))) return 'kustomize';
  if (names.has('Chart.yaml')) return 'helm';
  return 'plain';
}
