import type { EnvironmentMapping } from '../config/gates-types.js';

/**
 * The GitHub environment of a component folder (`clusters/prod/eu/c1/nginx/`): the first `environments` entry
 * whose path matches it, else the configured folder holding it without its trailing slash (`clusters/prod/eu/c1`).
 */
export function environmentOf(
  componentPath: string,
  folder: string,
  mappings: readonly EnvironmentMapping[] | undefined,
): string {
  const mapped = mappings?.find((mapping) => mapping.path.test(componentPath));
  return mapped?.name ?? folder.replace(/\/+$/, '');
}
