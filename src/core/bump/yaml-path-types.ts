/** A literal in a `select(...)` condition. */
export type YamlLiteral = string | number | boolean | null;

/** A read-only path inside a condition: keys and indexes only (`.name`, `.image.tag`, `.[0]`, `.`). */
export type YamlReadStep = { kind: 'key'; key: string } | { kind: 'index'; index: number };

/** A `select(...)` condition: comparisons joined with `and` / `or`. */
export type YamlCondition =
  | { kind: 'compare'; path: YamlReadStep[]; operator: '==' | '!='; value: YamlLiteral }
  | { kind: 'and' | 'or'; left: YamlCondition; right: YamlCondition };

/** One step of a YAML path: a map key, a list index, every item (`[]`), or a filter (`select(...)`). */
export type YamlPathStep = YamlReadStep | { kind: 'each' } | { kind: 'select'; condition: YamlCondition };

/** A parsed YAML path: the subset of yq expressions the bump understands. */
export interface YamlPath {
  /** The expression as the user wrote it. */
  source: string;
  steps: YamlPathStep[];
}
