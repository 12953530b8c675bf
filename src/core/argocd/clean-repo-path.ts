/**
 * A repository path cleaned like Go's `path.Clean` without the leading `/`: `.` and empty segments dropped,
 * `..` resolved, no trailing `/`. The repository root is the empty string.
 */
export function cleanRepoPath(input: string): string {
  const out: string[] = [];
  for (const segment of input.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

/** True when `path` equals `folder` or lies inside it; the root (`''`) contains everything. */
export function isInsideFolder(path: string, folder: string): boolean {
  if (folder.startsWith('..')) return false;
  return folder === '' || path === folder || path.startsWith(`${folder}/`);
}
