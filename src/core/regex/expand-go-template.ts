import type { Re2Match, Re2Regex } from './compile-regex.js';

const NAME_CHAR = /[A-Za-z0-9_]/;

/**
 * Expands a Go replacement template (`$1`, `${1}`, `$name`, `${name}`, `$$`) for one match, as Go's
 * Regexp.Expand does: a name is the longest run of letters, digits and underscores (so `$1a` is the group
 * named "1a"), a missing or unmatched group expands to "", and a `$` that starts no valid reference is literal.
 */
export function expandGoTemplate(template: string, regex: Re2Regex, match: Re2Match): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const dollar = template.indexOf('$', i);
    if (dollar < 0) return out + template.slice(i);
    out += template.slice(i, dollar);
    const reference = readReference(template, dollar + 1);
    if (reference === undefined) {
      out += '$';
      i = dollar + 1;
      continue;
    }
    if (reference.name === '$') out += '$';
    else out += groupText(reference.name, regex, match);
    i = reference.next;
  }
  return out;
}

/** Go's ReplaceAllString: every match replaced by the expanded template, unmatched text kept. */
export function replaceAllGo(regex: Re2Regex, input: string, template: string): string {
  let out = '';
  let last = 0;
  for (const match of regex.matches(input)) {
    out += input.slice(last, match.start) + expandGoTemplate(template, regex, match);
    last = match.end;
  }
  return out + input.slice(last);
}

function readReference(template: string, at: number): { name: string; next: number } | undefined {
  if (template[at] === '$') return { name: '$', next: at + 1 };
  const braced = template[at] === '{';
  let end = braced ? at + 1 : at;
  while (end < template.length && NAME_CHAR.test(template[end] ?? '')) end++;
  const name = template.slice(braced ? at + 1 : at, end);
  if (name === '') return undefined;
  if (!braced) return { name, next: end };
  if (template[end] !== '}') return undefined;
  return { name, next: end + 1 };
}

function groupText(name: string, regex: Re2Regex, match: Re2Match): string {
  const index = /^[0-9]+$/.test(name) ? Number(name) : regex.groupNames.get(name);
  if (index === undefined || index > regex.groupCount) return '';
  return match.groups[index] ?? '';
}
