import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node, YAMLError } from 'yaml';
import { ConfigError } from '../errors/config-error.js';
import type { ConfigProblem, SourceLocation } from '../errors/config-error.js';
import { errorMessage } from '../errors/error-message.js';

/** A path into a configuration value: object keys and array indexes, as in `promotionPaths[0].sourcePath`. */
export type ConfigPath = readonly (string | number)[];

/** Which end of a `key: value` pair a problem points at. */
export type PointAt = 'key' | 'value';

/** A parsed YAML configuration file: its plain value and the source positions of its nodes. */
export interface YamlSource {
  file: string;
  /** The document as plain data (`null` for an empty document). */
  value: unknown;
  /** Where the node at `path` starts (its key with `at: 'key'`); falls back to the nearest enclosing node. */
  locate(path: ConfigPath, at?: PointAt): SourceLocation;
  /** YAML-level warnings (e.g. unresolved tags), with positions. */
  warnings: readonly ConfigProblem[];
}

/** The largest configuration file read: real ones are a few KiB, and parsing 10 MB takes seconds and a GiB. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Parses YAML text with positions; throws ConfigError listing every syntax error at its line and column, or
 * naming the file, its size and the cap when it is larger than MAX_CONFIG_BYTES (checked before parsing).
 */
export function readYamlSource(text: string, file: string): YamlSource {
  checkSize(text, file);
  const lineCounter = new LineCounter();
  // merge: Go's yaml decoder honours `<<` merge keys, so configs written for the Go bot may use them.
  // resolveKnownTags off: `!!binary`, `!!set`, `!!timestamp` would yield Buffers, Sets and Dates.
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    merge: true,
    uniqueKeys: true,
    resolveKnownTags: false,
  });
  const toProblem = (error: YAMLError): ConfigProblem => ({
    ...position(file, lineCounter, error.pos[0]),
    message: `YAML: ${error.message}`,
  });
  const errors = document.errors.map(toProblem);
  if (errors.length === 0) {
    for (const { offset, message } of structuralProblems(document)) {
      errors.push({ ...position(file, lineCounter, offset), message: `YAML: ${message}` });
    }
  }
  if (errors.length > 0) throw new ConfigError(errors);
  return {
    file,
    value: toPlainValue(document, file),
    locate: (path, at = 'value') => locateNode(document, path, at, file, lineCounter),
    warnings: document.warnings.map(toProblem),
  };
}

function checkSize(text: string, file: string): void {
  const bytes = utf8Length(text);
  if (bytes <= MAX_CONFIG_BYTES) return;
  const mib = (bytes / (1024 * 1024)).toFixed(1);
  throw new ConfigError([
    {
      file,
      line: 1,
      column: 1,
      message: `the file is ${bytes} bytes (${mib} MiB), over the ${MAX_CONFIG_BYTES}-byte (1 MiB) limit for configuration files; a configuration needs a few KiB: remove what was generated or pasted into it`,
    },
  ]);
}

/** UTF-8 length without encoding (a lone surrogate counts 3, as TextEncoder writes U+FFFD). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Problems the YAML parser accepts but plain data cannot hold: non-scalar keys, aliases to no anchor. */
function structuralProblems(document: Document): { offset: number; message: string }[] {
  const problems: { offset: number; message: string }[] = [];
  visit(document, {
    Pair(_, pair) {
      if (pair.key !== null && !isScalar(pair.key)) {
        problems.push({
          offset: startOf(pair.key) ?? 0,
          message: 'a key must be a plain string, not a list or mapping',
        });
      }
    },
    Alias(_, alias) {
      if (alias.resolve(document) === undefined) {
        problems.push({
          offset: startOf(alias) ?? 0,
          message: `alias *${alias.source} has no anchor &${alias.source} before it`,
        });
      }
    },
  });
  return problems;
}

/** The document as plain data; an alias bomb (more than 100 alias expansions) is a configuration error. */
function toPlainValue(document: Document, file: string): unknown {
  try {
    return document.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (error) {
    const reason = errorMessage(error);
    throw new ConfigError([{ file, line: 1, column: 1, message: `YAML: ${reason}` }]);
  }
}

function position(file: string, lineCounter: LineCounter, offset: number): SourceLocation {
  const { line, col } = lineCounter.linePos(offset);
  return { file, line, column: col };
}

function locateNode(
  document: Document,
  path: ConfigPath,
  at: PointAt,
  file: string,
  lineCounter: LineCounter,
): SourceLocation {
  let node: unknown = document.contents;
  let keyNode: unknown;
  for (const segment of path) {
    const resolved = resolveAlias(document, node);
    const step = childOf(resolved, segment);
    if (step === undefined) break;
    keyNode = step.key;
    node = step.value;
    // An empty value (`key:`) has no node of its own; the key is the best place to point at.
    if (node === null || node === undefined) node = keyNode;
  }
  const target = at === 'key' && keyNode !== undefined ? keyNode : (node ?? keyNode);
  return position(file, lineCounter, startOf(target) ?? 0);
}

function resolveAlias(document: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(document) : node;
}

function childOf(node: unknown, segment: string | number): { key: unknown; value: unknown } | undefined {
  if (isSeq(node)) {
    const item: unknown = node.items[Number(segment)];
    return item === undefined ? undefined : { key: item, value: item };
  }
  if (!isMap(node)) return undefined;
  for (const pair of node.items) {
    if (!isPair(pair)) continue;
    const key: unknown = pair.key;
    const name = isScalar(key) ? String(key.value) : key;
    if (name === String(segment)) return { key, value: pair.value };
  }
  return undefined;
}

function startOf(node: unknown): number | undefined {
  if (node === null || typeof node !== 'object' || !('range' in node)) return undefined;
  const range = (node as Node).range;
  return range?.[0];
}
