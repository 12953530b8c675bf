import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../../src/core/argocd/dyff/compare-documents.js';
import { renderDiffSyntax } from '../../../../src/core/argocd/dyff/render-diff-syntax.js';
import type { JsonValue } from '../../../../src/core/argocd/types.js';

const render = (from: JsonValue | undefined, to: JsonValue | undefined) =>
  renderDiffSyntax(compareDocuments(from, to));

describe('renderDiffSyntax over compareDocuments', () => {
  it.each<[string, JsonValue, JsonValue, string]>([
    ['an int value change', { a: 1 }, { a: 2 }, '\n@@ a @@\n! ± value change\n- 1\n+ 2\n\n'],
    ['a string value change', { a: 'x' }, { a: 'y' }, '\n@@ a @@\n! ± value change\n- x\n+ y\n\n'],
    ['a bool value change', { a: true }, { a: false }, '\n@@ a @@\n! ± value change\n- true\n+ false\n\n'],
    ['a type change', { a: '1' }, { a: 1 }, '\n@@ a @@\n! ± type change from string to int\n- 1\n+ 1\n\n'],
    [
      'a value becoming null',
      { a: { b: 1 } },
      { a: null },
      '\n@@ a @@\n! ± type change from map to <nil>\n- b: 1\n+ <nil>\n\n',
    ],
    [
      'a map entry added at the root',
      { a: 1 },
      { a: 1, b: 2 },
      '\n@@ (root level) @@\n! + one map entry added:\n+   b: 2\n\n',
    ],
    [
      'two map entries removed',
      { m: { a: 1, b: 'x y', c: 3 } },
      { m: { c: 3 } },
      '\n@@ m @@\n! - two map entries removed:\n- a: 1\n- b: "x y"\n\n',
    ],
    [
      'a scalar list entry added and one removed',
      { l: ['a', 'b', 'c'] },
      { l: ['a', 'c', 'd'] },
      '\n@@ l @@\n! - one list entry removed:\n- - b\n! + one list entry added:\n+   - d\n\n',
    ],
    [
      'a one-entry list compared by index',
      { l: ['a'] },
      { l: ['b'] },
      '\n@@ l.0 @@\n! ± value change\n- a\n+ b\n\n',
    ],
    [
      'a list order change',
      { l: [1, 2, 3] },
      { l: [3, 1, 2] },
      '\n@@ l @@\n! ⇆ order changed\n- 1, 2, 3\n+ 3, 1, 2\n\n',
    ],
    [
      'a named list order change',
      { l: [{ name: 'a' }, { name: 'b' }] },
      { l: [{ name: 'b' }, { name: 'a' }] },
      '\n@@ l @@\n! ⇆ order changed\n- a, b\n+ b, a\n\n',
    ],
    [
      'a change inside a named list entry',
      {
        c: [
          { name: 'app', image: 'a:1' },
          { name: 'side', image: 's:1' },
        ],
      },
      {
        c: [
          { name: 'app', image: 'a:2' },
          { name: 'side', image: 's:1' },
        ],
      },
      '\n@@ c.app.image @@\n! ± value change\n- a:1\n+ a:2\n\n',
    ],
    [
      'entries identified by key',
      {
        e: [
          { key: 'A', v: 1 },
          { key: 'B', v: 2 },
        ],
      },
      {
        e: [
          { key: 'A', v: 1 },
          { key: 'B', v: 3 },
        ],
      },
      '\n@@ e.B.v @@\n! ± value change\n- 2\n+ 3\n\n',
    ],
    [
      'a duplicate scalar entry removed',
      { l: ['a', 'a', 'b'] },
      { l: ['a', 'b'] },
      '\n@@ l @@\n! - one list entry removed:\n- - a\n\n',
    ],
    [
      'a whitespace-only change',
      { s: 'value ' },
      { s: 'value' },
      '\n@@ s @@\n! ± whitespace only change\n- value·\n\n+ value\n\n',
    ],
    ['null on both sides', { a: null }, { a: null }, '\n'],
    ['an empty list on both sides', { a: [] }, { a: [] }, '\n'],
  ])('renders %s', (_name, from, to, expected) => {
    expect(render(from, to)).toBe(expected);
  });

  it('renders a multi-line text change with four lines of context and the skipped count', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `line ${i}`);
    const changed = [...lines];
    changed[10] = 'line ten';
    const out = render({ t: `${lines.join('\n')}\n` }, { t: `${changed.join('\n')}\n` });
    expect(out).toBe(
      [
        '',
        '@@ t @@',
        '! ± value change in multiline text (one insert, one deletion)',
        ...[
          'line 0',
          'line 1',
          'line 2',
          'line 3',
          '',
          '[two lines unchanged)]',
          '',
          'line 6',
          'line 7',
          'line 8',
          'line 9',
        ].map((l) => `  ${l}`),
        '- line 10',
        '+ line ten',
        ...[
          'line 11',
          'line 12',
          'line 13',
          'line 14',
          '',
          '[one line unchanged)]',
          '',
          'line 16',
          'line 17',
          'line 18',
          'line 19',
        ].map((l) => `  ${l}`),
        '',
        '',
      ].join('\n'),
    );
  });

  it('renders long order changes as two columns', () => {
    const from = ['alpha-long-entry', 'beta-long-entry', 'gamma-long-entry'];
    expect(render({ l: from }, { l: [...from].reverse() })).toBe(
      '\n@@ l @@\n! ⇆ order changed\n  alpha-long-entry   gamma-long-entry\n  beta-long-entry    beta-long-entry\n  gamma-long-entry   alpha-long-entry\n\n',
    );
  });

  it('quotes strings in added YAML the way neat does and puts name first', () => {
    const out = render({ l: [] }, { l: [{ value: 'true', other: 'a,b', name: 'x', nested: { k: 'v' } }] });
    expect(out).toBe(
      '\n@@ l @@\n! + one list entry added:\n+   - name: x\n+     value: "true"\n+     other: "a,b"\n+     nested:\n+       k: v\n\n',
    );
  });

  it('sorts paths and puts a map-level change before changes inside it', () => {
    const out = render({ b: { x: 1 }, a: { y: 1 } }, { b: { x: 2, z: 1 }, a: { y: 2 } });
    expect(out.match(/@@ .* @@/g)).toEqual(['@@ a.y @@', '@@ b @@', '@@ b.x @@']);
  });

  it('reports a whole document added or removed', () => {
    expect(render(undefined, { kind: 'A' })).toBe(
      '\n@@ (root level) @@\n! + one document added:\n+   ---\n+   kind: A\n\n',
    );
    expect(render({ kind: 'A' }, null)).toBe(
      '\n@@ (root level) @@\n! - one document removed:\n- ---\n- kind: A\n\n',
    );
    expect(compareDocuments(undefined, undefined)).toEqual([]);
  });

  it('treats 1 and "1" as the same list entry, as dyff hashes scalar text', () => {
    expect(compareDocuments({ l: [1, 2] }, { l: ['1', 2] })).toEqual([]);
  });
});
