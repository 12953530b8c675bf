import { isScalar } from 'yaml';
import { locateYamlPath } from '../bump/locate-yaml-path.js';
import { parseYamlDocuments } from '../bump/parse-yaml-documents.js';
import type { YamlPath } from '../bump/yaml-path-types.js';

/** Longest version shown; longer values are cut with an ellipsis so one odd value cannot blow up the table. */
const MAX_VERSION_CHARS = 40;

/**
 * The version a YAML file holds at `path` (the bump path language): the first scalar the path selects in any
 * document, as text. Undefined when the file does not parse, the path selects nothing or no scalar; a
 * dashboard never fails on one odd file.
 */
export function readVersion(text: string, path: YamlPath): string | undefined {
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
      const shown = String(value).replace(/\s+/g, ' ').trim();
      if (shown === '') continue;
      return shown.length > MAX_VERSION_CHARS ? `${shown.slice(0, MAX_VERSION_CHARS - 1)}…` : shown;
    }
  }
  return undefined;
}
