import { isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import type { Document } from 'yaml';
import type { Hold } from './hold.js';
import { HOLDS_FILE, parseHoldsFile } from './parse-holds-file.js';

/** The header written into a new holds file. */
const HEADER = ' Held component folders: promote and the sweep skip them until the entry is removed.';

/** The holds file as an editable YAML document (comments kept), its `holds:` list, and the holds it names. */
export interface HoldsDocument {
  document: Document;
  list: YAMLSeq;
  holds: Hold[];
  /** The text back, with every comment and untouched entry as it was written. */
  render(): string;
}

/**
 * Opens the holds file for an edit: validates it first (ConfigError at file:line:col: a broken file is never
 * rewritten), creates the file's header and an empty `holds:` list when the text is empty, and turns a flow
 * list (`holds: []`) into a block list so entries are written one per line.
 */
export function openHoldsDocument(text: string, file = HOLDS_FILE): HoldsDocument {
  const holds = parseHoldsFile(text, file).config;
  const document: Document = parseDocument(text);
  if (text.trim() === '') document.commentBefore = HEADER;
  if (!isMap(document.contents)) document.contents = new YAMLMap(document.schema);
  const existing: unknown = document.get('holds', true);
  const list = isSeq(existing) ? existing : new YAMLSeq(document.schema);
  if (!isSeq(existing)) document.set('holds', list);
  list.flow = false;
  const render = (): string => {
    // An emptied list is written `holds: []` rather than a lone `[]` on the next line.
    list.flow = list.items.length === 0;
    return document.toString({ lineWidth: 0 });
  };
  return { document, list, holds, render };
}

/** The folder an item of the `holds:` list names, as written (undefined for a malformed item). */
export function itemFolder(item: unknown): string | undefined {
  if (!isMap(item)) return undefined;
  const value: unknown = item.get('folder', true);
  return isScalar(value) && typeof value.value === 'string' ? value.value : undefined;
}
