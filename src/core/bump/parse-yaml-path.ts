import { BumpEditError } from './bump-edit-error.js';
import type { YamlCondition, YamlLiteral, YamlPath, YamlPathStep, YamlReadStep } from './yaml-path-types.js';

const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/;
const INTEGER = /^-?[0-9]+/;

interface Cursor {
  readonly source: string;
  pos: number;
}

/**
 * Parses the yq subset a bump accepts: `.a.b`, `.list[0]`, `.list[-1]`, `.list[]` (also `.list.[]` as the
 * Go bot's docs write it), quoted keys `."a.b"` / `.["a.b"]`, pipes `|`, and
 * `select(.name == "postgres")` with `==`, `!=`, `and`, `or`. Throws BumpEditError naming the column.
 */
export function parseYamlPath(source: string): YamlPath {
  const cursor: Cursor = { source, pos: 0 };
  const steps: YamlPathStep[] = [];
  for (;;) {
    skipSpaces(cursor);
    steps.push(...parseSegment(cursor));
    skipSpaces(cursor);
    if (cursor.pos >= source.length) break;
    if (source[cursor.pos] !== '|') fail(cursor, 'expected "|", ".", "[" or the end of the path');
    cursor.pos++;
  }
  if (!steps.some((step) => step.kind !== 'select')) {
    throw new BumpEditError(
      `invalid YAML path ${JSON.stringify(source)}: it must name at least one key or index (e.g. .image.tag)`,
    );
  }
  return { source, steps };
}

function parseSegment(cursor: Cursor): YamlPathStep[] {
  if (/^select\s*\(/.test(cursor.source.slice(cursor.pos))) {
    cursor.pos = cursor.source.indexOf('(', cursor.pos) + 1;
    const condition = parseOr(cursor);
    skipSpaces(cursor);
    expect(cursor, ')');
    const steps: YamlPathStep[] = [{ kind: 'select', condition }];
    parsePathTail(cursor, steps);
    return steps;
  }
  if (cursor.source[cursor.pos] !== '.') fail(cursor, 'expected a path starting with "." or select(...)');
  return parseDotPath(cursor);
}

/** A path from its leading `.`: `.a.b[0]`, or just `.` (the identity). */
function parseDotPath(cursor: Cursor): YamlPathStep[] {
  const steps: YamlPathStep[] = [];
  cursor.pos++;
  const first = parseAfterDot(cursor, { optional: true });
  if (first !== undefined) steps.push(first);
  parsePathTail(cursor, steps);
  return steps;
}

/** The `.name` and `[...]` steps that follow, up to the first other character. */
function parsePathTail(cursor: Cursor, steps: YamlPathStep[]): void {
  for (;;) {
    const char = cursor.source[cursor.pos];
    if (char === '.') {
      cursor.pos++;
      const step = parseAfterDot(cursor, { optional: false });
      if (step !== undefined) steps.push(step);
    } else if (char === '[') {
      steps.push(parseBracket(cursor));
    } else {
      return;
    }
  }
}

/** What follows a dot: a name, a quoted name or a bracket; nothing at all is the identity `.`. */
function parseAfterDot(cursor: Cursor, options: { optional: boolean }): YamlPathStep | undefined {
  const char = cursor.source[cursor.pos];
  if (char === '[') return parseBracket(cursor);
  if (char === '"' || char === "'") return { kind: 'key', key: parseQuoted(cursor) };
  const name = readName(cursor);
  if (name !== '') return { kind: 'key', key: name };
  if (options.optional) return undefined;
  return fail(cursor, 'expected a key name, a quoted key or "[" after "."');
}

function parseBracket(cursor: Cursor): YamlPathStep {
  expect(cursor, '[');
  skipSpaces(cursor);
  const char = cursor.source[cursor.pos];
  let step: YamlPathStep;
  if (char === ']') step = { kind: 'each' };
  else if (char === '"' || char === "'") step = { kind: 'key', key: parseQuoted(cursor) };
  else {
    const match = INTEGER.exec(cursor.source.slice(cursor.pos));
    if (match === null) return fail(cursor, 'expected "]", an index or a quoted key inside "[...]"');
    cursor.pos += match[0].length;
    step = { kind: 'index', index: Number(match[0]) };
  }
  skipSpaces(cursor);
  expect(cursor, ']');
  return step;
}

function parseOr(cursor: Cursor): YamlCondition {
  let left = parseAnd(cursor);
  while (readKeyword(cursor, 'or')) left = { kind: 'or', left, right: parseAnd(cursor) };
  return left;
}

function parseAnd(cursor: Cursor): YamlCondition {
  let left = parsePrimary(cursor);
  while (readKeyword(cursor, 'and')) left = { kind: 'and', left, right: parsePrimary(cursor) };
  return left;
}

function parsePrimary(cursor: Cursor): YamlCondition {
  skipSpaces(cursor);
  if (cursor.source[cursor.pos] === '(') {
    cursor.pos++;
    const inner = parseOr(cursor);
    skipSpaces(cursor);
    expect(cursor, ')');
    return inner;
  }
  if (cursor.source[cursor.pos] === '.') {
    const path = parseReadPath(cursor);
    const operator = parseOperator(cursor);
    skipSpaces(cursor);
    return { kind: 'compare', path, operator, value: parseLiteral(cursor) };
  }
  const value = parseLiteral(cursor);
  const operator = parseOperator(cursor);
  skipSpaces(cursor);
  if (cursor.source[cursor.pos] !== '.')
    fail(cursor, 'expected a path such as .name on one side of the comparison');
  return { kind: 'compare', path: parseReadPath(cursor), operator, value };
}

function parseReadPath(cursor: Cursor): YamlReadStep[] {
  const steps = parseDotPath(cursor);
  for (const step of steps) {
    if (step.kind !== 'key' && step.kind !== 'index')
      fail(cursor, 'a condition path takes keys and indexes only');
  }
  return steps as YamlReadStep[];
}

function parseOperator(cursor: Cursor): '==' | '!=' {
  skipSpaces(cursor);
  const operator = cursor.source.slice(cursor.pos, cursor.pos + 2);
  if (operator !== '==' && operator !== '!=') return fail(cursor, 'expected "==" or "!="');
  cursor.pos += 2;
  return operator;
}

function parseLiteral(cursor: Cursor): YamlLiteral {
  const char = cursor.source[cursor.pos];
  if (char === '"' || char === "'") return parseQuoted(cursor);
  const rest = cursor.source.slice(cursor.pos);
  for (const [word, value] of [
    ['true', true],
    ['false', false],
    ['null', null],
  ] as const) {
    if (rest.startsWith(word) && !/^[A-Za-z0-9_]/.test(rest.slice(word.length))) {
      cursor.pos += word.length;
      return value;
    }
  }
  const number = NUMBER.exec(rest);
  if (number === null) return fail(cursor, 'expected a quoted string, a number, true, false or null');
  cursor.pos += number[0].length;
  return Number(number[0]);
}

function parseQuoted(cursor: Cursor): string {
  const quote = cursor.source[cursor.pos];
  const start = cursor.pos;
  cursor.pos++;
  let text = '';
  while (cursor.pos < cursor.source.length) {
    const char = cursor.source[cursor.pos]!;
    if (quote === "'" && char === "'") {
      if (cursor.source[cursor.pos + 1] !== "'") {
        cursor.pos++;
        return text;
      }
      text += "'";
      cursor.pos += 2;
      continue;
    }
    if (quote === '"' && char === '"') {
      cursor.pos++;
      return decodeDoubleQuoted(cursor, cursor.source.slice(start, cursor.pos), start);
    }
    if (quote === '"' && char === '\\') cursor.pos++;
    text += char;
    cursor.pos++;
  }
  cursor.pos = start;
  return fail(cursor, 'unterminated quoted string');
}

function decodeDoubleQuoted(cursor: Cursor, raw: string, start: number): string {
  try {
    return JSON.parse(raw) as string;
  } catch {
    cursor.pos = start;
    return fail(cursor, 'invalid escape in a double-quoted string (use \\" \\\\ \\n \\t or \\uXXXX)');
  }
}

function readName(cursor: Cursor): string {
  const start = cursor.pos;
  while (cursor.pos < cursor.source.length && isNameChar(cursor.source.charCodeAt(cursor.pos))) cursor.pos++;
  return cursor.source.slice(start, cursor.pos);
}

function isNameChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x5f /* _ */ ||
    code === 0x2d /* - */ ||
    code === 0x24 /* $ */ ||
    code >= 0x80
  );
}

function readKeyword(cursor: Cursor, word: string): boolean {
  skipSpaces(cursor);
  const rest = cursor.source.slice(cursor.pos);
  if (!rest.startsWith(word) || /^[A-Za-z0-9_]/.test(rest.slice(word.length))) return false;
  cursor.pos += word.length;
  return true;
}

function skipSpaces(cursor: Cursor): void {
  while (/\s/.test(cursor.source[cursor.pos] ?? '')) cursor.pos++;
}

function expect(cursor: Cursor, char: string): void {
  if (cursor.source[cursor.pos] !== char) fail(cursor, `expected "${char}"`);
  cursor.pos++;
}

function fail(cursor: Cursor, message: string): never {
  const found = cursor.pos >= cursor.source.length ? 'the end' : JSON.stringify(cursor.source[cursor.pos]);
  throw new BumpEditError(
    `invalid YAML path ${JSON.stringify(cursor.source)}: ${message}, found ${found} at column ${cursor.pos + 1}`,
  );
}
