import { RE2JS } from 're2js';
import { compileConfigRegex } from './compile-config-regex.js';
import type { Diagnostics } from './create-diagnostics.js';
import { describeKeyPath } from './describe-key-path.js';
import { normalizeFolderPath } from './normalize-folder-path.js';
import { readConfigValue } from './read-config-value.js';
import type { ConfigPath } from './read-yaml-source.js';
import type { AcknowledgedDrift } from './types.js';

const { list, object, string } = readConfigValue;

/** The prefix that marks an `acknowledgedDrift[].path` as an RE2 regex rather than a literal path. */
export const REGEX_PATH_PREFIX = 'regex:';

/**
 * Normalizes a component's `acknowledgedDrift`. A `path` is a literal path relative to the component
 * folder, matched exactly (ending with `/`: that folder and everything below it); `regex:<RE2>` is a
 * regex matched, unanchored like every regex of the configuration, against relative paths.
 */
export function buildAcknowledgedDrift(diagnostics: Diagnostics, value: unknown): AcknowledgedDrift[] {
  const entries: AcknowledgedDrift[] = [];
  list(value).forEach((item, index) => {
    const path = ['acknowledgedDrift', index];
    const raw = object(item);
    const pathText = string(raw['path']);
    const reason = string(raw['reason']);
    const expires = string(raw['expires']);
    const regex = pathText === undefined ? undefined : pathRegex(diagnostics, [...path, 'path'], pathText);
    if (expires !== undefined) checkDate(diagnostics, [...path, 'expires'], expires);
    if (regex === undefined || pathText === undefined || reason === undefined) return;
    entries.push({ path: regex, pathText, reason, expires: expires === '' ? undefined : expires });
  });
  return entries;
}

function pathRegex(diagnostics: Diagnostics, path: ConfigPath, text: string) {
  if (text.startsWith(REGEX_PATH_PREFIX)) {
    const pattern = text.slice(REGEX_PATH_PREFIX.length);
    if (pattern !== '') return compileConfigRegex(diagnostics, path, pattern);
    diagnostics.error(path, `\`${describeKeyPath(path)}\` has no regex after \`${REGEX_PATH_PREFIX}\``);
    return undefined;
  }
  if (text === '') return undefined;
  const checked = normalizeFolderPath(text, 'targetPath');
  if (!checked.ok) {
    diagnostics.error(path, `\`${describeKeyPath(path)}\` ${checked.reason}`);
    return undefined;
  }
  const quoted = RE2JS.quote(text);
  return compileConfigRegex(diagnostics, path, text.endsWith('/') ? `^${quoted}` : `^${quoted}$`);
}

/** The schema checks the YYYY-MM-DD shape; this rejects dates that do not exist, like 2025-02-30. */
function checkDate(diagnostics: Diagnostics, path: ConfigPath, text: string): void {
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
  if (match === null) return;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return;
  diagnostics.error(path, `\`${describeKeyPath(path)}\` is not a calendar date: ${JSON.stringify(text)}`);
}
