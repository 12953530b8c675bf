import type { WebhookEndpointRegex } from '../config/types.js';
import { expandEndpoint } from './expand-endpoint.js';
import { compareStrings } from '../promotion/compare-strings.js';

/** The endpoints a push goes to, and why. */
export interface EndpointSelection {
  /** Distinct endpoint URLs, sorted by code unit. */
  endpoints: string[];
  /** For each matched file, the endpoints its first matching expression produced (in replacement order). */
  byFile: ReadonlyMap<string, readonly string[]>;
  /** For each endpoint, the files that selected it (sorted). */
  byEndpoint: ReadonlyMap<string, readonly string[]>;
  /** Files no expression matched (sorted). */
  unmatched: string[];
  /** Endpoints that must not be sent to, with the reason (file text that would change the URL's scheme or host). */
  invalid: ReadonlyMap<string, string>;
}

/**
 * Chooses webhook endpoints for changed files as the Go bot does: for each file the first expression that
 * matches anywhere in the path (RE2, not anchored unless the expression anchors) contributes every one of its
 * replacements, each expanded with Go's ReplaceAllString (so an expression that does not cover the whole path
 * leaves the rest of the path in the URL); later expressions are not tried for that file. File text in a URL is
 * data (see expandEndpoint): an expansion it would redirect is kept, as Go expands it, in `invalid`. Endpoints
 * are de-duplicated; ones that are not URLs at all are left to validation, which reports them per endpoint.
 */
export function selectEndpoints(
  rules: readonly WebhookEndpointRegex[],
  files: readonly string[],
): EndpointSelection {
  const byFile = new Map<string, readonly string[]>();
  const byEndpoint = new Map<string, Set<string>>();
  const unmatched = new Set<string>();
  const invalid = new Map<string, string>();
  for (const file of new Set(files)) {
    const rule = rules.find((candidate) => candidate.regex.test(file));
    if (rule === undefined) {
      unmatched.add(file);
      continue;
    }
    const endpoints = rule.replacements.map((template) => {
      const expansion = expandEndpoint(rule.regex, file, template);
      if (!expansion.ok && !invalid.has(expansion.url)) invalid.set(expansion.url, expansion.reason);
      return expansion.url;
    });
    byFile.set(file, endpoints);
    for (const endpoint of endpoints) {
      const selecting = byEndpoint.get(endpoint) ?? new Set<string>();
      selecting.add(file);
      byEndpoint.set(endpoint, selecting);
    }
  }
  const endpoints = [...byEndpoint.keys()].sort(compareStrings);
  return {
    endpoints,
    byFile,
    byEndpoint: new Map(endpoints.map((e) => [e, [...(byEndpoint.get(e) ?? [])].sort(compareStrings)])),
    unmatched: [...unmatched].sort(compareStrings),
    invalid,
  };
}
