import type { Re2Match, Re2Regex } from '../regex/compile-regex.js';
import { expandGoTemplate, goGroupText, parseGoTemplate } from '../regex/expand-go-template.js';

/** An endpoint expanded for one changed file: the URL to send to, or the raw expansion and why it is refused. */
export type EndpointExpansion = { ok: true; url: string } | { ok: false; url: string; reason: string };

/** Where in a URL a piece of text lands. */
type UrlPart = 'scheme' | 'userinfo' | 'host' | 'path' | 'query' | 'fragment';

const SCHEME = /^(https?):\/\//i;
const HOST_TEXT = /^[A-Za-z0-9-]*$/;
const PATH_SAFE = /[A-Za-z0-9\-._~/]/;
const COMPONENT_SAFE = /[A-Za-z0-9\-._~]/;
// One character stands for each group reference while the template's own structure is read.
const GROUP = '\u0000';

/**
 * Expands a webhook replacement template for a changed file as Go's ReplaceAllString does, but treats the file's
 * text as data: the template alone decides the URL's scheme and host. The template is read first with its group
 * references as placeholders; a capture landing in the host must be letters, digits and `-` (a path such as
 * `clusters/prod-x@127.0.0.1:8080#/...` cannot move the delivery to another host), one landing in the path, query
 * or fragment is percent-encoded (a `?` or `#` cannot cut the URL short), and one in the scheme or user part is
 * refused. The unmatched rest of the path (an expression that does not cover it) is data where the template ends;
 * text before the match is refused. The result must parse with the template's scheme and host.
 */
export function expandEndpoint(regex: Re2Regex, file: string, template: string): EndpointExpansion {
  const matches = regex.matches(file);
  const raw = rawExpansion(regex, file, template, matches);
  const refuse = (reason: string): EndpointExpansion => ({ ok: false, url: raw, reason });
  const [first] = matches;
  if (first === undefined) return refuse(`the expression does not match ${JSON.stringify(file)}`);
  if (first.start > 0)
    return refuse(
      `the expression matches ${JSON.stringify(file)} only after its start, so the URL would begin with the file path: anchor the expression with ^`,
    );
  const skeleton = readSkeleton(template);
  if (skeleton === undefined)
    return refuse(
      'the replacement is not http or https: it must start with http:// or https:// written in the template itself',
    );
  let url = '';
  let position = 0;
  let host = '';
  const add = (text: string, part: UrlPart) => {
    url += text;
    if (part === 'host') host += text;
  };
  for (const piece of parseGoTemplate(template)) {
    if (piece.kind === 'text') {
      for (const char of piece.text) add(char, skeleton.partAt(position++));
      continue;
    }
    const part = skeleton.partAt(position++);
    const placed = placeData(goGroupText(piece.name, regex, first), part);
    if (!placed.ok) return refuse(`\`\${${piece.name}}\` of ${JSON.stringify(file)} ${placed.reason}`);
    add(placed.text, part);
  }
  const rest = restAfterFirstMatch(regex, file, template, matches);
  const restPart = skeleton.partAt(position);
  const placedRest = placeData(rest, restPart);
  if (!placedRest.ok)
    return refuse(
      `the part of ${JSON.stringify(file)} the expression does not cover (${JSON.stringify(rest)}) ${placedRest.reason}`,
    );
  add(placedRest.text, restPart);
  const mismatch = checkParsed(url, skeleton.scheme, host);
  return mismatch === undefined ? { ok: true, url } : refuse(mismatch);
}

function rawExpansion(regex: Re2Regex, file: string, template: string, matches: readonly Re2Match[]): string {
  let out = '';
  let last = 0;
  for (const match of matches) {
    out += file.slice(last, match.start) + expandGoTemplate(template, regex, match);
    last = match.end;
  }
  return out + file.slice(last);
}

/** What Go appends after the first expansion: the text between matches, later expansions and the unmatched end. */
function restAfterFirstMatch(
  regex: Re2Regex,
  file: string,
  template: string,
  matches: readonly Re2Match[],
): string {
  let out = '';
  let last = matches[0]?.end ?? 0;
  for (const match of matches.slice(1)) {
    out += file.slice(last, match.start) + expandGoTemplate(template, regex, match);
    last = match.end;
  }
  return out + file.slice(last);
}

interface Skeleton {
  scheme: string;
  /** The URL part of the template's character at `index` (group references count as one character). */
  partAt(index: number): UrlPart;
}

/** The template's structure with every group reference as one placeholder character. */
function readSkeleton(template: string): Skeleton | undefined {
  const text = parseGoTemplate(template)
    .map((piece) => (piece.kind === 'text' ? piece.text.replaceAll(GROUP, ' ') : GROUP))
    .join('');
  const scheme = SCHEME.exec(text);
  if (scheme === null) return undefined;
  const authorityStart = scheme[0].length;
  const authorityEnd = firstOf(text, ['/', '?', '#', '\\'], authorityStart);
  const at = text.lastIndexOf('@', authorityEnd - 1);
  const hostStart = at >= authorityStart ? at + 1 : authorityStart;
  const queryStart = firstOf(text, ['?', '#'], authorityEnd);
  const fragmentStart = firstOf(text, ['#'], authorityEnd);
  return {
    scheme: (scheme[1] ?? '').toLowerCase(),
    partAt: (index) => {
      if (index < authorityStart) return 'scheme';
      if (index < hostStart) return 'userinfo';
      if (index < authorityEnd) return 'host';
      if (index >= fragmentStart) return 'fragment';
      if (index >= queryStart) return 'query';
      return 'path';
    },
  };
}

/** The first index of any of `chars` from `from`; Infinity when none (the part runs to the end and beyond). */
function firstOf(text: string, chars: readonly string[], from: number): number {
  const found = chars.map((char) => text.indexOf(char, from)).filter((index) => index >= 0);
  return found.length === 0 ? Infinity : Math.min(...found);
}

type Placed = { ok: true; text: string } | { ok: false; reason: string };

/** Text from a file path placed into one part of the URL: checked for the host, encoded elsewhere. */
function placeData(value: string, part: UrlPart): Placed {
  if (value === '') return { ok: true, text: '' };
  switch (part) {
    case 'scheme':
    case 'userinfo':
      return { ok: false, reason: `would land in the ${part} of the URL, which only the template may write` };
    case 'host':
      return HOST_TEXT.test(value)
        ? { ok: true, text: value }
        : {
            ok: false,
            reason: `is ${JSON.stringify(value)}, which cannot go into the host of the URL: only letters, digits and - are allowed there`,
          };
    case 'path':
      return { ok: true, text: percentEncode(value, PATH_SAFE) };
    default:
      return { ok: true, text: percentEncode(value, COMPONENT_SAFE) };
  }
}

function percentEncode(value: string, safe: RegExp): string {
  let out = '';
  for (const char of value) {
    if (safe.test(char)) out += char;
    else out += encodeCodePoint(char);
  }
  return out;
}

function encodeCodePoint(char: string): string {
  try {
    return encodeURIComponent(char);
  } catch {
    // A lone surrogate has no UTF-8 form: send the replacement character, as TextEncoder would.
    return '%EF%BF%BD';
  }
}

/** The assembled URL must be the scheme and host the template means, as a URL parser reads it. */
function checkParsed(text: string, scheme: string, host: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'the expanded text is not a URL';
  }
  const expectedHost = host.replace(/:\d*$/, '').toLowerCase();
  if (url.protocol !== `${scheme}:` || url.hostname !== expectedHost)
    return `the expanded URL would go to ${url.protocol}//${url.hostname}, not to the scheme and host the template writes`;
  return undefined;
}
