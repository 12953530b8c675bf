import { compareStrings } from '../promotion/compare-strings.js';

/** The component configuration file, which lives in component folders but is no manifest. */
export const componentConfigFileName = 'telefonistka.yaml';

/**
 * The files of a plain folder that hold manifests, in the order they are concatenated: `.yaml`, `.yml` and
 * `.json` files directly in it (not in subfolders, like an Argo CD directory source without `recurse`), sorted
 * by name, without the component's `telefonistka.yaml`.
 */
export function plainManifestFiles(fileNames: readonly string[]): string[] {
  return fileNames
    .filter((name) => /\.(ya?ml|json)$/.test(name) && name !== componentConfigFileName)
    .sort(compareStrings);
}
