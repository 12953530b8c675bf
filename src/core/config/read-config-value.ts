/** The value as a mapping, or an empty one. */
const object = (value: unknown): Readonly<Record<string, unknown>> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** The value as a list, or an empty one. */
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** The value at `path` below `root`, or undefined when any step is missing. */
const at = (root: unknown, path: readonly string[]): unknown => {
  let node = root;
  for (const key of path) node = object(node)[key];
  return node;
};

/**
 * Defensive readers over the plain YAML value. The schema has already reported wrong types; these
 * readers only make sure the normalizing code never crashes on them, so that every problem of a file
 * (schema, regex, path) is reported in one go.
 */
export const readConfigValue = {
  object,
  list,
  at,
  /** The value when it is a boolean, else `false` (the default of every flag). */
  flag: (value: unknown): boolean => value === true,
  /** The value when it is a string, else undefined. */
  string: (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined),
  /** The string items of a list (non-strings were reported by the schema). */
  strings: (value: unknown): string[] =>
    list(value).filter((item): item is string => typeof item === 'string'),
  /** True when the last key of `path` is written in its mapping (even with an empty value). */
  has: (root: unknown, path: readonly string[]): boolean => {
    const key = path[path.length - 1];
    return key !== undefined && Object.hasOwn(object(at(root, path.slice(0, -1))), key);
  },
};
