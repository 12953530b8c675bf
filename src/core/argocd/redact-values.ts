import { isJsonObject } from './dyff/yaml-tag.js';
import type { DyffPathElement } from './dyff/dyff-types.js';
import { dotPath } from './dyff/render-diff-syntax.js';
import type { JsonObject, JsonValue, KubeObject } from './types.js';
import { compareStrings } from '../promotion/compare-strings.js';

/** Shown instead of a value that is not displayed. */
export const redactedValue = '<redacted>';
/** Shown instead of a value that is not displayed and differs from the live one. */
export const redactedChangedValue = '<redacted: changed>';

/** A live/target pair of one object, either side possibly absent. */
export interface ObjectPair {
  live: KubeObject | undefined;
  target: KubeObject | undefined;
}

/** Argo CD masks Secret values as runs of `+` in both its manifests and its live state. */
function isArgoCdMask(value: string | undefined): boolean {
  return value !== undefined && /^\++$/.test(value);
}

function decodeBase64(value: JsonValue | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (isArgoCdMask(value)) return value;
  return Buffer.from(value, 'base64').toString('utf8');
}

/** The effective values of a Secret: `data` decoded, overridden by `stringData` (as the API server merges them). */
function secretValues(secret: KubeObject | undefined): Map<string, string | undefined> {
  const values = new Map<string, string | undefined>();
  if (secret === undefined) return values;
  const data = secret['data'];
  const stringData = secret['stringData'];
  if (isJsonObject(data)) for (const [k, v] of Object.entries(data)) values.set(k, decodeBase64(v));
  if (isJsonObject(stringData))
    for (const [k, v] of Object.entries(stringData)) values.set(k, typeof v === 'string' ? v : undefined);
  return values;
}

/**
 * Replaces a Secret's `data` and `stringData` with `data` whose values are markers, never values (not even
 * base64): keys present on both sides show `<redacted>`, or `<redacted: changed>` on the target side when
 * the values differ. When Argo CD has masked a value (`++++++++`) a change cannot be seen and is not claimed.
 */
export function redactSecretPair(pair: ObjectPair): ObjectPair {
  const live = secretValues(pair.live);
  const target = secretValues(pair.target);
  const mask = (
    object: KubeObject | undefined,
    own: Map<string, string | undefined>,
    other?: Map<string, string | undefined>,
  ) => {
    if (object === undefined) return undefined;
    const { data: _data, stringData: _stringData, ...rest } = object;
    if (own.size === 0) return rest;
    const data: JsonObject = {};
    for (const [key, value] of [...own.entries()].sort(([a], [b]) => compareStrings(a, b))) {
      const theirs = other?.get(key);
      const changed =
        other !== undefined &&
        other.has(key) &&
        value !== theirs &&
        !isArgoCdMask(value) &&
        !isArgoCdMask(theirs);
      data[key] = changed ? redactedChangedValue : redactedValue;
    }
    return { ...rest, data };
  };
  return { live: mask(pair.live, live), target: mask(pair.target, target, live) };
}

/** The list identifier dyff would use for these lists (`name`, `key` or `id`, unique on both sides). */
function listIdentifier(a: readonly JsonValue[], b: readonly JsonValue[]): string | undefined {
  return ['name', 'key', 'id'].find((field) =>
    [a, b].every((list) => {
      const names = list.map((e) => (isJsonObject(e) && typeof e[field] === 'string' ? e[field] : undefined));
      return list.length > 0 && names.every((n) => n !== undefined) && new Set(names).size === list.length;
    }),
  );
}

/**
 * Replaces, on both sides, every value whose dyff path (`spec.template.spec.containers.app.env.TOKEN.value`)
 * the predicate selects with `<redacted>` (`<redacted: changed>` on the target side when it differs).
 */
export function redactMatchingPaths(pair: ObjectPair, matches: (path: string) => boolean): ObjectPair {
  const [live, target] = walk([], pair.live, pair.target, matches);
  return { live: live as KubeObject | undefined, target: target as KubeObject | undefined };
}

function walk(
  path: DyffPathElement[],
  live: JsonValue | undefined,
  target: JsonValue | undefined,
  matches: (path: string) => boolean,
): [JsonValue | undefined, JsonValue | undefined] {
  if (path.length > 0 && matches(dotPath(path))) {
    const changed = JSON.stringify(live) !== JSON.stringify(target);
    return [
      live === undefined ? undefined : redactedValue,
      target === undefined ? undefined : changed && live !== undefined ? redactedChangedValue : redactedValue,
    ];
  }
  if ((isJsonObject(live) || live === undefined) && (isJsonObject(target) || target === undefined)) {
    if (live === undefined && target === undefined) return [undefined, undefined];
    const keys = new Set([...Object.keys(live ?? {}), ...Object.keys(target ?? {})]);
    const l: JsonObject = {};
    const t: JsonObject = {};
    for (const key of keys) {
      const [a, b] = walk([...path, { name: key }], live?.[key], target?.[key], matches);
      if (a !== undefined) l[key] = a;
      if (b !== undefined) t[key] = b;
    }
    return [live === undefined ? undefined : l, target === undefined ? undefined : t];
  }
  if ((Array.isArray(live) || live === undefined) && (Array.isArray(target) || target === undefined)) {
    const id = listIdentifier(live ?? target ?? [], target ?? live ?? []);
    const walkList = (list: JsonValue[] | undefined, other: JsonValue[] | undefined, side: 0 | 1) =>
      list?.map((entry, i) => {
        const name = id === undefined ? undefined : ((entry as JsonObject)[id] as string);
        const counterpart =
          id === undefined ? other?.[i] : other?.find((e) => isJsonObject(e) && e[id] === name);
        const element: DyffPathElement = id === undefined ? { index: i } : { key: id, name: name! };
        const pairResult =
          side === 0
            ? walk([...path, element], entry, counterpart, matches)
            : walk([...path, element], counterpart, entry, matches);
        return pairResult[side] as JsonValue;
      });
    return [walkList(live, target, 0), walkList(target, live, 1)];
  }
  return [live, target];
}
