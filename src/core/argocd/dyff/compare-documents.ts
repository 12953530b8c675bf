import type { JsonObject, JsonValue } from '../types.js';
import type { DyffDetail, DyffDiff, DyffPathElement } from './dyff-types.js';
import { isJsonObject, scalarText, yamlTag } from './yaml-tag.js';
import { compareStrings } from '../../promotion/compare-strings.js';

/** Identifier fields dyff tries on lists of maps, in order (`manager` comes from its Kubernetes detection). */
const identifierCandidates = ['name', 'key', 'id', 'manager'];
/** dyff's NonStandardIdentifierGuessCountThreshold: a guessed identifier needs more entries than this. */
const guessThreshold = 3;

/**
 * Compares two documents the way dyff's `CompareInputFiles` does with Kubernetes entity detection: maps by
 * key, lists of maps by an identifier field (`name`, `key`, `id`, `manager`, or a unique string field in lists
 * of more than three entries), other lists as multisets, scalars by value. A missing side makes the whole
 * document an addition or a removal.
 */
export function compareDocuments(from: JsonValue | undefined, to: JsonValue | undefined): DyffDiff[] {
  const live = from === null ? undefined : from;
  const target = to === null ? undefined : to;
  if (live === undefined && target === undefined) return [];
  if (live === undefined)
    return [{ path: [], details: [{ kind: 'addition', shape: 'document', value: target! }] }];
  if (target === undefined)
    return [{ path: [], details: [{ kind: 'removal', shape: 'document', value: live }] }];
  return compareValues([], live, target);
}

function modification(path: DyffPathElement[], from: JsonValue, to: JsonValue): DyffDiff[] {
  return [{ path, details: [{ kind: 'modification', from, to }] }];
}

function compareValues(path: DyffPathElement[], from: JsonValue, to: JsonValue): DyffDiff[] {
  const tag = yamlTag(from);
  if (tag !== yamlTag(to)) return modification(path, from, to);
  switch (tag) {
    case 'map':
      return compareMaps(path, from as JsonObject, to as JsonObject);
    case 'seq':
      return compareLists(path, from as JsonValue[], to as JsonValue[]);
    case 'null':
      return [];
    default:
      return scalarText(from) === scalarText(to) ? [] : modification(path, from, to);
  }
}

function compareMaps(path: DyffPathElement[], from: JsonObject, to: JsonObject): DyffDiff[] {
  const nested: DyffDiff[] = [];
  const removed: JsonObject = {};
  const added: JsonObject = {};
  for (const [key, value] of Object.entries(from)) {
    if (Object.hasOwn(to, key)) nested.push(...compareValues([...path, { name: key }], value, to[key]!));
    else removed[key] = value;
  }
  for (const [key, value] of Object.entries(to)) {
    if (!Object.hasOwn(from, key)) added[key] = value;
  }
  const details: DyffDetail[] = [];
  if (Object.keys(removed).length > 0) details.push({ kind: 'removal', shape: 'map', value: removed });
  if (Object.keys(added).length > 0) details.push({ kind: 'addition', shape: 'map', value: added });
  return details.length > 0 ? [{ path, details }, ...nested] : nested;
}

function compareLists(path: DyffPathElement[], from: JsonValue[], to: JsonValue[]): DyffDiff[] {
  if (from.length === 0 && to.length === 0) return [];
  const identifier = standardIdentifier(from, to) ?? guessedIdentifier(from, to);
  return identifier === undefined ? simpleLists(path, from, to) : namedEntryLists(path, identifier, from, to);
}

function distinctValues(
  list: readonly JsonValue[],
  field: string,
  stringsOnly: boolean,
): Set<string> | undefined {
  const values = new Set<string>();
  for (const entry of list) {
    if (!isJsonObject(entry) || !Object.hasOwn(entry, field)) continue;
    const value = entry[field]!;
    if (stringsOnly && typeof value !== 'string') continue;
    values.add(scalarText(value));
  }
  // dyff only considers a field that at least one entry has.
  return values.size > 0 ? values : undefined;
}

function standardIdentifier(from: JsonValue[], to: JsonValue[]): string | undefined {
  return identifierCandidates.find(
    (field) =>
      distinctValues(from, field, false)?.size === from.length &&
      distinctValues(to, field, false)?.size === to.length,
  );
}

function guessedIdentifier(from: JsonValue[], to: JsonValue[]): string | undefined {
  if (!from.every(isJsonObject) || !to.every(isJsonObject)) return undefined;
  // dyff walks a Go map here (random order); sorted keys make the choice deterministic.
  const fields = [...new Set(from.flatMap((entry) => Object.keys(entry)))].sort(compareStrings);
  return fields.find((field) => {
    const a = distinctValues(from, field, true)?.size ?? 0;
    const b = distinctValues(to, field, true)?.size ?? 0;
    return a === from.length && b === to.length && a > guessThreshold;
  });
}

function nameOf(entry: JsonValue, identifier: string): string {
  return isJsonObject(entry) && Object.hasOwn(entry, identifier) ? scalarText(entry[identifier]!) : '';
}

function namedEntryLists(
  path: DyffPathElement[],
  identifier: string,
  from: JsonValue[],
  to: JsonValue[],
): DyffDiff[] {
  const toByName = new Map(to.map((entry) => [nameOf(entry, identifier), entry] as const).reverse());
  const fromNamesSet = new Set(from.map((entry) => nameOf(entry, identifier)));
  const nested: DyffDiff[] = [];
  const removals: JsonValue[] = [];
  const fromNames: string[] = [];
  for (const entry of from) {
    const name = nameOf(entry, identifier);
    const match = toByName.get(name);
    if (match === undefined) {
      removals.push(entry);
      continue;
    }
    nested.push(...compareValues([...path, { key: identifier, name }], entry, match));
    fromNames.push(name);
  }
  const additions = to.filter((entry) => !fromNamesSet.has(nameOf(entry, identifier)));
  const toNames = to.map((entry) => nameOf(entry, identifier)).filter((name) => fromNamesSet.has(name));
  const toIndex = new Map(toNames.map((name, i) => [name, i]));
  const reordered = fromNames.some((name, i) => toIndex.get(name) !== i);
  const orderChanges: DyffDetail[] = reordered ? [{ kind: 'orderchange', from: fromNames, to: toNames }] : [];
  return pack(nested, path, orderChanges, additions, removals);
}

function simpleLists(path: DyffPathElement[], from: JsonValue[], to: JsonValue[]): DyffDiff[] {
  if (from.length === 1 && to.length === 1) return compareValues([...path, { index: 0 }], from[0]!, to[0]!);
  const fromHashes = from.map(hashOf);
  const toHashes = to.map(hashOf);
  const fromCount = countBy(fromHashes);
  const toCount = countBy(toHashes);
  const removals = surplus(from, fromHashes, fromCount, toCount);
  const additions = surplus(to, toHashes, toCount, fromCount);
  const fromCommon = from.filter((_, i) => toCount.has(fromHashes[i]!));
  const toCommon = to.filter((_, i) => fromCount.has(toHashes[i]!));
  const reordered =
    fromCommon.length === toCommon.length &&
    fromCommon.some((entry, i) => hashOf(entry) !== hashOf(toCommon[i]!));
  const orderChanges: DyffDetail[] = reordered
    ? [{ kind: 'orderchange', from: fromCommon, to: toCommon }]
    : [];
  return pack([], path, orderChanges, additions, removals);
}

/** Entries of `list` missing from the other side, repeated when the other side has fewer duplicates (dyff). */
function surplus(
  list: JsonValue[],
  hashes: string[],
  own: Map<string, number>,
  other: Map<string, number>,
): JsonValue[] {
  const result: JsonValue[] = [];
  const resultHashes = new Set<string>();
  list.forEach((entry, i) => {
    const hash = hashes[i]!;
    const mine = own.get(hash) ?? 0;
    const theirs = other.get(hash);
    if (theirs === undefined) {
      result.push(entry);
      resultHashes.add(hash);
    } else if (mine > theirs && !resultHashes.has(hash)) {
      for (let n = 0; n < mine - theirs; n++) result.push(entry);
      resultHashes.add(hash);
    }
  });
  return result;
}

function countBy(hashes: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const hash of hashes) counts.set(hash, (counts.get(hash) ?? 0) + 1);
  return counts;
}

/** dyff hashes scalar *text*, so `1` and `"1"` are the same list entry; map key order does not matter. */
function hashOf(value: JsonValue): string {
  return JSON.stringify(basicForm(value));
}

function basicForm(value: JsonValue): unknown {
  if (Array.isArray(value)) return value.map(basicForm);
  if (isJsonObject(value)) {
    return Object.keys(value)
      .sort(compareStrings)
      .map((key) => [key, basicForm(value[key]!)]);
  }
  return scalarText(value);
}

function pack(
  nested: DyffDiff[],
  path: DyffPathElement[],
  orderChanges: DyffDetail[],
  additions: JsonValue[],
  removals: JsonValue[],
): DyffDiff[] {
  const details: DyffDetail[] = [...orderChanges];
  if (removals.length > 0) details.push({ kind: 'removal', shape: 'list', value: removals });
  if (additions.length > 0) details.push({ kind: 'addition', shape: 'list', value: additions });
  return details.length > 0 ? [{ path, details }, ...nested] : nested;
}
