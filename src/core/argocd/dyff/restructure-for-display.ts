import type { JsonObject, JsonValue } from '../types.js';
import { isJsonObject } from './yaml-tag.js';

// gonvenience/ytbx restructure.go: key orders humans expect; the best-matching order is applied to a map.
const knownKeyOrders: readonly (readonly string[])[] = [
  ['name', 'director_uuid', 'releases', 'instance_groups', 'networks', 'resource_pools', 'compilation'],
  ['name', 'url', 'version', 'sha1'],
  ['jobs', 'resources', 'resource_types'],
  ['name', 'type', 'source'],
  ['get'],
  ['put'],
  ['task'],
  ['releases', 'instance_groups', 'configuration', 'variables'],
  ['auth', 'templates'],
  ['name'],
  ['key'],
  ['id'],
];

const listIdentifiers = ['name', 'key', 'id'];

/**
 * Reorders map keys for display like ytbx's `RestructureObject` (which dyff applies to added and removed
 * entries): keys of the best-matching known order first (so `name` leads), then the other keys with the
 * shallowest values first. Maps matching no known order keep their order. Returns a copy.
 */
export function restructureForDisplay(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(restructureForDisplay);
  if (!isJsonObject(value)) return value;
  const keys = Object.keys(value);
  const order = bestOrder(keys);
  const ordered =
    order === undefined
      ? keys
      : [
          ...order.filter((key) => keys.includes(key)),
          ...keys
            .filter((key) => !order.includes(key))
            .map((key, i) => ({ key, i, depth: maxDepth(value[key]!) }))
            .sort((a, b) => a.depth - b.depth || a.i - b.i)
            .map(({ key }) => key),
        ];
  const result: JsonObject = {};
  for (const key of ordered) result[key] = restructureForDisplay(value[key]!);
  return result;
}

function bestOrder(keys: readonly string[]): readonly string[] | undefined {
  let best: readonly string[] | undefined;
  let hits = 0;
  for (const candidate of knownKeyOrders) {
    const count = candidate.filter((key) => keys.includes(key)).length;
    if (count > hits) {
      best = candidate;
      hits = count;
    }
  }
  return best;
}

/** Depth of the deepest leaf, counted in path sections as ytbx's tree walk does; 0 without leaves. */
function maxDepth(value: JsonValue): number {
  return Math.max(0, leafDepth(value));
}

function leafDepth(value: JsonValue): number {
  if (Array.isArray(value)) {
    const identifier = listIdentifiers.find(
      (id) => value.length > 0 && value.every((e) => isJsonObject(e) && id in e),
    );
    const depths = value.flatMap((entry) =>
      identifier === undefined
        ? [1 + leafDepth(entry)]
        : Object.entries(entry as JsonObject)
            .filter(([key]) => key !== identifier)
            .map(([, child]) => 2 + leafDepth(child)),
    );
    return Math.max(Number.NEGATIVE_INFINITY, ...depths);
  }
  if (isJsonObject(value)) {
    return Math.max(Number.NEGATIVE_INFINITY, ...Object.values(value).map((child) => 1 + leafDepth(child)));
  }
  return 0;
}
