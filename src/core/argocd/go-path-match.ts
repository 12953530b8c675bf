// A port of Go's `path.Match` (src/path/match.go): the glob semantics of Argo CD's Git directory generator,
// where `*` and `?` never cross a `/`. Written over code points, as Go decodes runes.

/** The pattern is malformed (Go's `path.ErrBadPattern`). */
export class BadPatternError extends Error {
  constructor(pattern: string) {
    super(`syntax error in pattern ${JSON.stringify(pattern)}`);
    this.name = 'BadPatternError';
  }
}

type Runes = readonly string[];

interface ChunkMatch {
  rest: Runes;
  ok: boolean;
}

/**
 * Whether `name` matches the shell pattern `pattern` exactly as Go's `path.Match` decides: `*` is any run of
 * non-`/` characters, `?` one non-`/` character, `[...]`/`[^...]` a class with ranges, `\` escapes. Throws
 * BadPatternError for a malformed pattern, like Go's `ErrBadPattern`.
 */
export function goPathMatch(pattern: string, name: string): boolean {
  let rest: Runes = Array.from(pattern);
  let text: Runes = Array.from(name);
  pattern: while (rest.length > 0) {
    const scanned = scanChunk(rest);
    const { star, chunk } = scanned;
    rest = scanned.rest;
    if (star && chunk.length === 0) return !text.includes('/');
    const here = matchChunk(chunk, text, pattern);
    if (here.ok && (here.rest.length === 0 || rest.length > 0)) {
      text = here.rest;
      continue;
    }
    if (star) {
      for (let i = 0; i < text.length && text[i] !== '/'; i++) {
        const skipped = matchChunk(chunk, text.slice(i + 1), pattern);
        if (skipped.ok) {
          if (rest.length === 0 && skipped.rest.length > 0) continue;
          text = skipped.rest;
          continue pattern;
        }
      }
    }
    // Go checks that the rest of the pattern is well formed before answering false.
    while (rest.length > 0) {
      const next = scanChunk(rest);
      rest = next.rest;
      matchChunk(next.chunk, [], pattern);
    }
    return false;
  }
  return text.length === 0;
}

function scanChunk(pattern: Runes): { star: boolean; chunk: Runes; rest: Runes } {
  let start = 0;
  while (start < pattern.length && pattern[start] === '*') start++;
  let inRange = false;
  let i = start;
  scan: for (; i < pattern.length; i++) {
    switch (pattern[i]) {
      case '\\':
        if (i + 1 < pattern.length) i++;
        break;
      case '[':
        inRange = true;
        break;
      case ']':
        inRange = false;
        break;
      case '*':
        if (!inRange) break scan;
        break;
    }
  }
  return { star: start > 0, chunk: pattern.slice(start, i), rest: pattern.slice(i) };
}

function matchChunk(chunkIn: Runes, textIn: Runes, pattern: string): ChunkMatch {
  let chunk = chunkIn;
  let text = textIn;
  let failed = false;
  while (chunk.length > 0) {
    if (!failed && text.length === 0) failed = true;
    const head = chunk[0];
    if (head === '[') {
      let rune = '';
      if (!failed) {
        rune = text[0] ?? '';
        text = text.slice(1);
      }
      chunk = chunk.slice(1);
      let negated = false;
      if (chunk[0] === '^') {
        negated = true;
        chunk = chunk.slice(1);
      }
      let match = false;
      let ranges = 0;
      for (;;) {
        if (chunk[0] === ']' && ranges > 0) {
          chunk = chunk.slice(1);
          break;
        }
        const lo = getEscaped(chunk, pattern);
        chunk = lo.rest;
        let hi = lo.rune;
        if (chunk[0] === '-') {
          const upper = getEscaped(chunk.slice(1), pattern);
          chunk = upper.rest;
          hi = upper.rune;
        }
        if (!failed && codePoint(lo.rune) <= codePoint(rune) && codePoint(rune) <= codePoint(hi))
          match = true;
        ranges++;
      }
      if (match === negated) failed = true;
      continue;
    }
    if (head === '?') {
      if (!failed) {
        if (text[0] === '/') failed = true;
        text = text.slice(1);
      }
      chunk = chunk.slice(1);
      continue;
    }
    if (head === '\\') {
      chunk = chunk.slice(1);
      if (chunk.length === 0) throw new BadPatternError(pattern);
    }
    if (!failed) {
      if (chunk[0] !== text[0]) failed = true;
      text = text.slice(1);
    }
    chunk = chunk.slice(1);
  }
  return failed ? { rest: [], ok: false } : { rest: text, ok: true };
}

function getEscaped(chunkIn: Runes, pattern: string): { rune: string; rest: Runes } {
  let chunk = chunkIn;
  if (chunk.length === 0 || chunk[0] === '-' || chunk[0] === ']') throw new BadPatternError(pattern);
  if (chunk[0] === '\\') {
    chunk = chunk.slice(1);
    if (chunk.length === 0) throw new BadPatternError(pattern);
  }
  const rune = chunk[0] ?? '';
  const rest = chunk.slice(1);
  if (rest.length === 0) throw new BadPatternError(pattern);
  return { rune, rest };
}

function codePoint(rune: string): number {
  return rune.codePointAt(0) ?? -1;
}
