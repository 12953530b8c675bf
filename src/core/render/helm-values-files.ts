import { compareStrings } from '../promotion/compare-strings.js';

const extraValuesFile = /^values[-.].+\.ya?ml$/;

/**
 * The values files `helm template` gets with `-f`, in order (later files win): every file directly in the chart
 * folder named `values-<anything>.yaml` or `values.<anything>.yaml` (`.yml` too), sorted by name in code-point
 * order. `values.yaml` itself is not passed: helm always loads it as the chart's defaults.
 */
export function helmValuesFiles(fileNames: readonly string[]): string[] {
  return fileNames
    .filter((name) => extraValuesFile.test(name) && name !== 'values.yaml' && name !== 'values.yml')
    .sort(compareStrings);
}
