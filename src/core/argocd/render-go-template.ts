// A small subset of Go's text/template, enough for ApplicationSet templates in `goTemplate: true` mode:
// field chains (`.path.basename`), literals, parentheses, pipelines and a set of Sprig/Argo CD functions.
// Control structures (if/range/with/define) are refused with an error naming them.
import { createHash } from 'node:crypto';
import { compareStrings } from '../promotion/compare-strings.js';

/** A template this renderer cannot or may not render; the message says why. */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** Data a template reads; strings, numbers, booleans, lists and nested maps. */
export type TemplateValue = string | number | boolean | TemplateValue[] | { [key: string]: TemplateValue };

/** Options of {@link renderGoTemplate}. */
export interface GoTemplateOptions {
  /** `goTemplateOptions: ["missingkey=error"]`: a missing map key fails instead of printing `<no value>`. */
  missingKeyError?: boolean;
}

type Token =
  | { kind: 'field'; path: string[] }
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'ident'; name: string }
  | { kind: 'pipe' | 'open' | 'close' };

type Value = TemplateValue | undefined;

const noValue = '<no value>';
const controlWords = new Set([
  'if',
  'else',
  'end',
  'range',
  'with',
  'define',
  'template',
  'block',
  'break',
  'continue',
]);

/**
 * Renders `text` with Go text/template semantics for the supported subset: `{{ .a.b }}`, `{{- ... -}}` trim
 * markers, comments, string and number literals, `( ... )`, `|` pipelines and the functions listed in
 * `functions`. A missing key prints `<no value>` (or fails with `missingKeyError`), as Go does.
 */
export function renderGoTemplate(text: string, data: TemplateValue, options: GoTemplateOptions = {}): string {
  let out = '';
  let rest = text;
  while (rest.length > 0) {
    const open = rest.indexOf('{{');
    if (open < 0) {
      out += rest;
      break;
    }
    let literal = rest.slice(0, open);
    let inner = rest.slice(open + 2);
    if (/^-[ \t\r\n]/.test(inner)) {
      literal = literal.replace(/[ \t\r\n]+$/, '');
      inner = inner.slice(1);
    }
    const close = findClose(inner, text);
    let action = inner.slice(0, close);
    let after = inner.slice(close + 2);
    if (/[ \t\r\n]-$/.test(action)) {
      action = action.slice(0, -1);
      after = after.replace(/^[ \t\r\n]+/, '');
    }
    out += literal + evaluateAction(action.trim(), data, options);
    rest = after;
  }
  return out;
}

/** The index of `}}` closing an action, skipping quoted strings. */
function findClose(inner: string, text: string): number {
  let quote: string | undefined;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (quote !== undefined) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === '`') quote = c;
    else if (c === '}' && inner[i + 1] === '}') return i;
  }
  throw new TemplateError(`unclosed action in template ${JSON.stringify(text)}`);
}

function evaluateAction(action: string, data: TemplateValue, options: GoTemplateOptions): string {
  if (action.startsWith('/*')) {
    if (!action.endsWith('*/')) throw new TemplateError(`unclosed comment {{${action}}}`);
    return '';
  }
  const tokens = tokenize(action);
  const first = tokens[0];
  if (first === undefined) throw new TemplateError('missing value for command {{}}');
  if (first.kind === 'ident' && controlWords.has(first.name)) {
    throw new TemplateError(
      `{{${first.name}}} is not supported in ApplicationSet templates rendered by Telefonistka`,
    );
  }
  if (tokens.some((t) => t.kind === 'ident' && t.name.startsWith('$'))) {
    throw new TemplateError(`variables are not supported in {{${action}}}`);
  }
  const parser = { tokens, position: 0 };
  const value = parsePipeline(parser, data, options);
  if (parser.position < tokens.length) throw new TemplateError(`unexpected tokens in {{${action}}}`);
  return printValue(value);
}

function tokenize(action: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < action.length) {
    const c = action[i] ?? '';
    if (/\s/.test(c)) {
      i++;
    } else if (c === '|') {
      tokens.push({ kind: 'pipe' });
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: c === '(' ? 'open' : 'close' });
      i++;
    } else if (c === '"') {
      let j = i + 1;
      while (j < action.length && action[j] !== '"') j += action[j] === '\\' ? 2 : 1;
      if (j >= action.length) throw new TemplateError(`unterminated string in {{${action}}}`);
      tokens.push({ kind: 'string', value: JSON.parse(action.slice(i, j + 1)) as string });
      i = j + 1;
    } else if (c === '`') {
      const j = action.indexOf('`', i + 1);
      if (j < 0) throw new TemplateError(`unterminated raw string in {{${action}}}`);
      tokens.push({ kind: 'string', value: action.slice(i + 1, j) });
      i = j + 1;
    } else {
      const word = /^[^\s|()"`]+/.exec(action.slice(i))?.[0] ?? c;
      tokens.push(wordToken(word, action));
      i += word.length;
    }
  }
  return tokens;
}

function wordToken(word: string, action: string): Token {
  if (word === '.') return { kind: 'field', path: [] };
  if (word.startsWith('.')) {
    const path = word.slice(1).split('.');
    if (path.some((p) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(p)))
      throw new TemplateError(`bad field ${word} in {{${action}}}`);
    return { kind: 'field', path };
  }
  if (/^-?\d+$/.test(word)) return { kind: 'number', value: Number(word) };
  if (/^[A-Za-z_$][A-Za-z0-9_]*$/.test(word)) return { kind: 'ident', name: word };
  throw new TemplateError(`unexpected ${JSON.stringify(word)} in {{${action}}}`);
}

interface Parser {
  tokens: Token[];
  position: number;
}

function parsePipeline(parser: Parser, data: TemplateValue, options: GoTemplateOptions): Value {
  let piped: { value: Value } | undefined;
  for (;;) {
    const value = parseCommand(parser, data, options, piped);
    piped = { value };
    if (parser.tokens[parser.position]?.kind !== 'pipe') return value;
    parser.position++;
  }
}

function parseCommand(
  parser: Parser,
  data: TemplateValue,
  options: GoTemplateOptions,
  piped: { value: Value } | undefined,
): Value {
  const head = parser.tokens[parser.position];
  if (head === undefined || head.kind === 'pipe' || head.kind === 'close')
    throw new TemplateError('missing command in pipeline');
  if (head.kind === 'ident' && !['true', 'false'].includes(head.name)) {
    parser.position++;
    const args: Value[] = [];
    while (isOperandStart(parser.tokens[parser.position])) args.push(parseOperand(parser, data, options));
    if (piped !== undefined) args.push(piped.value);
    return callFunction(head.name, args);
  }
  const value = parseOperand(parser, data, options);
  if (isOperandStart(parser.tokens[parser.position]) || piped !== undefined)
    throw new TemplateError("can't give arguments to a value that is not a function");
  return value;
}

function isOperandStart(token: Token | undefined): boolean {
  return token !== undefined && token.kind !== 'pipe' && token.kind !== 'close';
}

function parseOperand(parser: Parser, data: TemplateValue, options: GoTemplateOptions): Value {
  const token = parser.tokens[parser.position++];
  switch (token?.kind) {
    case 'field':
      return lookup(data, token.path, options);
    case 'string':
    case 'number':
      return token.value;
    case 'ident':
      if (token.name === 'true' || token.name === 'false') return token.name === 'true';
      return callFunction(token.name, []);
    case 'open': {
      const value = parsePipeline(parser, data, options);
      if (parser.tokens[parser.position++]?.kind !== 'close') throw new TemplateError('unclosed (');
      return value;
    }
    default:
      throw new TemplateError('unexpected token');
  }
}

function lookup(data: TemplateValue, path: readonly string[], options: GoTemplateOptions): Value {
  let value: Value = data;
  for (const [i, key] of path.entries()) {
    if (value === undefined) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new TemplateError(`can't evaluate field ${key} in .${path.slice(0, i).join('.')}`);
    }
    if (!Object.hasOwn(value, key)) {
      if (options.missingKeyError === true) throw new TemplateError(`map has no entry for key "${key}"`);
      return undefined;
    }
    value = value[key];
  }
  return value;
}

/** Go's `fmt.Sprint` of a value. */
function printValue(value: Value): string {
  if (value === undefined) return noValue;
  if (Array.isArray(value)) return `[${value.map(printValue).join(' ')}]`;
  if (typeof value === 'object')
    return `map[${Object.keys(value)
      .sort(compareStrings)
      .map((k) => `${k}:${printValue(value[k])}`)
      .join(' ')}]`;
  return String(value);
}

function str(value: Value): string {
  return value === undefined ? '' : printValue(value);
}

function list(value: Value, fn: string): TemplateValue[] {
  if (!Array.isArray(value)) throw new TemplateError(`${fn}: expected a list`);
  return value;
}

/** Argo CD's `normalize` (utils.SanitizeName): a DNS-1123 subdomain-safe name. */
export function sanitizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^-a-z0-9.]/g, '-')
    .slice(0, 253)
    .replace(/^[-.]+|[-.]+$/g, '');
}

const hash = (algorithm: string) => (args: Value[]) =>
  createHash(algorithm).update(str(args[0]), 'utf8').digest('hex');

/** The supported functions (Sprig names and Argo CD's `normalize`); arguments as Go passes them. */
const functions: Record<string, { arity: number | [number, number]; call: (args: Value[]) => Value }> = {
  index: {
    arity: [1, 9],
    call: ([collection, ...keys]) =>
      keys.reduce<Value>((value, key) => {
        if (Array.isArray(value)) {
          if (typeof key !== 'number' || key < 0 || key >= value.length)
            throw new TemplateError(`index out of range: ${str(key)}`);
          return value[key];
        }
        if (value !== undefined && typeof value === 'object') return value[str(key)];
        throw new TemplateError(`can't index item of type ${typeof value}`);
      }, collection),
  },
  len: {
    arity: 1,
    call: ([v]) =>
      Array.isArray(v) ? v.length : typeof v === 'object' ? Object.keys(v).length : str(v).length,
  },
  lower: { arity: 1, call: ([s]) => str(s).toLowerCase() },
  upper: { arity: 1, call: ([s]) => str(s).toUpperCase() },
  trim: { arity: 1, call: ([s]) => str(s).trim() },
  trimPrefix: {
    arity: 2,
    call: ([p, s]) => (str(s).startsWith(str(p)) ? str(s).slice(str(p).length) : str(s)),
  },
  trimSuffix: {
    arity: 2,
    call: ([p, s]) => (str(p) !== '' && str(s).endsWith(str(p)) ? str(s).slice(0, -str(p).length) : str(s)),
  },
  replace: { arity: 3, call: ([from, to, s]) => str(s).split(str(from)).join(str(to)) },
  trunc: {
    arity: 2,
    call: ([n, s]) => {
      const count = Number(n);
      return count >= 0 ? str(s).slice(0, count) : str(s).slice(count);
    },
  },
  quote: { arity: 1, call: ([s]) => JSON.stringify(str(s)) },
  squote: { arity: 1, call: ([s]) => `'${str(s)}'` },
  default: { arity: 2, call: ([d, v]) => (v === undefined || v === '' || v === 0 || v === false ? d : v) },
  join: { arity: 2, call: ([sep, l]) => list(l, 'join').map(str).join(str(sep)) },
  first: { arity: 1, call: ([l]) => list(l, 'first')[0] },
  last: { arity: 1, call: ([l]) => list(l, 'last').at(-1) },
  base: { arity: 1, call: ([s]) => str(s).replace(/\/+$/, '').split('/').pop() ?? '' },
  dir: { arity: 1, call: ([s]) => str(s).replace(/\/[^/]*$/, '') || '.' },
  normalize: { arity: 1, call: ([s]) => sanitizeName(str(s)) },
  sha1sum: { arity: 1, call: hash('sha1') },
  sha256sum: { arity: 1, call: hash('sha256') },
  b64enc: { arity: 1, call: ([s]) => Buffer.from(str(s), 'utf8').toString('base64') },
  printf: { arity: [1, 9], call: ([format, ...args]) => sprintf(str(format), args) },
};

function callFunction(name: string, args: Value[]): Value {
  const fn = Object.hasOwn(functions, name) ? functions[name] : undefined;
  if (fn === undefined) {
    throw new TemplateError(
      `function "${name}" is not supported by Telefonistka's ApplicationSet template renderer (supported: ${Object.keys(functions).join(', ')})`,
    );
  }
  const min = typeof fn.arity === 'number' ? fn.arity : fn.arity[0];
  const max = typeof fn.arity === 'number' ? fn.arity : fn.arity[1];
  if (args.length < min || args.length > max)
    throw new TemplateError(`wrong number of arguments for ${name}: got ${args.length}`);
  return fn.call(args);
}

function sprintf(format: string, args: Value[]): string {
  let next = 0;
  return format.replace(/%([%sdvq])/g, (_match, verb: string) => {
    if (verb === '%') return '%';
    const arg = args[next++];
    if (arg === undefined) return `%!${verb}(MISSING)`;
    return verb === 'q' ? JSON.stringify(str(arg)) : str(arg);
  });
}
