/** Escapes that match no `/` (or no character at all). */
const SLASH_FREE_ESCAPES = new Set(['d', 's', 'w', 'b', 'B', 'A', 'z']);
const QUANTIFIER_START = new Set(['*', '+', '?', '{']);

interface Scan {
  slashes: number;
  /** Per open group: whether it can match a `/`. */
  groups: boolean[];
  /** Whether the last atom can match a `/` (undefined: there is no atom a quantifier could apply to). */
  lastAtomHasSlash: boolean | undefined;
}

/**
 * The number of `/` every match of an RE2 pattern contains, when the pattern makes that number fixed: `/` only
 * as plain literals, never repeated, no `.` or class that could match `/`, no alternation. `clusters/[^/]*\/`
 * gives 2. Undefined when the pattern is beyond this conservative reading. With a fixed count, a match of the
 * pattern followed by a component ends at a known slash, so verdicts can be cached per component folder.
 */
export function fixedSlashCount(pattern: string): number | undefined {
  if (pattern.includes('|')) return undefined;
  const scan: Scan = { slashes: 0, groups: [], lastAtomHasSlash: undefined };
  let i = 0;
  while (i < pattern.length) {
    const next = step(pattern, i, scan);
    if (next === undefined) return undefined;
    i = next;
  }
  return scan.groups.length === 0 ? scan.slashes : undefined;
}

/** Reads one token at `i`; returns where the next starts, or undefined when the pattern is not understood. */
function step(pattern: string, i: number, scan: Scan): number | undefined {
  const char = pattern.charAt(i);
  if (QUANTIFIER_START.has(char)) return quantifier(pattern, i, scan);
  if (char === '\\') return escape(pattern, i, scan);
  if (char === '[') return characterClass(pattern, i, scan);
  if (char === '(') return openGroup(pattern, i, scan);
  if (char === ')') return closeGroup(i, scan);
  if (char === '.') return undefined;
  if (char === '^' || char === '$') {
    scan.lastAtomHasSlash = undefined;
    return i + 1;
  }
  atom(scan, char === '/');
  return i + String.fromCodePoint(pattern.codePointAt(i) ?? 0).length;
}

function atom(scan: Scan, hasSlash: boolean): void {
  if (hasSlash) {
    scan.slashes++;
    if (scan.groups.length > 0) scan.groups[scan.groups.length - 1] = true;
  }
  scan.lastAtomHasSlash = hasSlash;
}

function quantifier(pattern: string, i: number, scan: Scan): number | undefined {
  // A repeated `/` (or group holding one) makes the count vary.
  if (scan.lastAtomHasSlash !== false) return undefined;
  let end = i + 1;
  if (pattern.charAt(i) === '{') {
    const close = pattern.indexOf('}', i);
    if (close < 0 || !/^\d+(,\d*)?$/.test(pattern.slice(i + 1, close))) return undefined;
    end = close + 1;
  }
  if (pattern.charAt(end) === '?') end++;
  scan.lastAtomHasSlash = undefined;
  return end;
}

function escape(pattern: string, i: number, scan: Scan): number | undefined {
  const escaped = pattern.charAt(i + 1);
  if (escaped === '' || escaped === 'Q') return undefined;
  if (/[A-Za-z0-9]/.test(escaped)) {
    if (!SLASH_FREE_ESCAPES.has(escaped)) return undefined;
    atom(scan, false);
    return i + 2;
  }
  atom(scan, escaped === '/');
  return i + 2;
}

function characterClass(pattern: string, i: number, scan: Scan): number | undefined {
  let j = i + 1;
  const negated = pattern.charAt(j) === '^';
  if (negated) j++;
  const start = j;
  if (pattern.charAt(j) === ']') j++;
  while (j < pattern.length && pattern.charAt(j) !== ']') {
    if (pattern.charAt(j) === '\\' || pattern.startsWith('[:', j)) return undefined;
    j++;
  }
  if (j >= pattern.length) return undefined;
  const body = pattern.slice(start, j);
  // Negated: safe only when it excludes `/`. Positive: safe when it lists no `/` and no range spanning it.
  if (negated ? !body.includes('/') : body.includes('/') || spansSlash(body)) return undefined;
  atom(scan, false);
  return j + 1;
}

function spansSlash(body: string): boolean {
  for (let k = 1; k + 1 < body.length; k++) {
    if (body.charAt(k) !== '-') continue;
    const low = body.charCodeAt(k - 1);
    const high = body.charCodeAt(k + 1);
    if (low <= 0x2f && high >= 0x2f) return true;
  }
  return false;
}

function openGroup(pattern: string, i: number, scan: Scan): number | undefined {
  let j = i + 1;
  if (pattern.charAt(j) === '?') {
    // (?:...), (?i), (?i:...), (?P<name>...), (?<name>...)
    const named = /^\?P?<[A-Za-z0-9_]+>/.exec(pattern.slice(j));
    const flags = /^\?[imsU-]*(:|\))/.exec(pattern.slice(j));
    if (named !== null) j += named[0].length;
    else if (flags !== null) {
      j += flags[0].length;
      if (flags[1] === ')') {
        scan.lastAtomHasSlash = undefined;
        return j;
      }
    } else return undefined;
  }
  scan.groups.push(false);
  scan.lastAtomHasSlash = undefined;
  return j;
}

function closeGroup(i: number, scan: Scan): number | undefined {
  const hasSlash = scan.groups.pop();
  if (hasSlash === undefined) return undefined;
  if (hasSlash && scan.groups.length > 0) scan.groups[scan.groups.length - 1] = true;
  scan.lastAtomHasSlash = hasSlash;
  return i + 1;
}
