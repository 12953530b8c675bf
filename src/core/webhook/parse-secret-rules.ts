import { isMap, isScalar, parseDocument } from 'yaml';
import { InputError } from '../errors/input-error.js';
import { compileRegex, RegexSyntaxError, type Re2Regex } from '../regex/compile-regex.js';

/** One `secrets-by-url` entry: endpoints whose URL matches `pattern` are signed with `secret`. */
export interface SecretRule {
  pattern: string;
  regex: Re2Regex;
  /** Empty: deliveries to matching endpoints are not signed. */
  secret: string;
}

/**
 * Parses the `secrets-by-url` input: a YAML or JSON mapping from an RE2 pattern on the endpoint URL to the
 * HMAC secret for those endpoints, in the order written. Every value is read as a string (failsafe schema,
 * so a numeric secret keeps its leading zeros). Error messages name positions and patterns, never values.
 */
export function parseSecretRules(text: string | undefined, input = 'secrets-by-url'): SecretRule[] {
  if (text === undefined || text.trim() === '') return [];
  const document = parseDocument(text, { schema: 'failsafe' });
  if (document.errors.length > 0) {
    const line = document.errors[0]?.linePos?.[0]?.line;
    throw new InputError(
      input,
      `is not a YAML or JSON mapping${line === undefined ? '' : ` (syntax error on line ${line})`}`,
    );
  }
  const root = document.contents;
  if (root === null) return [];
  if (!isMap(root))
    throw new InputError(
      input,
      'must be a mapping from URL pattern to secret, e.g. `"^https://argocd\\.": ...`',
    );
  return root.items.map((pair, index) => {
    const pattern = isScalar(pair.key) ? String(pair.key.value) : '';
    if (pattern === '') throw new InputError(input, `entry ${index + 1} has an empty or non-text pattern`);
    const value = pair.value;
    const secret = value === null ? '' : isScalar(value) ? String(value.value) : undefined;
    if (secret === undefined)
      throw new InputError(input, `the secret for pattern ${JSON.stringify(pattern)} must be text`);
    return { pattern, regex: compilePattern(pattern, input), secret };
  });
}

function compilePattern(pattern: string, input: string): Re2Regex {
  try {
    return compileRegex(pattern);
  } catch (error) {
    if (error instanceof RegexSyntaxError) throw new InputError(input, error.message);
    throw error;
  }
}
