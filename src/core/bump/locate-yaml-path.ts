import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { BumpEditError } from './bump-edit-error.js';
import type { YamlCondition, YamlLiteral, YamlPathStep, YamlReadStep } from './yaml-path-types.js';

/** Where a node sits: the document root, the value of a map pair, or a list item. */
export type YamlHolder =
  | { kind: 'root' }
  | { kind: 'pair'; pair: Pair; map: YAMLMap }
  | { kind: 'item'; seq: YAMLSeq; index: number };

/** A node the path reached; `node` is null for an empty document or a key without a value. */
export interface YamlNodeLocation {
  kind: 'node';
  node: Node | null;
  holder: YamlHolder;
  /** The concrete path to this node, for messages: `.db[0].image`. */
  trail: string;
}

/** Keys the path names that do not exist yet below an existing map (or empty value). */
export interface YamlMissingLocation {
  kind: 'missing';
  base: YamlNodeLocation;
  keys: string[];
  trail: string;
}

/** A place a path selects in a document. */
export type YamlLocation = YamlNodeLocation | YamlMissingLocation;

/**
 * Evaluates a path on one document: every node it selects, plus the places where the keys it names are
 * missing (so the caller can create them). `[]` on a missing or empty node selects nothing; stepping into a
 * scalar, through an alias or past the end of a list throws a BumpEditError that names the place.
 */
export function locateYamlPath(doc: Document, steps: readonly YamlPathStep[]): YamlLocation[] {
  let current: YamlLocation[] = [{ kind: 'node', node: doc.contents, holder: { kind: 'root' }, trail: '' }];
  for (const step of steps) current = current.flatMap((location) => applyStep(doc, location, step));
  return current;
}

function applyStep(doc: Document, location: YamlLocation, step: YamlPathStep): YamlLocation[] {
  switch (step.kind) {
    case 'key':
      return [selectKey(location, step.key)];
    case 'index':
      return [selectIndex(location, step.index)];
    case 'each':
      return selectEach(location);
    case 'select':
      if (location.kind === 'missing') return [];
      return evaluateCondition(doc, location.node, step.condition) ? [location] : [];
  }
}

function selectKey(location: YamlLocation, key: string): YamlLocation {
  const trail = `${location.trail}${keyTrail(key)}`;
  if (location.kind === 'missing') return { ...location, keys: [...location.keys, key], trail };
  const { node } = location;
  if (isMap(node)) {
    const pair = node.items.find((item) => keyText(item.key) === key);
    if (pair === undefined) return { kind: 'missing', base: location, keys: [key], trail };
    return {
      kind: 'node',
      node: (pair.value as Node | null) ?? null,
      holder: { kind: 'pair', pair, map: node },
      trail,
    };
  }
  if (isEmpty(node)) return { kind: 'missing', base: location, keys: [key], trail };
  throw new BumpEditError(
    `${place(location)} is ${describeNode(node)}, not a map: cannot select key ${JSON.stringify(key)}`,
  );
}

function selectIndex(location: YamlLocation, index: number): YamlLocation {
  if (location.kind === 'missing') {
    throw new BumpEditError(
      `${place(location)} does not exist: cannot select item [${index}] (a bump creates missing map keys, not list items)`,
    );
  }
  const { node } = location;
  if (!isSeq(node)) {
    throw new BumpEditError(
      `${place(location)} is ${describeNode(node)}, not a list: cannot select item [${index}]`,
    );
  }
  const position = index < 0 ? node.items.length + index : index;
  if (position < 0 || position >= node.items.length) {
    throw new BumpEditError(
      `${place(location)} has ${node.items.length} item(s): index [${index}] is out of range (a bump does not add list items)`,
    );
  }
  return {
    kind: 'node',
    node: (node.items[position] as Node | null) ?? null,
    holder: { kind: 'item', seq: node, index: position },
    trail: `${location.trail}[${position}]`,
  };
}

function selectEach(location: YamlLocation): YamlLocation[] {
  if (location.kind === 'missing') return [];
  const { node } = location;
  if (isSeq(node)) {
    return node.items.map((item, index) => ({
      kind: 'node' as const,
      node: (item as Node | null) ?? null,
      holder: { kind: 'item' as const, seq: node, index },
      trail: `${location.trail}[${index}]`,
    }));
  }
  if (isMap(node)) {
    return node.items.map((pair) => ({
      kind: 'node' as const,
      node: (pair.value as Node | null) ?? null,
      holder: { kind: 'pair' as const, pair, map: node },
      trail: `${location.trail}${keyTrail(keyText(pair.key) ?? '?')}`,
    }));
  }
  if (isEmpty(node)) return [];
  throw new BumpEditError(`${place(location)} is ${describeNode(node)}: "[]" needs a list or a map`);
}

function evaluateCondition(doc: Document, node: Node | null, condition: YamlCondition): boolean {
  if (condition.kind !== 'compare') {
    const left = evaluateCondition(doc, node, condition.left);
    if (condition.kind === 'and' ? !left : left) return left;
    return evaluateCondition(doc, node, condition.right);
  }
  const equal = literalEquals(readValue(doc, node, condition.path), condition.value);
  return condition.operator === '==' ? equal : !equal;
}

const COLLECTION = Symbol('collection');

function readValue(doc: Document, start: Node | null, path: readonly YamlReadStep[]): unknown {
  let node: unknown = start;
  for (const step of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (step.kind === 'key' && isMap(node))
      node = node.items.find((item) => keyText(item.key) === step.key)?.value;
    else if (step.kind === 'index' && isSeq(node)) {
      node = node.items[step.index < 0 ? node.items.length + step.index : step.index];
    } else return null;
  }
  if (isAlias(node)) node = node.resolve(doc);
  if (node === undefined || node === null) return null;
  if (isScalar(node)) return node.value;
  return COLLECTION;
}

/** Compares like yq: same value, or the same text (`5432 == "5432"`); collections equal nothing. */
function literalEquals(value: unknown, literal: YamlLiteral): boolean {
  if (value === COLLECTION) return false;
  if (value === null || literal === null) return value === literal;
  if (value === literal) return true;
  return isPrimitive(value) && String(value) === String(literal);
}

/** The text of a scalar key; undefined for complex keys. */
export function keyText(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  if (key.value === null) return '';
  return isPrimitive(key.value) ? String(key.value) : undefined;
}

function isPrimitive(value: unknown): value is string | number | boolean | bigint {
  return ['string', 'number', 'boolean', 'bigint'].includes(typeof value);
}

function isEmpty(node: Node | null): boolean {
  return node === null || (isScalar(node) && node.value === null);
}

function keyTrail(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key) ? `.${key}` : `.${JSON.stringify(key)}`;
}

function place(location: YamlLocation): string {
  return location.trail === '' ? 'the document' : location.trail;
}

/** A short description of a node for messages: `a map`, `the string "x"`, `an alias (*tag)`. */
export function describeNode(node: Node | null): string {
  if (node === null) return 'empty';
  if (isMap(node)) return 'a map';
  if (isSeq(node)) return 'a list';
  if (isAlias(node)) return `an alias (*${node.source})`;
  if (isScalar(node)) {
    if (node.value === null) return 'empty (null)';
    if (typeof node.value === 'string') return `the string ${JSON.stringify(node.value)}`;
    return isPrimitive(node.value) ? `the ${typeof node.value} ${String(node.value)}` : 'a scalar';
  }
  return 'an unsupported node';
}
