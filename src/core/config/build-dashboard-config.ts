import { BumpEditError } from '../bump/bump-edit-error.js';
import { parseYamlPath } from '../bump/parse-yaml-path.js';
import type { DashboardConfig, DashboardVersionSource } from './types.js';
import type { Diagnostics } from './create-diagnostics.js';
import { readConfigValue } from './read-config-value.js';

const { object, list, string, at } = readConfigValue;

/**
 * Normalizes `dashboard:` — `on` / `off` (or true / false), or a mapping `{ enabled, version: [{ file, path }] }`.
 * On unless turned off. Each version path is parsed with the bump's YAML path language and each file must
 * stay inside the component folder; every problem is reported at its file:line:col.
 */
export function buildDashboardConfig(diagnostics: Diagnostics, root: unknown): DashboardConfig {
  const value = at(root, ['dashboard']);
  if (typeof value === 'string' || typeof value === 'boolean') {
    return { enabled: switchValue(diagnostics, ['dashboard'], value), version: [] };
  }
  const enabled = object(value)['enabled'];
  return {
    enabled:
      enabled === undefined || enabled === null
        ? true
        : switchValue(diagnostics, ['dashboard', 'enabled'], enabled as string | boolean),
    version: list(object(value)['version']).flatMap((entry, i) => versionSource(diagnostics, entry, i)),
  };
}

function switchValue(diagnostics: Diagnostics, path: string[], value: string | boolean): boolean {
  if (value === true || value === 'on') return true;
  if (value === false || value === 'off') return false;
  diagnostics.error(path, `\`${path.join('.')}\` must be \`on\` or \`off\`, not ${JSON.stringify(value)}`);
  return true;
}

function versionSource(diagnostics: Diagnostics, entry: unknown, index: number): DashboardVersionSource[] {
  const file = string(object(entry)['file']);
  const pathText = string(object(entry)['path']);
  if (file === undefined || pathText === undefined) return [];
  const where = ['dashboard', 'version', index];
  const normalized = file.replace(/^\.\//, '');
  if (
    normalized.startsWith('/') ||
    normalized.split('/').some((segment) => segment === '..' || segment === '')
  ) {
    diagnostics.error(
      [...where, 'file'],
      `\`dashboard.version[${index}].file\` must be a file path relative to the component folder (no leading \`/\`, no \`..\`), not ${JSON.stringify(file)}`,
    );
    return [];
  }
  try {
    return [{ file: normalized, path: parseYamlPath(pathText) }];
  } catch (error) {
    if (!(error instanceof BumpEditError)) throw error;
    diagnostics.error([...where, 'path'], `\`dashboard.version[${index}].path\`: ${error.message}`);
    return [];
  }
}
