// Argo CD never sends Secret values: `HideSecretData` (util/argo/diff) replaces each value with a run of `+`,
// the same run for the same value across the objects masked together, a longer run for each new value.
type Obj = Record<string, unknown>;

const isObject = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True for a core-group Secret. */
export function isSecret(object: unknown): boolean {
  return isObject(object) && object['kind'] === 'Secret' && object['apiVersion'] === 'v1';
}

const lastApplied = 'kubectl.kubernetes.io/last-applied-configuration';

function annotationsOf(object: Obj): Obj | undefined {
  const metadata = object['metadata'];
  const annotations = isObject(metadata) ? metadata['annotations'] : undefined;
  return isObject(annotations) ? annotations : undefined;
}

/**
 * Masks the `data`/`stringData` values of Secrets masked together (target and live), in copies, including the
 * values inside a `last-applied-configuration` annotation (which Argo CD masks with the same runs).
 */
export function maskSecrets<T extends unknown[]>(...objects: T): T {
  const copies = objects.map((o) => (isSecret(o) ? structuredClone(o) : o)) as T;
  const secrets = copies.filter(isSecret) as Obj[];
  const applied = secrets.flatMap((secret) => {
    const text = annotationsOf(secret)?.[lastApplied];
    if (typeof text !== 'string') return [];
    try {
      const parsed = JSON.parse(text) as unknown;
      return isObject(parsed) ? [{ secret, parsed }] : [];
    } catch {
      return [];
    }
  });
  const group = [...secrets, ...applied.map((a) => a.parsed)];
  const values = (o: Obj): Obj[] => ['data', 'stringData'].map((k) => o[k]).filter(isObject);
  const keys = new Set(group.flatMap((o) => values(o).flatMap((v) => Object.keys(v))));
  for (const key of keys) {
    let next = '++++++++';
    const replacements = new Map<string, string>();
    for (const object of group) {
      for (const map of values(object)) {
        if (!(key in map)) continue;
        const value = JSON.stringify(map[key]);
        if (!replacements.has(value)) {
          replacements.set(value, next);
          next += '++++';
        }
        map[key] = replacements.get(value)!;
      }
    }
  }
  for (const { secret, parsed } of applied) annotationsOf(secret)![lastApplied] = JSON.stringify(parsed);
  return copies;
}
