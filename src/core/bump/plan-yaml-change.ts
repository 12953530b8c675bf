import { isMap, isScalar, isSeq, type Document, type Node, type Scalar, type YAMLMap } from 'yaml';
import { BumpEditError } from './bump-edit-error.js';
import {
  describeNode,
  type YamlLocation,
  type YamlMissingLocation,
  type YamlNodeLocation,
} from './locate-yaml-path.js';
import { renderYamlScalar, type RenderedScalar, type ScalarStyle } from './render-yaml-scalar.js';

/** One text replacement at `start..end` of the original text. */
export interface TextSplice {
  start: number;
  end: number;
  text: string;
}

/** What a planned change means, so the edited text can be checked against it. */
export type YamlChangeIntent =
  { kind: 'set'; value: unknown } | { kind: 'create'; keys: string[]; value: string };

/** The text change for one selected place, and its meaning. */
export interface PlannedYamlChange {
  splice: TextSplice;
  intent: YamlChangeIntent;
}

/**
 * Plans how to write `value` at one place a path selected: replace a scalar in its own quoting style, fill an
 * empty value, or insert the missing keys (block or flow, at the map's indentation). Throws for maps, lists
 * and aliases, which a bump does not replace.
 */
export function planYamlChange(
  text: string,
  doc: Document,
  location: YamlLocation,
  value: string,
): PlannedYamlChange {
  if (location.kind === 'missing') return planCreate(text, doc, location, value);
  const { node } = location;
  if (isScalar(node) && node.value !== null) return planReplace(text, doc, location, node, value);
  if (isScalar(node)) return planFillEmpty(text, doc, location, node, value);
  throw new BumpEditError(
    `${location.trail} is ${describeNode(node)}; a bump sets scalar values: point the path at a scalar inside it`,
  );
}

function planReplace(
  text: string,
  doc: Document,
  location: YamlNodeLocation,
  node: Scalar,
  value: string,
): PlannedYamlChange {
  const [start, end] = rangeOf(node);
  const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
  const style: ScalarStyle = block || node.type === undefined ? 'QUOTE_DOUBLE' : (node.type as ScalarStyle);
  const rendered = renderYamlScalar(value, {
    style,
    intent: typeof node.value === 'string' ? 'string' : 'as-written',
    inFlow: holderIsFlow(location),
    version: versionOf(doc),
  });
  // A block scalar's range ends after its last line break; keep that line break.
  const lineBreak = block ? (/\r?\n$/.exec(text.slice(start, end))?.[0] ?? '') : '';
  const replacement = `${rendered.text}${lineBreak}`;
  return { splice: { start, end, text: replacement }, intent: { kind: 'set', value: rendered.value } };
}

/** `tag:` / `tag: ~` / `tag: null`: the value is written as a new key's value would be. */
function planFillEmpty(
  text: string,
  doc: Document,
  location: YamlNodeLocation,
  node: Scalar,
  value: string,
): PlannedYamlChange {
  const [start, end] = rangeOf(node);
  const rendered = newValue(doc, value, holderIsFlow(location));
  const space = start > 0 && text[start - 1] === ':' ? ' ' : '';
  return {
    splice: { start, end, text: `${space}${rendered.text}` },
    intent: { kind: 'set', value: rendered.value },
  };
}

function planCreate(
  text: string,
  doc: Document,
  location: YamlMissingLocation,
  value: string,
): PlannedYamlChange {
  const { base, keys } = location;
  const intent: YamlChangeIntent = { kind: 'create', keys, value };
  const splice = (splice: TextSplice): PlannedYamlChange => ({ splice, intent });
  const node = base.node;
  if (isMap(node) && node.flow) return splice(flowMapInsertion(text, doc, node, keys, value));
  const step = indentStep(text, doc);
  // Keep the file's line endings: CRLF files get CRLF lines.
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = (indent: number) => blockChain(doc, keys, value, { indent, step, eol });
  if (isMap(node)) {
    const first = node.items[0];
    const indent = first === undefined ? 0 : columnOf(text, rangeOf(first.key as Node)[0]);
    // Nest new keys the way this map is nested in its parent (a 4-space block stays 4-space).
    const parentKey = base.holder.kind === 'pair' ? (base.holder.pair.key as Node).range?.[0] : undefined;
    const local = parentKey === undefined ? 0 : indent - columnOf(text, parentKey);
    const chain = blockChain(doc, keys, value, { indent, step: local > 0 ? local : step, eol });
    return splice(insertLines(text, rangeOf(node)[1], chain));
  }
  if (base.holder.kind === 'root') {
    if (node === null) return splice(insertLines(text, text.length, lines(0)));
    const [start, end] = rangeOf(node);
    return splice({ start, end, text: lines(0).trimEnd() });
  }
  if (base.holder.kind === 'pair') {
    if (base.holder.map.flow) {
      const [start, end] = rangeOf(node as Node);
      return splice({ start, end, text: flowChain(doc, keys, value) });
    }
    const keyRange = rangeOf(base.holder.pair.key as Node);
    const colon = text.indexOf(':', keyRange[1]);
    const end = node === null ? colon + 1 : rangeOf(node)[1];
    const block = lines(columnOf(text, keyRange[0]) + step).replace(/\r?\n$/, '');
    return splice({ start: colon + 1, end, text: `${eol}${block}` });
  }
  const [start, end] = rangeOf(node as Node);
  if (base.holder.seq.flow) return splice({ start, end, text: `{${flowChain(doc, keys, value)}}` });
  const indent = columnOf(text, start);
  return splice({
    start,
    end,
    text: lines(indent)
      .slice(indent)
      .replace(/\r?\n$/, ''),
  });
}

function flowMapInsertion(
  text: string,
  doc: Document,
  map: YAMLMap,
  keys: string[],
  value: string,
): TextSplice {
  const entry = flowChain(doc, keys, value);
  const last = map.items.at(-1);
  if (last === undefined) {
    const open = text.indexOf('{', rangeOf(map)[0]);
    return { start: open + 1, end: open + 1, text: entry };
  }
  const at = rangeOf((last.value ?? last.key) as Node)[1];
  return { start: at, end: at, text: `, ${entry}` };
}

/** `k1:\n  k2: "v"\n` at `indent`, nested by `step`. */
function blockChain(
  doc: Document,
  keys: string[],
  value: string,
  layout: { indent: number; step: number; eol: string },
): string {
  const lines = keys.map((key, index) => {
    const pad = ' '.repeat(layout.indent + index * layout.step);
    const name = renderKey(doc, key, false);
    return index === keys.length - 1
      ? `${pad}${name}: ${newValue(doc, value, false).text}`
      : `${pad}${name}:`;
  });
  return `${lines.join(layout.eol)}${layout.eol}`;
}

/** `k1: {k2: "v"}` for flow maps. */
function flowChain(doc: Document, keys: string[], value: string): string {
  const [first = '', ...rest] = keys;
  const name = renderKey(doc, first, true);
  if (rest.length === 0) return `${name}: ${newValue(doc, value, true).text}`;
  return `${name}: {${flowChain(doc, rest, value)}}`;
}

function renderKey(doc: Document, key: string, inFlow: boolean): string {
  return renderYamlScalar(key, { style: 'PLAIN', intent: 'string', inFlow, version: versionOf(doc) }).text;
}

function newValue(doc: Document, value: string, inFlow: boolean): RenderedScalar {
  return renderYamlScalar(value, {
    style: 'QUOTE_DOUBLE',
    intent: 'string',
    inFlow,
    version: versionOf(doc),
  });
}

/** Inserts whole lines at `offset` (the end of a block map's last entry). */
function insertLines(text: string, offset: number, lines: string): TextSplice {
  if (offset === 0 || text[offset - 1] === '\n') return { start: offset, end: offset, text: lines };
  // The map ends without a line break (the last line of a file without one): open a new line first.
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const atEnd = offset >= text.length;
  return { start: offset, end: offset, text: `${eol}${atEnd ? lines.replace(/\r?\n$/, '') : lines}` };
}

function holderIsFlow(location: YamlNodeLocation): boolean {
  if (location.holder.kind === 'pair') return location.holder.map.flow === true;
  if (location.holder.kind === 'item') return location.holder.seq.flow === true;
  return false;
}

/** The YAML version a document is read with (`%YAML 1.1` changes how plain scalars resolve). */
export function versionOf(doc: Document): '1.1' | '1.2' {
  return doc.directives?.yaml.version === '1.1' ? '1.1' : '1.2';
}

function rangeOf(node: Node): [number, number] {
  const range = node.range;
  if (range === undefined || range === null)
    throw new BumpEditError('internal: a YAML node has no source range');
  return [range[0], range[1]];
}

/** 0-based column of `offset` in `text`. */
export function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Spaces per nesting level in this file: the first nested block map's indentation, else 2. */
function indentStep(text: string, doc: Document): number {
  const visit = (node: unknown, depth: number): number | undefined => {
    if (depth > 50 || !(isMap(node) || isSeq(node)) || node.flow) return undefined;
    for (const item of node.items) {
      const child = isMap(node) ? (item as { value?: unknown }).value : item;
      if (isMap(node) && isMap(child) && !child.flow && child.items.length > 0) {
        const parentKey = (node.items[0]?.key as Node | undefined)?.range?.[0];
        const childKey = (child.items[0]?.key as Node | undefined)?.range?.[0];
        if (parentKey !== undefined && childKey !== undefined) {
          const step = columnOf(text, childKey) - columnOf(text, parentKey);
          if (step > 0) return step;
        }
      }
      const found = visit(child, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return visit(doc.contents, 0) ?? 2;
}
