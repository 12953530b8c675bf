import { diffLines } from 'diff';
import { compareStrings } from '../../promotion/compare-strings.js';
import type { JsonValue } from '../types.js';
import type { DyffDetail, DyffDiff, DyffPathElement } from './dyff-types.js';
import { neatYaml } from './neat-yaml.js';
import { plural } from './plural.js';
import { restructureForDisplay } from './restructure-for-display.js';
import { isJsonObject, scalarText, yamlTag } from './yaml-tag.js';

/** Unchanged lines shown around a change in a multi-line string (the Go bot's `MultilineContextLines: 4`). */
const multilineContextLines = 4;
/** gonvenience/term's width when not attached to a terminal; order changes switch to two columns at half of it. */
const terminalWidth = 80;

/**
 * Renders dyff's `DiffSyntaxReport` as the Go bot configures it (`@@` path prefix, `!` change-type prefix,
 * no colours, no table style): per path `\n@@ spec.replicas @@\n`, then each change (`! ± value change`,
 * `- old`, `+ new`, `! + one list entry added:` with `+ `-prefixed YAML, ...), and a final line break.
 * Paths are sorted, as current dyff does.
 */
export function renderDiffSyntax(diffs: readonly DyffDiff[]): string {
  const sorted = [...diffs].sort((a, b) => compareStrings(dotPath(a.path), dotPath(b.path)));
  let out = '';
  for (const diff of sorted) {
    out += `\n@@ ${diff.path.length === 0 ? '(root level)' : dotPath(diff.path)} @@\n`;
    out += writeTextBlocks(0, diff.details.map(renderDetail));
  }
  return `${out}\n`;
}

/** A path in dyff's dot style: map keys and list entry names joined by `.`, indexes as numbers. */
export function dotPath(path: readonly DyffPathElement[]): string {
  return path.map((element) => ('index' in element ? String(element.index) : element.name)).join('.');
}

function renderDetail(detail: DyffDetail): string {
  switch (detail.kind) {
    case 'addition':
      return prefixChangeBlock(prefixChangeType(entriesBlock(detail, 'added', 2)), '+');
    case 'removal':
      return prefixChangeBlock(prefixChangeType(entriesBlock(detail, 'removed', 0)), '-');
    case 'modification':
      return prefixChangeType(modificationText(detail.from, detail.to));
    case 'orderchange':
      return prefixChangeType(orderChangeText(detail.from, detail.to));
  }
}

function entriesBlock(
  detail: Extract<DyffDetail, { kind: 'addition' | 'removal' }>,
  verb: string,
  indent: number,
): string {
  const rune = detail.kind === 'addition' ? '+' : '-';
  const count =
    detail.shape === 'document'
      ? plural(1, 'document')
      : detail.shape === 'list'
        ? plural((detail.value as JsonValue[]).length, 'list entry', 'list entries')
        : plural(Object.keys(detail.value as object).length, 'map entry', 'map entries');
  const yaml = neatYaml(restructureForDisplay(detail.value), { document: detail.shape === 'document' });
  return `${rune} ${count} ${verb}:\n${writeTextBlocks(indent, [yaml])}`;
}

function modificationText(from: JsonValue | undefined, to: JsonValue | undefined): string {
  const fromType = humanType(from);
  const toType = humanType(to);
  if (typeof from === 'string' && typeof to === 'string') return stringChangeText(from, to);
  const header = fromType === toType ? '± value change\n' : `± type change from ${fromType} to ${toType}\n`;
  return (
    header +
    createStringWithPrefix('- ', yamlString(from).replace(/\n+$/, '')) +
    createStringWithPrefix('+ ', yamlString(to).replace(/\n+$/, ''))
  );
}

function humanType(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '<nil>';
  const tag = yamlTag(value);
  return tag === 'seq' ? 'list' : tag === 'str' ? 'string' : tag;
}

function yamlString(value: JsonValue | undefined): string {
  return value === undefined || value === null ? '<nil>' : neatYaml(value);
}

function stringChangeText(from: string, to: string): string {
  if (trimSpacesAndNewlines(from) === trimSpacesAndNewlines(to)) {
    return (
      '± whitespace only change\n' +
      writeTextBlocks(0, [
        createStringWithPrefix('- ', showWhitespace(from)),
        createStringWithPrefix('+ ', showWhitespace(to)),
      ])
    );
  }
  if (from.includes('\n') || to.includes('\n')) return multilineChangeText(from, to);
  // dyff's "minor change" output is the same text as its default for single-line strings.
  return `± value change\n${createStringWithPrefix('- ', from)}${createStringWithPrefix('+ ', to)}`;
}

function multilineChangeText(from: string, to: string): string {
  let inserts = 0;
  let deletions = 0;
  let body = '';
  for (const change of diffLines(from, to)) {
    if (change.added) {
      body += continuousPrefix('+ ', change.value);
      inserts++;
    } else if (change.removed) {
      body += continuousPrefix('- ', change.value);
      deletions++;
    } else if (change.value !== '') {
      body += continuousPrefix('  ', unchangedLines(change.value));
    }
  }
  return `± value change in multiline text (${plural(inserts, 'insert')}, ${plural(deletions, 'deletion')})\n${body}\n`;
}

function unchangedLines(text: string): string {
  const lines = text.split('\n');
  const lower = Math.min(lines.length, multilineContextLines);
  const upper = lines.length - multilineContextLines - (text.endsWith('\n') ? 1 : 0);
  if (upper <= lower) return lines.join('\n');
  const skipped = plural(upper - lower, 'line');
  return `${lines.slice(0, lower).join('\n')}\n\n[${skipped} unchanged)]\n\n${lines.slice(upper).join('\n')}`;
}

function orderChangeText(from: JsonValue[], to: JsonValue[]): string {
  const asStrings = (list: JsonValue[]) =>
    list.map((entry) => (isJsonObject(entry) || Array.isArray(entry) ? neatYaml(entry) : scalarText(entry)));
  const a = asStrings(from);
  const b = asStrings(to);
  const singleLine = (list: string[]) => list.reduce((n, s) => n + textLength(s), 0) + (list.length - 1) * 2;
  if (Math.max(singleLine(a), singleLine(b)) < terminalWidth / 2) {
    return `⇆ order changed\n- ${a.join(', ')}\n+ ${b.join(', ')}\n`;
  }
  return `⇆ order changed\n${tableStyle(' ', 2, [a.join('\n'), b.join('\n')])}`;
}

/** dyff's `CreateTableStyleString`: text blocks side by side, padded to the widest line of each. */
function tableStyle(separator: string, indent: number, columns: string[]): string {
  const split = columns.map((column) => column.split('\n'));
  const widths = split.map((lines) => Math.max(...lines.map(textLength)));
  const rows = Math.max(...split.map((lines) => lines.length));
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    const cells = split.map((lines, c) => {
      const line = lines[r] ?? '';
      return ' '.repeat(indent) + line + ' '.repeat(widths[c]! - textLength(line));
    });
    out.push(cells.join(separator).trimEnd());
  }
  return out.join('\n');
}

function prefixChangeType(text: string): string {
  const lines = text.split('\n');
  lines[0] = `! ${lines[0]}`.trim();
  return lines.join('\n').trim();
}

function prefixChangeBlock(text: string, rune: string): string {
  const trimmed = text.trim();
  const firstLine = trimmed.split('\n')[0] ?? '';
  const rest = trimmed.replace(`${firstLine}\n`, '');
  return (writeTextBlocks(0, [firstLine]) + writeTextBlocks(0, [continuousPrefix(`${rune} `, rest)])).trim();
}

/** Each line of each block, indented, with a line break (dyff's list style of `writeTextBlocks`). */
function writeTextBlocks(indent: number, blocks: readonly string[]): string {
  const pad = ' '.repeat(indent);
  return blocks
    .map((block) =>
      block
        .split('\n')
        .map((line) => `${pad}${line}\n`)
        .join(''),
    )
    .join('');
}

/** Prefixes every line; the result always ends with a line break. */
function continuousPrefix(prefix: string, text: string): string {
  const trimmed = text.endsWith('\n') ? text.slice(0, -1) : text;
  return trimmed
    .split('\n')
    .map((line) => `${prefix}${line}\n`)
    .join('');
}

/** Prefixes the first line and aligns the others under it. */
function createStringWithPrefix(prefix: string, text: string): string {
  const hang = ' '.repeat(textLength(prefix));
  return text
    .split('\n')
    .map((line, i) => `${i === 0 ? prefix : hang}${line}\n`)
    .join('');
}

function showWhitespace(text: string): string {
  return text.replaceAll('\n', '↵\n').replaceAll(' ', '·');
}

function trimSpacesAndNewlines(text: string): string {
  return text.replace(/^[ \n]+|[ \n]+$/g, '');
}

function textLength(text: string): number {
  return [...text].length;
}
