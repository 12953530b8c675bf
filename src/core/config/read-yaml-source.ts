import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node, YAMLError } from 'yaml';
import { ConfigError } from '../errors/config-error.js';
import type { ConfigProblem, SourceLocation } from '../errors/config-error.js';

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

/** Parses YAML text with positions; throws ConfigError listing every syntax error at its line and column. */
export function readYamlSource(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  // merge: Go's yaml decoder honours `<<` merge keys, so configs written for the Go bot may use them.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, merge: true, uniqueKeys: true });
  const toProblem = (error: YAMLError): ConfigProblem => ({
    ...position(file, lineCounter, error.pos[0]),
    message: `YAML: ${error.message}`,
  });
  if (document.errors.length > 0) throw new ConfigError(document.errors.map(toProblem));
  return {
    file,
    value: document.toJS({ maxAliasCount: 100 }) as unknown,
    locate: (path, at = 'value') => locateNode(document, path, at, file, lineCounter),
    warnings: document.warnings.map(toProblem),
  };
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
