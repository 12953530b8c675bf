import { isScalar, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYamlPath } from '../../../src/core/bump/parse-yaml-path.js';
import { readSimpleYamlValue } from '../../../src/core/dashboard/read-simple-yaml-value.js';
import { readVersion } from '../../../src/core/dashboard/read-version.js';

/** What the YAML parser itself says is at `keys`: the oracle the fast path must agree with. */
function parserValue(text: string, keys: readonly string[]): string | undefined {
  const docs = parseAllDocuments(text, { uniqueKeys: true });
  if (!Array.isArray(docs)) return undefined;
  for (const doc of docs) {
    if (doc.errors.length > 0) return undefined;
    const node: unknown = doc.getIn(keys, true);
    if (!isScalar(node)) continue;
    const value: unknown = node.value;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      return String(value);
  }
  return undefined;
}

const VALUES = [
  '1.2.3',
  'v1.2.3',
  '"1.2"',
  "'1.10'",
  '1.10',
  '1.2',
  '12',
  '0x1F',
  '0o17',
  '1e3',
  'true',
  'True',
  'no',
  'null',
  '~',
  '',
  '""',
  'sha-abc123',
  'registry.example.com/app',
  'a:b',
  '1.2.3 # pinned',
  '"x" y',
  'foo bar',
  '&anchor 1.2.3',
  '*alias',
  '[1, 2]',
  '{a: 1}',
  '|',
  '!!str 1.2',
  '"a\\"b"',
  'é1',
];

const SHAPES: ((value: string) => string)[] = [
  (v) => `image:\n  tag: ${v}\n`,
  (v) => `name: app\nimage:\n  repository: r\n  tag: ${v}\n  pullPolicy: IfNotPresent\nreplicas: 2\n`,
  (v) => `# comment\nimage:\n    # nested comment\n    tag: ${v}   \n\n`,
  (v) => `image:\n  tag: ${v}\n  tag: 9.9.9\n`,
  (v) => `image:\n  tag: ${v}\nimage:\n  tag: 9.9.9\n`,
  (v) => `image: ${v}\n`,
  (v) => `image:\n  tag:\n    inner: ${v}\n`,
  (v) => `image:\n  tag: ${v}\n   more: x\n`,
  (v) => `image:\n  tag: ${v}\n continued\n`,
  (v) => `image:\r\n  tag: ${v}\r\n`,
  (v) => `image:\n\ttag: ${v}\n`,
  (v) => `---\nimage:\n  tag: ${v}\n---\nimage:\n  tag: 2.0.0\n`,
  (v) => `  image:\n    tag: ${v}\n`,
  (v) => `image:\n  - tag: ${v}\n`,
  (v) => `true:\n  tag: ${v}\n`,
  (v) => `image:\n  tag: ${v}\nother:\n`,
  (v) => `image:\ntag: ${v}\n`,
];

describe('readSimpleYamlValue', () => {
  const cases = SHAPES.flatMap((shape, s) => VALUES.map((value) => ({ s, value, text: shape(value) })));

  it.each(cases)('agrees with the YAML parser wherever it answers (shape $s, value $value)', ({ text }) => {
    const fast = readSimpleYamlValue(text, ['image', 'tag']);
    if (fast !== undefined) expect(fast.value).toBe(parserValue(text, ['image', 'tag']));
  });

  it('answers for the plain values files most repositories have', () => {
    expect(readSimpleYamlValue(SHAPES[1]!('1.2.3'), ['image', 'tag'])).toEqual({ value: '1.2.3' });
    expect(readSimpleYamlValue(SHAPES[0]!('"1.2"'), ['image', 'tag'])).toEqual({ value: '1.2' });
    expect(readSimpleYamlValue(SHAPES[2]!('v2'), ['image', 'tag'])).toEqual({ value: 'v2' });
    expect(readSimpleYamlValue(SHAPES[1]!('1.2.3'), ['image', 'missing'])).toEqual({ value: undefined });
  });

  it('leaves typed scalars, duplicate keys and other YAML to the parser', () => {
    expect(readSimpleYamlValue(SHAPES[0]!('1.10'), ['image', 'tag'])).toBeUndefined();
    expect(readSimpleYamlValue(SHAPES[0]!('true'), ['image', 'tag'])).toBeUndefined();
    expect(readSimpleYamlValue(SHAPES[3]!('1.2.3'), ['image', 'tag'])).toBeUndefined();
    expect(readSimpleYamlValue(SHAPES[13]!('1.2.3'), ['image', 'tag'])).toBeUndefined();
  });
});

describe('readVersion', () => {
  const tag = parseYamlPath('.image.tag');

  it.each([
    ['image:\n  tag: 1.2.3\n', '1.2.3'],
    ['image:\n  tag: 1.10\n', '1.1'],
    ['image:\n  tag: "1.10"\n', '1.10'],
    ['image:\n  tag: ""\n', undefined],
    ['image:\n  tag: 1.2.3\n  tag: 1.2.4\n', undefined],
    [`image:\n  tag: ${'x'.repeat(50)}\n`, `${'x'.repeat(39)}…`],
    ['image:\n  - tag: 1\n', undefined],
    ['image: {tag: 7.0.0}\n', '7.0.0'],
  ])('reads %j as %j, through the fast path or the parser', (text, expected) => {
    expect(readVersion(text, tag)).toBe(expected);
  });

  it('reads paths the fast path does not take (indexes, select) with the parser', () => {
    expect(readVersion('images:\n  - tag: 3.0.0\n', parseYamlPath('.images[0].tag'))).toBe('3.0.0');
  });
});
