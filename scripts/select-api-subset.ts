// The loop both extract-*-subset scripts share: the operations the emulator serves, picked from an API description,
// and every `$ref` they reach, followed transitively.

/** A JSON value of an API description. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** A JSON object of an API description. */
export type JsonObject = { [key: string]: Json };

/** One served operation: HTTP method and path template as the description spells it. */
export interface ServedOperation {
  method: string;
  path: string;
}

/** The picked paths (in the order of `operations`) and every referenced node by its `$ref`. */
export interface ApiSubset {
  paths: JsonObject;
  refs: Map<string, Json>;
}

/**
 * Picks `operations` from `document.paths` (with their path-level `parameters`) and resolves every `$ref` they
 * reach, transitively, as JSON pointers into `document`; throws on an operation or a reference it cannot find.
 */
export function selectApiSubset(document: JsonObject, operations: readonly ServedOperation[]): ApiSubset {
  const sourcePaths = document['paths'] as JsonObject;
  const paths: JsonObject = {};
  for (const { method, path } of operations) {
    const item = sourcePaths[path];
    const operation = isObject(item) ? item[method.toLowerCase()] : undefined;
    if (!isObject(item) || !isObject(operation))
      throw new Error(`${method} ${path} is not in the upstream description`);
    const target = (paths[path] ??= {}) as JsonObject;
    if (item['parameters'] !== undefined) target['parameters'] = item['parameters'];
    target[method.toLowerCase()] = operation;
  }
  const refs = new Map<string, Json>();
  const pending = new Set<string>();
  collectRefs(paths, pending);
  while (pending.size > 0) {
    const [ref] = pending as Set<string> & Iterable<string>;
    pending.delete(ref!);
    if (refs.has(ref!)) continue;
    const value = resolvePointer(document, ref!);
    refs.set(ref!, value);
    const nested = new Set<string>();
    collectRefs(value, nested);
    for (const next of nested) if (!refs.has(next)) pending.add(next);
  }
  return { paths, refs };
}

/** Whether a JSON value is an object (not an array, not null). */
export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collectRefs(value: Json, found: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, found);
  } else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') found.add(child);
      else collectRefs(child, found);
    }
  }
}

function resolvePointer(document: JsonObject, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`unsupported reference ${ref}`);
  let node: Json = document;
  for (const part of ref.slice(2).split('/')) {
    if (!isObject(node)) throw new Error(`cannot resolve ${ref}`);
    node = node[part.replace(/~1/g, '/').replace(/~0/g, '~')] ?? null;
  }
  if (node === null) throw new Error(`cannot resolve ${ref}`);
  return node;
}
