import { describe, expect, it } from 'vitest';
import { normalizeFolderPath } from '../../../src/core/config/normalize-folder-path.js';

describe('normalizeFolderPath', () => {
  it.each([
    ['workspace/', 'sourcePath', 'workspace/', false],
    ['workspace', 'sourcePath', 'workspace/', true],
    ['clusters/staging/[^/]*/[^/]*', 'sourcePath', 'clusters/staging/[^/]*/[^/]*/', true],
    ['clusters/dev/us-east4/c2', 'targetPath', 'clusters/dev/us-east4/c2/', true],
    ['env/./', 'sourcePath', 'env/./', false],
  ] as const)('normalizes %s (%s) to %s', (text, kind, path, addedTrailingSlash) => {
    expect(normalizeFolderPath(text, kind)).toEqual({ ok: true, path, addedTrailingSlash });
  });

  it.each([
    ['..', 'targetPath'],
    ['a/../b/', 'targetPath'],
    ['a/..', 'sourcePath'],
    ['/abs/', 'targetPath'],
    ['^/abs/', 'sourcePath'],
    ['', 'targetPath'],
    ['a//b/', 'targetPath'],
    ['./a/', 'targetPath'],
    ['a/ ', 'sourcePath'],
  ] as const)('rejects %j as a %s', (text, kind) => {
    expect(normalizeFolderPath(text, kind).ok).toBe(false);
  });
});
