import { Scalar } from 'yaml';
import type { Hold } from './hold.js';
import { normalizeHoldFolder } from './normalize-hold-folder.js';
import { openHoldsDocument } from './open-holds-document.js';
import { parseHoldsFile } from './parse-holds-file.js';

/** The longest reason written into the holds file. */
const MAX_REASON = 200;

/**
 * The holds file's text with `hold` appended, every comment and other entry kept; the same text when the folder
 * is already held (the first hold stands). Reason and login are made one line; the folder must be a safe
 * repository path (throws an Error naming it otherwise); a broken file throws ConfigError and is not rewritten.
 */
export function addHold(text: string, hold: Hold): string {
  const normalized = normalizeHoldFolder(hold.folder);
  if (!normalized.ok)
    throw new Error(`cannot hold ${JSON.stringify(hold.folder)}: the folder ${normalized.reason}`);
  const editable = openHoldsDocument(text);
  if (editable.holds.some((known) => known.folder === normalized.folder)) return text;
  const since = new Scalar(hold.since);
  since.type = Scalar.QUOTE_DOUBLE;
  const entry = editable.document.createNode({
    folder: normalized.folder,
    reason: oneLine(hold.reason, MAX_REASON) || 'held',
    by: oneLine(hold.by, 100) || 'unknown',
    since,
  });
  editable.list.items.push(entry);
  const result = editable.render();
  parseHoldsFile(result);
  return result;
}

function oneLine(text: string, limit: number): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return [...line].slice(0, limit).join('');
}
