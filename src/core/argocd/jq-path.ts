import { isJsonObject } from './dyff/yaml-tag.js';
import type { JsonValue } from './types.js';

/** One step of a supported jq path expression. */
export type JqStep =
  | { type: 'key'; key: string }
  | { type: 'index'; index: number }
  | { type: 'each' }
  | { type: 'select'; path: JqStep[]; equals: JsonValue };

/**
 * Parses the subset of jq that Argo CD users write in `jqPathExpressions`: `.a.b`, `."quoted"`, `["quoted"]`,
 * `[0]`, `[]`, and pipes into `select(.path == <JSON literal>)`, e.g.
 * `.spec.template.spec.containers[] | select(.name == "istio-proxy")`. Undefined for anything else.
 */
export function parseJqPath(expression: string): JqStep[] | undefined {
  const steps: JqStep[] = [];
  for (const segment of splitPipes(expression)) {
    const select = /^select\(\s*(\..*?)\s*==\s*(.+?)\s*\)$/.exec(segment);
    if (select !== null) {
      const path = parsePath(select[1]!);
      const literal = parseLiteral(select[2]!);
      if (path === undefined || literal === undefined || path.some((s) => s.type === 'select'))
        return undefined;
      steps.push({ type: 'select', path, equals: literal.value });
      continue;
    }
    const path = parsePath(segment);
    if (path === undefined) return undefined;
    steps.push(...path);
  }
  return steps.length > 0 ? steps : undefined;
}

function splitPipes(expression: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < expression.length; i++) {
    const char = expression[i]!;
    if (char === '\\' && quoted) {
      current += char + (expression[++i] ?? '');
      continue;
    }
    if (char === '"') quoted = !quoted;
    if (char === '|' && !quoted) {
      parts.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current.trim());
  return parts;
}

const pathToken =
  /^(?:\.([A-Za-z_][A-Za-z0-9_]*)|\.?"((?:[^"\\]|\\.)*)"|\.?\[\s*"((?:[^"\\]|\\.)*)"\s*\]|\.?\[\s*(\d+)\s*\]|\.?\[\s*\])/;

function parsePath(text: string): JqStep[] | undefined {
  if (!text.startsWith('.')) return undefined;
  if (text === '.') return [];
  const steps: JqStep[] = [];
  let rest = text;
  while (rest.length > 0) {
    const match = pathToken.exec(rest);
    if (match === null) return undefined;
    const [token, ident, quoted, bracketed, index] = match;
    if (ident !== undefined) steps.push({ type: 'key', key: ident });
    else if (quoted !== undefined || bracketed !== undefined) {
      const key = parseLiteral(`"${quoted ?? bracketed}"`);
      if (key === undefined || typeof key.value !== 'string') return undefined;
      steps.push({ type: 'key', key: key.value });
    } else if (index !== undefined) steps.push({ type: 'index', index: Number(index) });
    else steps.push({ type: 'each' });
    rest = rest.slice(token.length);
  }
  return steps;
}

function parseLiteral(text: string): { value: JsonValue } | undefined {
  try {
    return { value: JSON.parse(text) as JsonValue };
  } catch {
    return undefined;
  }
}

interface Location {
  parent: JsonValue[] | { [key: string]: JsonValue } | undefined;
  key: string | number | undefined;
  value: JsonValue;
}

/** Removes, in place, every value the parsed jq path selects; returns how many were removed. */
export function deleteJqPath(root: JsonValue, steps: readonly JqStep[]): number {
  const found = evaluate([{ parent: undefined, key: undefined, value: root }], steps);
  const targets = found.filter((l) => l.parent !== undefined);
  // Remove array entries from the highest index down so earlier indexes stay valid.
  targets.sort((a, b) => (typeof b.key === 'number' && typeof a.key === 'number' ? b.key - a.key : 0));
  for (const { parent, key } of targets) {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else if (isJsonObject(parent ?? null) && typeof key === 'string')
      delete (parent as Record<string, JsonValue>)[key];
  }
  return targets.length;
}

function evaluate(locations: Location[], steps: readonly JqStep[]): Location[] {
  let current = locations;
  for (const step of steps) current = current.flatMap((location) => apply(location, step));
  return current;
}

function apply(location: Location, step: JqStep): Location[] {
  const { value } = location;
  switch (step.type) {
    case 'key':
      return isJsonObject(value) && Object.hasOwn(value, step.key)
        ? [{ parent: value, key: step.key, value: value[step.key]! }]
        : [];
    case 'index':
      return Array.isArray(value) && step.index < value.length
        ? [{ parent: value, key: step.index, value: value[step.index]! }]
        : [];
    case 'each':
      if (Array.isArray(value)) return value.map((entry, i) => ({ parent: value, key: i, value: entry }));
      if (isJsonObject(value))
        return Object.entries(value).map(([k, v]) => ({ parent: value, key: k, value: v }));
      return [];
    case 'select': {
      const probe = evaluate([{ parent: undefined, key: undefined, value }], step.path);
      return probe.some((p) => JSON.stringify(p.value) === JSON.stringify(step.equals)) ? [location] : [];
    }
  }
}
