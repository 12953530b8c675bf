import { BumpEditError } from './bump-edit-error.js';

/**
 * A file path relative to the repository root as GitHub's APIs take it: `./a/b.yaml` becomes `a/b.yaml`.
 * Refused, because none can name a file of the repository the way the user meant: empty paths and trailing
 * slashes, absolute paths (`/etc/passwd` used to become `etc/passwd`), backslashes (Windows separators or
 * escapes, a file name on GitHub), `.` and `..` segments, and `.git` anywhere (git's own files).
 */
export function normalizeRepoPath(path: string): string {
  const shown = JSON.stringify(path);
  const clean = path
    .trim()
    .replace(/^(\.\/)+/, '')
    .replace(/\/{2,}/g, '/');
  if (clean === '' || clean.endsWith('/')) {
    throw new BumpEditError(`file path ${shown} must name a file, relative to the repository root`);
  }
  if (clean.startsWith('/')) {
    throw new BumpEditError(
      `file path ${shown} is absolute; give the path from the repository root without a leading "/"`,
    );
  }
  if (clean.includes('\\')) {
    throw new BumpEditError(`file path ${shown} contains a backslash; separate folders with "/"`);
  }
  const segments = clean.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) {
    throw new BumpEditError(`file path ${shown} must not contain "." or ".." segments`);
  }
  if (segments.some((segment) => segment.toLowerCase() === '.git')) {
    throw new BumpEditError(
      `file path ${shown} is inside a ".git" folder, which is git's own data and never a file to bump`,
    );
  }
  return clean;
}
