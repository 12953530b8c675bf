import { compareStrings } from '../promotion/compare-strings.js';
import type { JsonObject, KubeObject, ResourceKey } from './types.js';

/** The API group of an `apiVersion` (`apps/v1` -> `apps`, `v1` -> the core group `''`). */
export function groupOfApiVersion(apiVersion: unknown): string {
  if (typeof apiVersion !== 'string') return '';
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** The metadata object of a Kubernetes object, or an empty object. */
export function metadataOf(object: KubeObject): JsonObject {
  const metadata = object['metadata'];
  return typeof metadata === 'object' && metadata !== null && !Array.isArray(metadata) ? metadata : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The key of a Kubernetes object: group from `apiVersion`, `kind`, `metadata.namespace`, `metadata.name`. */
export function resourceKeyOf(object: KubeObject): ResourceKey {
  const metadata = metadataOf(object);
  return {
    group: groupOfApiVersion(object['apiVersion']),
    kind: text(object['kind']),
    namespace: text(metadata['namespace']),
    name: text(metadata['name']),
  };
}

/** A map key for a resource key. */
export function resourceKeyId(key: ResourceKey): string {
  return JSON.stringify([key.group, key.kind, key.namespace, key.name]);
}

/** Orders keys by namespace, kind, name, then group (the order diff elements are shown in). */
export function compareResourceKeys(a: ResourceKey, b: ResourceKey): number {
  return (
    compareStrings(a.namespace, b.namespace) ||
    compareStrings(a.kind, b.kind) ||
    compareStrings(a.name, b.name) ||
    compareStrings(a.group, b.group)
  );
}
