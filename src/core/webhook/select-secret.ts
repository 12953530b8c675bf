import type { SecretRule } from './parse-secret-rules.js';

/**
 * The HMAC secret for an endpoint: the first rule whose pattern matches the URL (an empty secret there means
 * "unsigned"), else the default secret; undefined when the delivery is not signed.
 */
export function selectSecret(
  rules: readonly SecretRule[],
  fallback: string | undefined,
  url: string,
): string | undefined {
  const rule = rules.find((candidate) => candidate.regex.test(url));
  const secret = rule === undefined ? fallback : rule.secret;
  return secret === undefined || secret === '' ? undefined : secret;
}
