import { RE2JS, RE2JSException } from 're2js';

/**
 * A compiled RE2 regular expression (Go semantics, linear-time matching).
 * User regexes are never compiled with JavaScript's RegExp: RE2 keeps Go's syntax and cannot backtrack.
 */
export interface Re2Regex {
  readonly source: string;
  /** True when the expression matches anywhere in the input (Go's MatchString). */
  test(input: string): boolean;
  /** Every non-overlapping match, leftmost first, as Go's FindAllStringSubmatchIndex reports them. */
  matches(input: string): Re2Match[];
  /** Capture group names by index (index 0 is the whole match); unnamed groups are undefined. */
  readonly groupNames: ReadonlyMap<string, number>;
  readonly groupCount: number;
}

/** One match: `groups[i]` is the text of group i, or undefined when it did not take part. */
export interface Re2Match {
  start: number;
  end: number;
  groups: (string | undefined)[];
}

/** The expression is not valid RE2; `message` explains why in RE2's words. */
export class RegexSyntaxError extends Error {
  constructor(pattern: string, reason: string) {
    super(`invalid regular expression ${JSON.stringify(pattern)}: ${reason}`);
    this.name = 'RegexSyntaxError';
  }
}

/** Compiles an RE2 (Go) regular expression; throws RegexSyntaxError when it is not valid RE2. */
export function compileRegex(pattern: string): Re2Regex {
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(pattern);
  } catch (error) {
    const reason = error instanceof RE2JSException ? error.message : String(error);
    throw new RegexSyntaxError(pattern, reason);
  }
  const groupCount = compiled.groupCount();
  return {
    source: pattern,
    groupCount,
    groupNames: new Map(Object.entries(compiled.namedGroups())),
    test: (input) => compiled.matcher(input).find(),
    matches: (input) => findAll(compiled, input, groupCount),
  };
}

function findAll(compiled: RE2JS, input: string, groupCount: number): Re2Match[] {
  const matcher = compiled.matcher(input);
  const found: Re2Match[] = [];
  let searchFrom = 0;
  let previousEnd = -1;
  // Go's rule: an empty match right after the previous match is not reported.
  while (searchFrom <= input.length && matcher.find(searchFrom)) {
    const start = matcher.start();
    const end = matcher.end();
    if (!(start === end && start === previousEnd)) {
      const groups: (string | undefined)[] = [];
      for (let i = 0; i <= groupCount; i++) groups.push(matcher.group(i) ?? undefined);
      found.push({ start, end, groups });
    }
    previousEnd = end;
    searchFrom = end > start ? end : end + 1;
  }
  return found;
}
