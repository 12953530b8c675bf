import type { Re2Regex } from '../regex/compile-regex.js';

// Go's Regexp.Expand: `$$`, `${name}` or `$name` with name the longest run of letters, digits and `_`.
const REFERENCE = /\$(?:\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g;

/**
 * The group references of a Go replacement template that the expression does not define; Go expands
 * them to "" silently (e.g. `$1a` is the group named `1a`, not group 1 followed by `a`).
 */
export function checkReplacementGroups(template: string, regex: Re2Regex): string[] {
  const missing: string[] = [];
  for (const match of template.matchAll(REFERENCE)) {
    const name = match[1] ?? match[2];
    if (name === undefined) continue;
    const defined = /^[0-9]+$/.test(name) ? Number(name) <= regex.groupCount : regex.groupNames.has(name);
    if (!defined && !missing.includes(match[0])) missing.push(match[0]);
  }
  return missing;
}
