import type { JsonValue } from '../types.js';
import { isJsonObject, scalarText } from './yaml-tag.js';

const indentStep = '  ';

/**
 * YAML as gonvenience/neat prints it for dyff (colours off): two-space indent, lists at the indent of their
 * key, strings quoted only when they are `true`/`false`/`null` or contain one of ` *&:,`, multi-line strings
 * as `|` blocks. Every line ends with a line break; a whole document starts with a `---` line.
 */
export function neatYaml(value: JsonValue, options: { document?: boolean } = {}): string {
  const out: string[] = options.document === true ? ['---\n'] : [];
  writeNode(out, '', false, value);
  return out.join('');
}

function writeNode(out: string[], prefix: string, skipIndentOnFirstLine: boolean, value: JsonValue): void {
  if (Array.isArray(value)) {
    // neat prints nothing for an empty list or map outside a map; `[]`/`{}` keeps the line readable.
    if (value.length === 0) return void out.push('[]\n');
    value.forEach((entry, i) => {
      if (i > 0 || !skipIndentOnFirstLine) out.push(prefix);
      out.push('- ');
      writeNode(out, prefix + indentStep, true, entry);
    });
    return;
  }
  if (isJsonObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return void out.push('{}\n');
    entries.forEach(([key, child], i) => {
      if (i > 0 || !skipIndentOnFirstLine) out.push(prefix);
      out.push(`${key}:`);
      writeMapValue(out, prefix, child);
    });
    return;
  }
  writeScalar(out, prefix, value);
}

function writeMapValue(out: string[], prefix: string, child: JsonValue): void {
  if (Array.isArray(child)) {
    if (child.length === 0) return void out.push(' []\n');
    out.push('\n');
    writeNode(out, prefix, false, child);
  } else if (isJsonObject(child)) {
    if (Object.keys(child).length === 0) return void out.push(' {}\n');
    out.push('\n');
    writeNode(out, prefix + indentStep, false, child);
  } else {
    out.push(' ');
    writeScalar(out, prefix + indentStep, child);
  }
}

function writeScalar(out: string[], prefix: string, value: JsonValue): void {
  const text = scalarText(value);
  const lines = text.split('\n');
  if (lines.length === 1) {
    out.push(typeof value === 'string' && needsQuotes(text) ? `"${text}"` : text);
  } else {
    out.push('|\n', lines.map((line) => prefix + line).join('\n'));
  }
  out.push('\n');
}

/** neat's rule for quoting a string scalar. */
function needsQuotes(text: string): boolean {
  return text === 'true' || text === 'false' || text === 'null' || /[ *&:,]/.test(text);
}
