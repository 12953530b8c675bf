import { BumpEditError } from './bump-edit-error.js';
import { locateYamlPath, type YamlLocation } from './locate-yaml-path.js';
import { parseYamlDocuments } from './parse-yaml-documents.js';
import { parseYamlPath } from './parse-yaml-path.js';
import { planYamlChange, type TextSplice } from './plan-yaml-change.js';
import { verifyYamlEdit, type EditedDocument } from './verify-yaml-edit.js';

/**
 * Sets every node a YAML path selects to `value`, creating missing map keys, and returns the new file text.
 * Only the selected values (or the inserted keys) change; comments, quoting, key order and the formatting of
 * everything else stay byte for byte, because the nodes are found with the `yaml` Document API and then
 * replaced in the source text at their ranges. Quoting: a replaced scalar keeps its style (`"16.1"` ->
 * `"16.2"`, `'a'` -> `'b'`, plain stays plain unless plain text would change the type, then it is
 * double-quoted); a string stays a string; a number or boolean is replaced by the plain text, which keeps
 * the number type when the new value is a number (`replicas: 3` -> `replicas: 4`); new keys and empty values
 * get a double-quoted string, as the Go bot writes them. The result is parsed again and compared with the
 * same change made through the Document API; any difference throws instead of returning broken YAML.
 * In a file of several documents every document that has the path is edited and no key is created.
 */
export function editYaml(text: string, edit: { path: string; value: string }): string {
  const path = parseYamlPath(edit.path);
  const docs = parseYamlDocuments(text, 'the file is not valid YAML, so it cannot be edited by path');
  const documents: EditedDocument[] = docs.map((doc) => {
    let locations = uniqueLocations(locateYamlPath(doc, path.steps));
    if (docs.length > 1) locations = locations.filter((location) => location.kind === 'node');
    return {
      doc,
      changes: locations.map((location) => ({
        location,
        planned: planYamlChange(text, doc, location, edit.value),
      })),
    };
  });
  const splices = documents.flatMap(({ changes }) => changes.map(({ planned }) => planned.splice));
  if (splices.length === 0) {
    throw new BumpEditError(
      `the YAML path ${edit.path} matched no node${docs.length > 1 ? ' in any document of the file' : ''}` +
        ' (a select() that matches nothing selects nothing): check the path against the file',
    );
  }
  const edited = applySplices(text, splices);
  verifyYamlEdit({ original: text, edited, splices, documents });
  return edited;
}

function uniqueLocations(locations: YamlLocation[]): YamlLocation[] {
  const seen = new Set<string>();
  return locations.filter((location) => {
    const key = `${location.kind}${location.trail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function applySplices(text: string, splices: readonly TextSplice[]): string {
  const ordered = [...splices].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const splice of ordered) {
    if (splice.end > limit)
      throw new BumpEditError('the YAML path selects overlapping nodes; select each value once');
    out = out.slice(0, splice.start) + splice.text + out.slice(splice.end);
    limit = splice.start;
  }
  return out;
}
