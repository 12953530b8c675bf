import { describe, expect, it } from 'vitest';
import { renderGoTemplate } from '../../../src/core/argocd/render-go-template.js';
import { createTreeLookup } from '../../../src/core/drift/create-tree-lookup.js';
import { diffTreeListings } from '../../../src/core/webhook/diff-tree-listings.js';
import { sortPaths } from '../../../src/core/webhook/classify-changed-files.js';

// U+FF21 (fullwidth A) sorts before U+1F680 (rocket) in Go's byte order, after it in JavaScript's UTF-16 `<`.
const fullwidth = '\uFF21';
const rocket = '🚀';

describe('Go string order in core outputs', () => {
  it('sorts changed paths by code point, as Go does', () => {
    expect(sortPaths([`x/${rocket}`, `x/${fullwidth}`])).toEqual([`x/${fullwidth}`, `x/${rocket}`]);
  });

  it('lists tree differences by code point', () => {
    const blob = (sha: string) => ({ type: 'blob', mode: '100644', sha });
    const after = new Map([
      [rocket, blob('1')],
      [fullwidth, blob('2')],
    ]);
    expect(diffTreeListings(new Map(), after).added).toEqual([fullwidth, rocket]);
  });

  it('prints a template map with its keys in Go order', () => {
    expect(renderGoTemplate('{{ .m }}', { m: { [rocket]: 'r', [fullwidth]: 'f' } })).toBe(
      `map[${fullwidth}:f ${rocket}:r]`,
    );
  });

  it('finds every file of a folder whose names sort differently in UTF-16', () => {
    const entry = (type: 'blob' | 'tree', sha: string) => ({ type, sha });
    const tree = new Map([
      ['a', entry('tree', 't')],
      [`a/${rocket}`, entry('blob', '1')],
      [`a/${fullwidth}`, entry('blob', '2')],
      [`a${fullwidth}`, entry('blob', '3')],
    ]);
    const lookup = createTreeLookup(tree);
    expect([...lookup.folder('a').files.keys()]).toEqual([fullwidth, rocket]);
  });
});
