import { describe, expect, it } from 'vitest';
import { createTreeLookup, type TreeLookup } from '../../../src/core/drift/create-tree-lookup.js';
import { parseLsTree } from '../../../src/core/drift/parse-ls-tree.js';

const sha = (n: number): string => n.toString(16).padStart(40, '0');

/**
 * A listing in git's order (`git ls-tree -r -t`): a folder sorts as its name plus `/`, so `a-b` and `a.c` come
 * before the folder `a`, which code point order puts first; `big` has more files than a folder is scanned for.
 */
const ENTRIES: [string, 'tree' | 'blob' | 'commit'][] = [
  ['a-b', 'tree'],
  ['a-b/x.yaml', 'blob'],
  ['a.c', 'blob'],
  ['a', 'tree'],
  ['a/b-c', 'tree'],
  ['a/b-c/telefonistka.yaml', 'blob'],
  ['a/b.c', 'blob'],
  ['a/b', 'tree'],
  ['a/b/deep', 'tree'],
  ['a/b/deep/telefonistka.yaml', 'blob'],
  ['a/b/sub module', 'commit'],
  ['a/b/values.yaml', 'blob'],
  ['a/empty', 'tree'],
  ['big', 'tree'],
  ...Array.from({ length: 80 }, (_, i): [string, 'blob'] => [`big/f${String(i).padStart(2, '0')}`, 'blob']),
  ['big/z', 'tree'],
  ['big/z/y', 'blob'],
  ['telefonistka.yaml', 'blob'],
  ['z 😀', 'tree'],
  ['z 😀/v', 'blob'],
  ['z \uE000', 'tree'],
  ['z \uE000/v', 'blob'],
];

function listing(entries: readonly [string, string][]): string {
  const mode = { tree: '040000', blob: '100644', commit: '160000' } as Record<string, string>;
  return entries.map(([path, type], i) => `${mode[type]} ${type} ${sha(i + 1)}\t${path}\0`).join('');
}

function answers(lookup: TreeLookup, paths: readonly string[]) {
  return {
    folders: lookup.folders(),
    startingWith: ['a', 'a/', 'b', 'z', ''].map((prefix) => lookup.foldersStartingWith(prefix)),
    subfolders: ['', ...lookup.folders(), 'nope'].map((folder) => lookup.subfolders(folder)),
    folder: ['', ...lookup.folders(), 'nope', 'a.c'].map((folder) => {
      const read = lookup.folder(folder);
      return { treeSha: read.treeSha, files: [...read.files] };
    }),
    shas: [...paths, '', 'a/', 'a//b', 'big/f99', 'nope/x'].map((path) => [
      lookup.treeSha(path),
      lookup.blobSha(path),
    ]),
    files: [...paths, 'a/b-c/telefonistka.yaml', 'big/f99'].map((path) => {
      const slash = path.indexOf('/');
      return [lookup.fileSha(path.slice(0, slash), path.slice(slash + 1)), lookup.fileSha('', path)];
    }),
    configs: lookup.blobPathsEndingWith('/telefonistka.yaml').sort(),
  };
}

describe('createTreeLookup', () => {
  it('answers from a git listing exactly as from a plain Map of the same entries', () => {
    const parsed = parseLsTree(listing(ENTRIES));
    const plain = new Map(parsed);
    expect(parsed).not.toBeInstanceOf(Map);
    const paths = ENTRIES.map(([path]) => path);
    expect(answers(createTreeLookup(parsed), paths)).toEqual(answers(createTreeLookup(plain), paths));
  });

  it('lists folders, sub-folders and files in code point order, not git order', () => {
    const lookup = createTreeLookup(parseLsTree(listing(ENTRIES)));
    expect(lookup.folders().slice(0, 6)).toEqual(['a', 'a-b', 'a/b', 'a/b-c', 'a/b/deep', 'a/empty']);
    expect(lookup.subfolders('a')).toEqual(['b', 'b-c', 'empty']);
    expect(lookup.subfolders('')).toEqual(['a', 'a-b', 'big', 'z \uE000', 'z 😀']);
    expect([...lookup.folder('a').files.keys()]).toEqual([
      'b-c/telefonistka.yaml',
      'b.c',
      'b/deep/telefonistka.yaml',
      'b/values.yaml',
    ]);
    expect(lookup.blobSha('big/f42')).toBe(sha(ENTRIES.findIndex(([path]) => path === 'big/f42') + 1));
    expect(lookup.blobSha('a/b/sub module')).toBeUndefined();
    expect(lookup.treeSha('a/b/values.yaml')).toBeUndefined();
  });
});

describe('parseLsTree', () => {
  it('answers get, has and iteration like a Map in the listing order', () => {
    const parsed = parseLsTree(listing(ENTRIES));
    expect(parsed.size).toBe(ENTRIES.length);
    expect([...parsed.keys()]).toEqual(ENTRIES.map(([path]) => path));
    expect(parsed.get('a/b/sub module')).toEqual({
      path: 'a/b/sub module',
      mode: '160000',
      type: 'commit',
      sha: sha(11),
    });
    expect(parsed.get('big/f07')?.type).toBe('blob');
    expect(parsed.has('a/b')).toBe(true);
    expect(parsed.has('a/b/')).toBe(false);
    expect(parsed.get('big/f80')).toBeUndefined();
    const seen: string[] = [];
    parsed.forEach((entry, path) => seen.push(`${path}=${entry.type}`));
    expect(seen).toEqual(ENTRIES.map(([path, type]) => `${path}=${type}`));
  });

  it('reads a listing without its folders (no -t) into a plain Map with the same answers', () => {
    const blobs = ENTRIES.filter(([, type]) => type === 'blob');
    const parsed = parseLsTree(listing(blobs));
    expect(parsed).toBeInstanceOf(Map);
    expect(parsed.get('a/b/values.yaml')?.sha).toBe(
      sha(blobs.findIndex(([path]) => path === 'a/b/values.yaml') + 1),
    );
    expect(createTreeLookup(parsed).treeSha('a')).toBeUndefined();
  });
});
