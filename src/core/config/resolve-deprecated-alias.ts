import { configKeys } from './config-keys.js';
import type { DeprecatedAlias } from './config-keys.js';
import type { Diagnostics } from './create-diagnostics.js';
import { describeKeyPath } from './describe-key-path.js';
import { readConfigValue } from './read-config-value.js';
import type { ConfigPath } from './read-yaml-source.js';

/** The raw value a setting takes, and where it was written. */
export interface AliasedValue {
  value: unknown;
  path: ConfigPath;
}

/**
 * Reads a setting that also has a deprecated top-level spelling. The new key wins when both are
 * written (the Go bot ignored these spellings, so the new key is what was in effect); either way the
 * deprecated key gets a warning at its position naming its replacement.
 */
export function resolveDeprecatedAlias(
  diagnostics: Diagnostics,
  root: unknown,
  alias: DeprecatedAlias,
): AliasedValue {
  const replacement = configKeys.deprecatedAliases[alias];
  const replacementName = `\`${describeKeyPath(replacement)}\``;
  const current = { value: readConfigValue.at(root, replacement), path: replacement };
  if (!readConfigValue.has(root, [alias])) return current;
  if (readConfigValue.has(root, replacement)) {
    diagnostics.warn(
      [alias],
      `\`${alias}\` is deprecated and ignored because ${replacementName} is also set; remove \`${alias}\``,
      'key',
    );
    return current;
  }
  diagnostics.warn([alias], `\`${alias}\` is deprecated: rename it to ${replacementName}`, 'key');
  return { value: readConfigValue.at(root, [alias]), path: [alias] };
}
