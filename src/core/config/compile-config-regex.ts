import { compileRegex, RegexSyntaxError } from '../regex/compile-regex.js';
import type { Re2Regex } from '../regex/compile-regex.js';
import type { Diagnostics } from './create-diagnostics.js';
import { describeKeyPath } from './describe-key-path.js';
import type { ConfigPath } from './read-yaml-source.js';

/** Compiles a regex of the configuration as RE2; an invalid one is reported at its position. */
export function compileConfigRegex(
  diagnostics: Diagnostics,
  path: ConfigPath,
  pattern: string,
): Re2Regex | undefined {
  try {
    return compileRegex(pattern);
  } catch (error) {
    if (!(error instanceof RegexSyntaxError)) throw error;
    const reason = error.message
      .replace(`invalid regular expression ${JSON.stringify(pattern)}: `, '')
      .replace(/^error parsing regexp: /, '');
    diagnostics.error(path, `\`${describeKeyPath(path)}\` is not a valid RE2 regular expression: ${reason}`);
    return undefined;
  }
}
