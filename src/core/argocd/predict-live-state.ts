import { isJsonObject } from './dyff/yaml-tag.js';
import { lastAppliedAnnotation } from './normalize-for-diff.js';
import { metadataOf } from './resource-key.js';
import type { JsonObject, JsonValue, KubeObject } from './types.js';

/**
 * What the sync last applied, as a presence tree: `true` marks a managed leaf, objects and arrays mirror
 * the applied structure. Undefined when the live object carries no record of it.
 */
export type AppliedFields = JsonValue | true | undefined;

/** Field managers that are Argo CD's own (server-side apply and client-side apply). */
const argoCdManagers = /^argocd-(controller|application-controller)$/;

/**
 * What Argo CD applied to the live object: the `last-applied-configuration` annotation when present (client-side
 * apply), else the fields owned by Argo CD's field manager in `metadata.managedFields` (server-side apply).
 * Read from the raw live object, before normalization drops both.
 */
export function appliedFieldsOf(live: KubeObject): AppliedFields {
  const metadata = metadataOf(live);
  const annotations = metadata['annotations'];
  const lastApplied = isJsonObject(annotations) ? annotations[lastAppliedAnnotation] : undefined;
  if (typeof lastApplied === 'string') {
    try {
      return JSON.parse(lastApplied) as JsonValue;
    } catch {
      // A corrupt annotation is treated as absent.
    }
  }
  const managed = metadata['managedFields'];
  if (!Array.isArray(managed)) return undefined;
  const trees = managed.flatMap((entry) =>
    isJsonObject(entry) &&
    typeof entry['manager'] === 'string' &&
    argoCdManagers.test(entry['manager']) &&
    isJsonObject(entry['fieldsV1'])
      ? [fieldsToTree(entry['fieldsV1'])]
      : [],
  );
  return trees.length === 0 ? undefined : trees.reduce((a, b) => mergeTrees(a, b));
}

/** Converts a structured-merge-diff field set (`f:`, `k:`, `v:`, `i:` keys) into a presence tree. */
function fieldsToTree(fields: JsonObject): AppliedFields {
  const map: { [key: string]: JsonValue } = {};
  const list: JsonValue[] = [];
  for (const [key, child] of Object.entries(fields)) {
    const sub = isJsonObject(child) && Object.keys(child).some((k) => k !== '.') ? fieldsToTree(child) : true;
    if (key.startsWith('f:')) map[key.slice(2)] = sub as JsonValue;
    else if (key.startsWith('k:')) {
      const identity = parseJson(key.slice(2));
      list.push(isJsonObject(identity) && isJsonObject(sub) ? { ...sub, ...identity } : (identity ?? true));
    } else if (key.startsWith('v:')) list.push(parseJson(key.slice(2)) ?? true);
  }
  return list.length > 0 ? list : map;
}

function parseJson(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}

function mergeTrees(a: AppliedFields, b: AppliedFields): AppliedFields {
  if (isJsonObject(a) && isJsonObject(b)) {
    const merged: JsonObject = { ...a };
    for (const [key, value] of Object.entries(b)) {
      merged[key] = Object.hasOwn(merged, key) ? (mergeTrees(merged[key], value) as JsonValue) : value;
    }
    return merged;
  }
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  return a ?? b;
}

/**
 * Approximates Argo CD's predicted live state (the live object after applying the target): target values win,
 * fields only the cluster sets (defaults, other controllers) are kept, fields Argo CD applied before but the
 * target no longer has are dropped. Lists of maps with unique `name`s merge entry by entry; other lists of the
 * same length merge by position; anything else takes the target's value.
 */
export function predictLiveState(live: KubeObject, target: KubeObject, applied: AppliedFields): KubeObject {
  return merge(live, target, applied) as KubeObject;
}

function merge(live: JsonValue, target: JsonValue, applied: AppliedFields): JsonValue {
  if (isJsonObject(live) && isJsonObject(target)) return mergeMaps(live, target, applied);
  if (Array.isArray(live) && Array.isArray(target)) return mergeLists(live, target, applied);
  return target;
}

function mergeMaps(live: JsonObject, target: JsonObject, applied: AppliedFields): JsonObject {
  const appliedMap = isJsonObject(applied) ? applied : undefined;
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(target)) {
    result[key] = Object.hasOwn(live, key) ? merge(live[key]!, value, appliedMap?.[key]) : value;
  }
  for (const [key, value] of Object.entries(live)) {
    if (Object.hasOwn(target, key)) continue;
    // Applied before and gone from the target: the sync removes it. Atomic (`true`) parents own every key.
    const removedBySync = applied === true || (appliedMap !== undefined && Object.hasOwn(appliedMap, key));
    if (!removedBySync) result[key] = value;
  }
  return result;
}

function uniqueNames(list: readonly JsonValue[]): Map<string, JsonObject> | undefined {
  const names = new Map<string, JsonObject>();
  for (const entry of list) {
    if (!isJsonObject(entry) || typeof entry['name'] !== 'string' || names.has(entry['name']))
      return undefined;
    names.set(entry['name'], entry);
  }
  return names;
}

function mergeLists(live: JsonValue[], target: JsonValue[], applied: AppliedFields): JsonValue[] {
  const liveNames = uniqueNames(live);
  const targetNames = uniqueNames(target);
  if (liveNames !== undefined && targetNames !== undefined && live.length > 0 && target.length > 0) {
    const appliedEntries = Array.isArray(applied) ? applied : undefined;
    const appliedByName = new Map(
      (appliedEntries ?? []).flatMap((e) =>
        isJsonObject(e) && typeof e['name'] === 'string' ? [[e['name'], e] as const] : [],
      ),
    );
    const merged = target.map((entry) => {
      const name = (entry as JsonObject)['name'] as string;
      const match = liveNames.get(name);
      return match === undefined ? entry : merge(match, entry, appliedByName.get(name));
    });
    // Entries another controller added (never applied by Argo CD) survive a strategic merge.
    const foreign = live.filter((entry) => {
      const name = (entry as JsonObject)['name'] as string;
      return !targetNames.has(name) && appliedEntries !== undefined && !appliedByName.has(name);
    });
    return [...merged, ...foreign];
  }
  if (live.length === target.length) {
    const appliedEntries = Array.isArray(applied) ? applied : [];
    return target.map((entry, i) => merge(live[i]!, entry, appliedEntries[i]));
  }
  return target;
}
