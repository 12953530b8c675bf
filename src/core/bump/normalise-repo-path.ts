import { BumpEditError } from './bump-edit-error.js';

/**
 * A file path relative to the repository root as GitHub's APIs take it: `./a/b.yaml` and `/a/b.yaml` become
 * `a/b.yaml`; empty paths, `..` segments and trailing slashes are refused.
 */
export function normaliseRepoPath(path: string): string {
  const clean = path
    .trim()
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
    .replace(/\/{2,}/g, '/');
  if (clean === '' || clean.endsWith('/')) {
    throw new BumpEditError(
      `file path ${JSON.stringify(path)} must name a file, relative to the repository root`,
    );
  }
  if (clean.split('/').some((segment) => segment === '..' || segment === '.')) {
    throw new BumpEditError(`file path ${JSON.stringify(path)} must not contain "." or ".." segments`);
  }
  return clean;
}
