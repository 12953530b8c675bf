import { normalizeHoldFolder } from './normalize-hold-folder.js';
import { itemFolder, openHoldsDocument } from './open-holds-document.js';

/**
 * The holds file's text without the entries holding `folder` (with or without a trailing slash), every comment
 * and other entry kept; the same text when the folder is not held. A broken file throws ConfigError.
 */
export function removeHold(text: string, folder: string): string {
  const normalized = normalizeHoldFolder(folder);
  if (!normalized.ok) return text;
  const editable = openHoldsDocument(text);
  if (!editable.holds.some((known) => known.folder === normalized.folder)) return text;
  editable.list.items = editable.list.items.filter((item) => {
    const named = itemFolder(item);
    if (named === undefined) return true;
    const entry = normalizeHoldFolder(named);
    return !(entry.ok && entry.folder === normalized.folder);
  });
  return editable.render();
}
