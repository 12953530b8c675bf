import { isDeepStrictEqual } from 'node:util';
import {
  isAlias,
  isMap,
  parseDocument,
  visit,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { BumpEditError } from './bump-edit-error.js';
import type { YamlLocation } from './locate-yaml-path.js';
import { parseYamlDocuments, YAML_PARSE_OPTIONS } from './parse-yaml-documents.js';
import { columnOf, versionOf, type PlannedYamlChange, type TextSplice } from './plan-yaml-change.js';

/** The documents of the original text with the places changed in each, in planning order. */
export interface EditedDocument {
  doc: Document;
  changes: { location: YamlLocation; planned: PlannedYamlChange }[];
}

const INVALID = 'the edit would make the file invalid YAML, so it was not applied';
const DIFFERENT =
  'the edited file does not read back as intended (an unusual construct near the edited value?), so it was not applied';

/**
 * Checks that `edited` is valid YAML and means exactly the original plus the planned changes, which are made
 * here through the Document API on the original documents (so aliases follow their anchors, as in the text).
 * When the file is one block map without anchors, only the top-level entries the splices touched are parsed
 * again (a line starting at column 0 always ends the entry before it); otherwise the whole file is.
 */
export function verifyYamlEdit(input: {
  original: string;
  edited: string;
  splices: readonly TextSplice[];
  documents: readonly EditedDocument[];
}): void {
  for (const { doc, changes } of input.documents) {
    for (const { location, planned } of changes) applyIntent(doc, location, planned);
  }
  const single = input.documents.length === 1 ? input.documents[0]?.doc : undefined;
  const regions = single === undefined ? undefined : topLevelRegions(input.original, single);
  if (single !== undefined && regions !== undefined && !hasAnchors(input.original, single)) {
    if (verifyRegions({ ...input, doc: single, starts: regions })) return;
  }
  const after = parseYamlDocuments(input.edited, INVALID);
  if (after.length !== input.documents.length) {
    throw new BumpEditError(
      'the edit would change the number of YAML documents in the file, so it was not applied',
    );
  }
  input.documents.forEach(({ doc }, index) => {
    if (!isDeepStrictEqual(after[index]!.toJS(), doc.toJS())) throw new BumpEditError(DIFFERENT);
  });
}

/** Makes the planned change on the document itself with the Document API. */
function applyIntent(doc: Document, location: YamlLocation, planned: PlannedYamlChange): void {
  const { intent } = planned;
  if (intent.kind === 'set') {
    if (location.kind === 'node' && location.node !== null && 'value' in location.node) {
      (location.node as { value: unknown }).value = intent.value;
    }
    return;
  }
  if (location.kind !== 'missing') return;
  const [first = '', ...rest] = intent.keys;
  const nested = rest.reduceRight<unknown>((inner, key) => ({ [key]: inner }), intent.value);
  const { base } = location;
  if (isMap(base.node)) {
    base.node.set(doc.createNode(first), doc.createNode(nested));
    return;
  }
  const node = doc.createNode({ [first]: nested });
  if (base.holder.kind === 'root') doc.contents = node;
  else if (base.holder.kind === 'pair') base.holder.pair.value = node;
  else base.holder.seq.items[base.holder.index] = node;
}

/** Start offsets of the top-level entries of a block map whose keys all sit at column 0; else undefined. */
function topLevelRegions(text: string, doc: Document): number[] | undefined {
  const root = doc.contents;
  if (!isMap(root) || root.flow || root.items.length === 0) return undefined;
  const starts: number[] = [];
  for (const pair of root.items) {
    const start = (pair.key as Node | null)?.range?.[0];
    if (start === undefined || columnOf(text, start) !== 0) return undefined;
    starts.push(start);
  }
  return starts;
}

function hasAnchors(text: string, doc: Document): boolean {
  if (!text.includes('&') && !text.includes('*')) return false;
  let found = false;
  visit(doc, (_key, node) => {
    if (isAlias(node) || (node as { anchor?: string }).anchor !== undefined) {
      found = true;
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

/** Parses the edited text of each touched top-level entry alone; false when the splices do not fit the plan. */
function verifyRegions(input: {
  original: string;
  edited: string;
  splices: readonly TextSplice[];
  doc: Document;
  starts: number[];
}): boolean {
  const { original, starts, splices, doc } = input;
  if (splices.some((splice) => splice.start < starts[0]!)) return false;
  const regionOf = (offset: number) => starts.findLastIndex((start) => start <= offset);
  const touched = new Set(splices.map((splice) => regionOf(splice.start)));
  const endOf = (region: number) => starts[region + 1] ?? original.length;
  if (splices.some((splice) => splice.end > endOf(regionOf(splice.start)))) return false;
  const shift = (offset: number, inclusive: boolean) =>
    offset +
    splices
      .filter((splice) => (inclusive ? splice.start <= offset : splice.start < offset))
      .reduce((sum, splice) => sum + splice.text.length - (splice.end - splice.start), 0);
  const root = doc.contents as unknown as { items: Pair[] };
  for (const region of touched) {
    const last = region === starts.length - 1;
    const text = input.edited.slice(shift(starts[region]!, false), shift(endOf(region), last));
    const parsed = parseDocument(text, { ...YAML_PARSE_OPTIONS, version: versionOf(doc) });
    const error = parsed.errors[0];
    if (error !== undefined) throw new BumpEditError(`${INVALID}: ${error.message}`);
    const pairs = last ? root.items.slice(region) : [root.items[region]!];
    const expected = doc.createNode({}) as YAMLMap<unknown, unknown>;
    expected.items = pairs;
    if (!isDeepStrictEqual(parsed.toJS(), expected.toJS(doc))) throw new BumpEditError(DIFFERENT);
  }
  return true;
}
