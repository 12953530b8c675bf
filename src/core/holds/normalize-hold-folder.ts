import { normalizeFolderPath } from '../config/normalize-folder-path.js';

/** A hold's folder as stored: relative to the repository root, no trailing slash; or why it cannot be one. */
export type NormalizedHoldFolder = { ok: true; folder: string } | { ok: false; reason: string };

/**
 * Checks a held folder and drops its trailing slash (the holds file and the dashboard name folders without one).
 * The rules of a configured `targetPath` apply: no leading `/`, no `..` or `.` segments, no empty segments.
 */
export function normalizeHoldFolder(text: string): NormalizedHoldFolder {
  const normalized = normalizeFolderPath(text, 'targetPath');
  if (!normalized.ok) return normalized;
  return { ok: true, folder: normalized.path.slice(0, -1) };
}
