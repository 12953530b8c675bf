import { parse } from 'yaml';

/** Quoting styles a bump writes; block scalars are written double-quoted. */
export type ScalarStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE';

/** How to write a new value. */
export interface ScalarRenderOptions {
  /** The quoting style of the value being replaced (double quotes for new keys). */
  style: ScalarStyle;
  /**
   * `string`: the value must read back as this exact string (quoted when plain text would read as a number,
   * boolean or null). `as-written`: the old value was a number/boolean, so plain text keeps whatever type it
   * reads as (`16.2` stays a number, `16.2-alpine` becomes a string), like a person editing the file.
   */
  intent: 'string' | 'as-written';
  /** Inside `{...}` or `[...]`, where `,[]{}` end a plain scalar. */
  inFlow: boolean;
  /** YAML version of the document (`%YAML 1.1` directive), which decides how plain text reads. */
  version: '1.1' | '1.2';
}

/** The YAML text of a scalar and the value a YAML parser reads back from it. */
export interface RenderedScalar {
  text: string;
  value: unknown;
}

const PLAIN_SYNTAX = /^[^\s\-?:,[\]{}#&*!|>'"%@`]([^\n\r\t]*[^\s])?$/;
const DASH_START = /^[-?:][^\s,[\]{}]/;

/** Writes `value` as YAML text in the requested style, falling back to double quotes when it must. */
export function renderYamlScalar(value: string, options: ScalarRenderOptions): RenderedScalar {
  if (options.style === 'QUOTE_SINGLE' && /^[^\n\r\t\p{Cc}]*$/u.test(value)) {
    return { text: `'${value.replace(/'/g, "''")}'`, value };
  }
  if (options.style === 'PLAIN' && plainSyntaxOk(value, options.inFlow)) {
    if (options.intent === 'string' && readsAsString(value)) return { text: value, value };
    if (options.intent === 'as-written') {
      const read = readPlain(value, options.version);
      if (read.ok) return { text: value, value: read.value };
    }
  }
  return { text: doubleQuoted(value), value };
}

/** A double-quoted YAML scalar: JSON's escapes are all valid YAML escapes. */
export function doubleQuoted(value: string): string {
  return JSON.stringify(value);
}

function plainSyntaxOk(value: string, inFlow: boolean): boolean {
  if (!(PLAIN_SYNTAX.test(value) || DASH_START.test(value))) return false;
  if (value.includes(': ') || value.includes(' #') || value.endsWith(':')) return false;
  if (inFlow && /[,[\]{}]/.test(value)) return false;
  return true;
}

/** True when plain `value` is a string under YAML 1.2 and 1.1 alike (`yes`, `on`, `0755` are not). */
function readsAsString(value: string): boolean {
  for (const version of ['1.2', '1.1'] as const) {
    const read = readPlain(value, version);
    if (!read.ok || read.value !== value) return false;
  }
  return true;
}

function readPlain(value: string, version: '1.1' | '1.2'): { ok: boolean; value: unknown } {
  try {
    const read: unknown = parse(value, { version });
    const scalar = read === null || ['string', 'number', 'boolean', 'bigint'].includes(typeof read);
    return { ok: scalar, value: read };
  } catch {
    return { ok: false, value: undefined };
  }
}
