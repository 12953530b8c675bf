/** A `sourcePath` is an RE2 regex over folder paths; a `targetPath` is a literal folder path. */
export type FolderPathKind = 'sourcePath' | 'targetPath';

/** The outcome of normalizing one folder path: the path to use, or why it is rejected. */
export type NormalizedFolderPath =
  { ok: true; path: string; addedTrailingSlash: boolean } | { ok: false; reason: string };

/**
 * Checks a folder path of the configuration and makes it end with `/`. The Go bot concatenates
 * `targetPath + component` without a separator, so a missing slash produced folders such as
 * `clusters/dev/us-east4/c2nginx`; here the slash is added (the caller warns). Absolute paths, `..`
 * segments and empty segments are rejected; in a target path `.` segments too (in a source path `.`
 * is a regex matching a one-character folder name).
 */
export function normalizeFolderPath(text: string, kind: FolderPathKind): NormalizedFolderPath {
  if (text.trim() === '') return { ok: false, reason: 'must not be empty' };
  if (text.trim() !== text) return { ok: false, reason: 'must not start or end with spaces' };
  if (text.startsWith('/') || text.startsWith('^/')) {
    return { ok: false, reason: 'must be relative to the repository root (no leading `/`)' };
  }
  const segments = text.split('/');
  if (segments[segments.length - 1] === '') segments.pop();
  if (segments.includes('..')) {
    const advice = kind === 'sourcePath' ? ' (to match any two-character folder name write `[^/]{2}`)' : '';
    return { ok: false, reason: `must not contain a \`..\` segment (path traversal)${advice}` };
  }
  if (kind === 'targetPath' && segments.includes('.')) {
    return { ok: false, reason: 'must not contain a `.` segment' };
  }
  if (segments.includes('')) return { ok: false, reason: 'must not contain an empty segment (`//`)' };
  const addedTrailingSlash = !text.endsWith('/');
  return { ok: true, path: addedTrailingSlash ? `${text}/` : text, addedTrailingSlash };
}
