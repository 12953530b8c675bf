import { compileConfigRegex } from './compile-config-regex.js';
import type { Diagnostics } from './create-diagnostics.js';
import { describeKeyPath } from './describe-key-path.js';
import type { DeploymentConfirmation } from './gates-types.js';
import type { EnvironmentMapping } from './gates-types.js';
import { readConfigValue } from './read-config-value.js';

const { list, object, string } = readConfigValue;

/** GitHub's limit on environment names. */
const MAX_ENVIRONMENT_NAME = 255;

/**
 * Normalizes `environments`: each `path` compiled as RE2 anchored at the start of a component folder path
 * (like `sourcePath`), each `name` a GitHub environment name (non-empty, at most 255 characters).
 */
export function buildEnvironmentsConfig(diagnostics: Diagnostics, value: unknown): EnvironmentMapping[] {
  const mappings: EnvironmentMapping[] = [];
  list(value).forEach((item, index) => {
    const path = ['environments', index];
    const raw = object(item);
    const pathText = string(raw['path']);
    const name = string(raw['name'])?.trim();
    if (name !== undefined && name.length > MAX_ENVIRONMENT_NAME) {
      diagnostics.error(
        [...path, 'name'],
        `\`${describeKeyPath([...path, 'name'])}\` is ${String(name.length)} characters long; GitHub allows at most ${String(MAX_ENVIRONMENT_NAME)} in an environment name`,
      );
      return;
    }
    if (pathText === undefined || pathText === '' || name === undefined || name === '') return;
    const anchored = pathText.startsWith('^') ? pathText : `^(?:${pathText})`;
    const regex = compileConfigRegex(diagnostics, [...path, 'path'], anchored);
    if (regex !== undefined) mappings.push({ path: regex, pathText, name });
  });
  return mappings;
}

const CONFIRMATIONS: readonly DeploymentConfirmation[] = ['argocd', 'merge'];

/** `deploymentConfirmation`: `argocd` or `merge`; absent means `auto` (Argo CD when the action can reach one). */
export function buildDeploymentConfirmation(value: unknown): DeploymentConfirmation {
  return CONFIRMATIONS.find((candidate) => candidate === value) ?? 'auto';
}
