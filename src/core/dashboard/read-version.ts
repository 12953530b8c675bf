import { isScalar } from 'yaml';
import { locateYamlPath } from '../bump/locate-yaml-path.js';
import { parseYamlDocuments } from '../bump/parse-yaml-documents.js';
import type { YamlPath } from '../bump/yaml-path-types.js';
import { readSimpleYamlValue } from './read-simple-yaml-value.js';

/** Longest version shown; longer values are cut with an ellipsis so one odd value cannot blow up the table. */
const MAX_VERSION_CHARS = 40;

/**
 * The version a YAML file holds at `path` (the bump path language): the first scalar the path selects in any
 * document, as text. Undefined when the file does not parse, the path selects nothing or no scalar; a
 * dashboard never fails on one odd file.
 */
export function readVersion(text: string, path: YamlPath): string | undefined {
  // Most version files are plain block mappings read by a key-only path: read those without the parser
  // (the whole dashboard's cost was the parser's, once per version file).
  const keys = keyOnly(path);
  const simple = keys === undefined ? undefined : readSimpleYamlValue(text, keys);
  if (simple !== undefined) return simple.value === undefined ? undefined : shown(simple.value);
  let docs;
  try {
    docs = parseYamlDocuments(text, 'version file');
  } catch {
    return undefined;
  }
  for (const doc of docs) {
    let locations;
    try {
      locations = locateYamlPath(doc, path.steps);
    } catch {
      continue;
    }
    for (const location of locations) {
      if (location.kind !== 'node' || !isScalar(location.node)) continue;
      const value: unknown = location.node.value;
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
      const text = shown(String(value));
      if (text !== undefined) return text;
    }
  }
  return undefined;
}

/** The path's keys when it names keys only (`.image.tag`), else undefined. */
function keyOnly(path: YamlPath): string[] | undefined {
  const keys: string[] = [];
  for (const step of path.steps) {
    if (step.kind !== 'key') return undefined;
    keys.push(step.key);
  }
  return keys;
}

/** The value as a cell shows it: one line, at most MAX_VERSION_CHARS; undefined when blank. */
function shown(value: string): string | undefined {
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  return text.length > MAX_VERSION_CHARS ? `${text.slice(0, MAX_VERSION_CHARS - 1)}…` : text;
}
