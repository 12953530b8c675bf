import type { Re2Regex } from '../regex/compile-regex.js';
import { compileConfigRegex } from './compile-config-regex.js';
import type { Diagnostics } from './create-diagnostics.js';
import type { ConfigPath } from './read-yaml-source.js';

/** Compiles a list of RE2 regexes (a single string counts as a list of one); invalid ones are reported. */
export function buildRegexList(diagnostics: Diagnostics, path: ConfigPath, value: unknown): Re2Regex[] {
  if (typeof value === 'string') {
    const regex = value === '' ? undefined : compileConfigRegex(diagnostics, path, value);
    return regex === undefined ? [] : [regex];
  }
  if (!Array.isArray(value)) return [];
  const compiled: Re2Regex[] = [];
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'string' || item === '') return;
    const regex = compileConfigRegex(diagnostics, [...path, index], item);
    if (regex !== undefined) compiled.push(regex);
  });
  return compiled;
}
