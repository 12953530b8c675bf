import type { JsonObject, JsonValue } from '../types.js';

/** The YAML tag a JSON value gets when Go's yaml.v3 reads JSON, without the `!!`. */
export type YamlTag = 'map' | 'seq' | 'str' | 'int' | 'float' | 'bool' | 'null';

/** The YAML tag of a JSON value (`1` is an int, `1.5` a float). */
export function yamlTag(value: JsonValue): YamlTag {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'seq';
  switch (typeof value) {
    case 'object':
      return 'map';
    case 'string':
      return 'str';
    case 'boolean':
      return 'bool';
    default:
      return Number.isInteger(value) ? 'int' : 'float';
  }
}

/** True for a JSON object (not an array, not null). */
export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text of a scalar as a YAML node holds it (`Node.Value`); containers have none. */
export function scalarText(value: JsonValue): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return '';
  return String(value);
}
