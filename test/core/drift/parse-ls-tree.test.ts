import { describe, expect, it } from 'vitest';
import { parseLsTree } from '../../../src/core/drift/parse-ls-tree.js';

const tree = 'a'.repeat(40);
const blob = 'b'.repeat(40);
const sub = 'c'.repeat(40);

describe('parseLsTree', () => {
  it('reads trees, blobs and submodules keyed by path, keeping unusual paths as they are', () => {
    const output = [
      `040000 tree ${tree}\tworkspace`,
      `100644 blob ${blob}\tworkspace/with space\tand tab.yaml`,
      `160000 commit ${sub}\tvendor/lib`,
      '',
    ].join('\0');
    expect([...parseLsTree(output).values()]).toEqual([
      { path: 'workspace', mode: '040000', type: 'tree', sha: tree },
      { path: 'workspace/with space\tand tab.yaml', mode: '100644', type: 'blob', sha: blob },
      { path: 'vendor/lib', mode: '160000', type: 'commit', sha: sub },
    ]);
  });

  it('reads empty output as an empty tree', () => {
    expect(parseLsTree('').size).toBe(0);
  });

  it.each([
    ['a record without a tab', `100644 blob ${blob} file`],
    ['an unknown object type', `100644 tag ${blob}\tfile`],
  ])('rejects %s', (_name, record) => {
    expect(() => parseLsTree(`${record}\0`)).toThrow(/unexpected git ls-tree record/);
  });
});
