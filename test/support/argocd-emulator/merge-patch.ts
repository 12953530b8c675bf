// RFC 7386 JSON merge patch, which Argo CD applies for `patchType: merge`.
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Applies a merge patch to a copy of `target`: objects merge, `null` deletes, anything else replaces. */
export function applyMergePatch(target: Json, patch: Json): Json {
  if (!isObject(patch)) return patch;
  const result: { [key: string]: Json } = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = applyMergePatch(result[key] ?? null, value);
  }
  return result;
}

/** RFC 6902 JSON patch (`add`, `replace`, `remove`; what Argo CD clients send), applied to a copy. */
export function applyJsonPatch(
  target: Json,
  operations: readonly { op: string; path: string; value?: Json }[],
): Json {
  const root = structuredClone(target);
  for (const operation of operations) {
    const tokens = operation.path
      .split('/')
      .slice(1)
      .map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
    const last = tokens.pop();
    let parent: Json | undefined = root;
    for (const token of tokens)
      parent = Array.isArray(parent) ? parent[Number(token)] : isObject(parent) ? parent[token] : undefined;
    if (last === undefined || typeof parent !== 'object' || parent === null)
      throw new Error(`path ${operation.path} does not exist`);
    if (Array.isArray(parent)) {
      const index = last === '-' ? parent.length : Number(last);
      if (!Number.isInteger(index) || index < 0 || index > parent.length)
        throw new Error(`bad index in ${operation.path}`);
      if (operation.op === 'add') parent.splice(index, 0, operation.value ?? null);
      else if (operation.op === 'replace' && index < parent.length) parent[index] = operation.value ?? null;
      else if (operation.op === 'remove' && index < parent.length) parent.splice(index, 1);
      else throw new Error(`cannot ${operation.op} ${operation.path}`);
    } else {
      if ((operation.op === 'replace' || operation.op === 'remove') && !(last in parent))
        throw new Error(`path ${operation.path} does not exist`);
      if (operation.op === 'remove') delete parent[last];
      else if (operation.op === 'add' || operation.op === 'replace') parent[last] = operation.value ?? null;
      else throw new Error(`unsupported op ${operation.op}`);
    }
  }
  return root;
}
