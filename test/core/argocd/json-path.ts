// Test helpers: read and write JSON values by dotted path (`spec.template.spec.containers.0.image`).
import type { JsonValue } from '../../../src/core/argocd/types.js';

type Container = { [key: string]: JsonValue } | JsonValue[];

/** The value at a dotted path, or undefined. */
export function getPath(value: JsonValue | undefined, path: string): JsonValue | undefined {
  let current: JsonValue | undefined = value;
  for (const step of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, JsonValue>)[step];
  }
  return current;
}

/** Sets the value at a dotted path whose parent exists. */
export function setPath(value: JsonValue, path: string, next: JsonValue): void {
  const steps = path.split('.');
  const last = steps.pop()!;
  const parent = getPath(value, steps.join('.')) as Container;
  (parent as Record<string, JsonValue>)[last] = next;
}
