import type { Re2Match, Re2Regex } from './compile-regex.js';

const NAME_CHAR = /[A-Za-z0-9_]/;

/** A piece of a Go replacement template: literal text, or a reference to a capture group by number or name. */
export type GoTemplatePart = { kind: 'text'; text: string } | { kind: 'group'; name: string };

/**
 * Splits a Go replacement template (`$1`, `${1}`, `$name`, `${name}`, `$$`) as Go's Regexp.Expand reads it: a name
 * is the longest run of letters, digits and underscores (so `$1a` is the group named "1a"), `$$` is a literal `$`,
 * and a `$` that starts no valid reference is literal. Adjacent literal text is one part.
 */
export function parseGoTemplate(template: string): GoTemplatePart[] {
  const parts: GoTemplatePart[] = [];
  const text = (value: string) => {
    const last = parts.at(-1);
    if (value === '') return;
    if (last?.kind === 'text') last.text += value;
    else parts.push({ kind: 'text', text: value });
  };
  let i = 0;
  while (i < template.length) {
    const dollar = template.indexOf('$', i);
    if (dollar < 0) {
      text(template.slice(i));
      break;
    }
    text(template.slice(i, dollar));
    const reference = readReference(template, dollar + 1);
    if (reference === undefined) {
      text('$');
      i = dollar + 1;
      continue;
    }
    if (reference.name === '$') text('$');
    else parts.push({ kind: 'group', name: reference.name });
    i = reference.next;
  }
  return parts;
}

/** Expands a Go replacement template for one match, as Go's Regexp.Expand does (see parseGoTemplate). */
export function expandGoTemplate(template: string, regex: Re2Regex, match: Re2Match): string {
  return parseGoTemplate(template)
    .map((part) => (part.kind === 'text' ? part.text : goGroupText(part.name, regex, match)))
    .join('');
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

/** The text a group reference expands to: "" for a missing or unmatched group, as in Go. */
export function goGroupText(name: string, regex: Re2Regex, match: Re2Match): string {
  const index = /^[0-9]+$/.test(name) ? Number(name) : regex.groupNames.get(name);
  if (index === undefined || index > regex.groupCount) return '';
  return match.groups[index] ?? '';
}
