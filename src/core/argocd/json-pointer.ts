import type { JsonValue } from './types.js';
import { isJsonObject } from './dyff/yaml-tag.js';

/** Splits an RFC 6901 JSON pointer (`/metadata/annotations/a~1b`) into unescaped tokens; undefined when invalid. */
export function parseJsonPointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** Removes the value a JSON pointer addresses, in place; true when something was removed. */
export function deleteAtJsonPointer(root: JsonValue, tokens: readonly string[]): boolean {
  if (tokens.length === 0) return false;
  let parent: JsonValue | undefined = root;
  for (const token of tokens.slice(0, -1)) parent = childOf(parent, token);
  const last = tokens[tokens.length - 1]!;
  if (Array.isArray(parent)) {
    const index = arrayIndex(last, parent.length);
    if (index === undefined) return false;
    parent.splice(index, 1);
    return true;
  }
  if (isJsonObject(parent) && Object.hasOwn(parent, last)) {
    delete parent[last];
    return true;
  }
  return false;
}

function childOf(value: JsonValue | undefined, token: string): JsonValue | undefined {
  if (Array.isArray(value)) {
    const index = arrayIndex(token, value.length);
    return index === undefined ? undefined : value[index];
  }
  return isJsonObject(value) && Object.hasOwn(value, token) ? value[token] : undefined;
}

function arrayIndex(token: string, length: number): number | undefined {
  if (!/^(0|[1-9]\d*)$/.test(token)) return undefined;
  const index = Number(token);
  return index < length ? index : undefined;
}
