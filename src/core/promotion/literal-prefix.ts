/** The literal text every match of an RE2 pattern must start with, and whether that text is the whole pattern. */
export interface LiteralPrefix {
  prefix: string;
  /** True when the pattern has no regex syntax at all: it matches exactly `prefix`. */
  complete: boolean;
}

const META = new Set(['^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);
const QUANTIFIERS = new Set(['?', '*', '+', '{']);

/**
 * Reads the literal start of an RE2 pattern (`clusters/staging/[^/]*\/` -> `clusters/staging/`), so a
 * path can be rejected with `startsWith` before the regex engine runs. Conservative: any syntax it does
 * not understand ends the prefix; a character followed by a quantifier is not part of it.
 */
export function literalPrefix(pattern: string): LiteralPrefix {
  // An alternation anywhere may be at the top level (`a[0-9]|b`): then no prefix is shared.
  if (pattern.includes('|')) return { prefix: '', complete: false };
  let prefix = '';
  let i = 0;
  while (i < pattern.length) {
    const char = String.fromCodePoint(pattern.codePointAt(i) ?? 0);
    let literal: string;
    let width: number;
    if (char === '\\') {
      const escaped = pattern.charAt(i + 1);
      // Escaped punctuation is that character; `\d`, `\Q`, `\x41`... end the prefix.
      if (escaped === '' || /[A-Za-z0-9]/.test(escaped)) return { prefix, complete: false };
      literal = escaped;
      width = 2;
    } else if (META.has(char)) {
      return { prefix, complete: false };
    } else {
      literal = char;
      width = char.length;
    }
    if (QUANTIFIERS.has(pattern.charAt(i + width))) return { prefix, complete: false };
    prefix += literal;
    i += width;
  }
  return { prefix, complete: true };
}
