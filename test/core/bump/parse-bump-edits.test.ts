import { describe, expect, it } from 'vitest';
import { bumpEditFromFields, parseBumpEdits } from '../../../src/core/bump/parse-bump-edits.js';
import { InputError } from '../../../src/core/errors/input-error.js';

describe('parseBumpEdits', () => {
  it('reads a YAML list with every mode, inferring the mode and keeping values as text', () => {
    const edits = parseBumpEdits(`
- file: ./clusters/prod/values.yaml
  path: .image.tag
  value: 1.10
- file: kustomization.yaml
  regex: 'newTag: .*'
  replacement: 'newTag: v2'
- file: VERSION
  content: "2.0.0\\n"
- file: notes.txt
  content-file: build/notes.txt
- {file: chart.yaml, mode: yaml, address: .version, replacement: "0.2"}
`);
    expect(edits).toEqual([
      { file: 'clusters/prod/values.yaml', mode: 'yaml', path: '.image.tag', value: '1.10' },
      { file: 'kustomization.yaml', mode: 'regex', regex: 'newTag: .*', replacement: 'newTag: v2' },
      { file: 'VERSION', mode: 'overwrite', content: '2.0.0\n' },
      { file: 'notes.txt', mode: 'overwrite', contentFile: 'build/notes.txt' },
      { file: 'chart.yaml', mode: 'yaml', path: '.version', value: '0.2' },
    ]);
  });

  it('reads JSON, numbers included, as text', () => {
    expect(parseBumpEdits('[{"file": "v.yaml", "path": ".replicas", "value": 3}]')).toEqual([
      { file: 'v.yaml', mode: 'yaml', path: '.replicas', value: '3' },
    ]);
  });

  const invalid: [text: string, message: RegExp][] = [
    ['file: a', /input "edits": must be a non-empty list/],
    ['[]', /must be a non-empty list/],
    ['- [a]', /input "edits\[0\]": must be a map/],
    ['- {path: .a, value: b}', /needs `file`/],
    ['- {file: a, path: .a}', /a yaml edit needs `path`.*and `value`/],
    ['- {file: a, regex: x}', /a regex edit needs `regex`/],
    ['- {file: a, path: .a, regex: x, value: 1}', /is ambiguous \(yaml and regex\)/],
    ['- {file: a}', /say what to change/],
    ['- {file: a, mode: sed, path: .a, value: b}', /mode must be one of yaml, regex, overwrite/],
    ['- {file: a, content: x, content-file: y}', /`content` or `content-file`, not both/],
    ['- {file: a, pth: .a, value: b}', /unknown key "pth"/],
    ['- {file: ../a, content: x}', /must not contain "\." or "\.\." segments/],
    ['- {file: /etc/passwd, content: x}', /file path "\/etc\/passwd" is absolute/],
    [
      '- {file: "clusters\\\\prod\\\\values.yaml", content: x}',
      /contains a backslash; separate folders with "\/"/,
    ],
    ['- {file: .git/config, content: x}', /is inside a "\.git" folder/],
    ['- {file: vendor/lib/.GIT/hooks/post-checkout, content: x}', /is inside a "\.git" folder/],
    ['- {file: a, path: [x], value: b}', /path must be a single value/],
    ['- {file: "a", path: .a, value: b', /is not a YAML or JSON list/],
  ];
  for (const [text, message] of invalid) {
    it(`rejects ${JSON.stringify(text)} with a message naming the item`, () => {
      expect(() => parseBumpEdits(text)).toThrow(InputError);
      expect(() => parseBumpEdits(text)).toThrow(message);
    });
  }
});

describe('bumpEditFromFields', () => {
  it('builds one edit from single inputs, labelled for messages', () => {
    expect(bumpEditFromFields({ file: 'a.yaml', regex: 'x', replacement: 'y' }, 'inputs')).toEqual({
      file: 'a.yaml',
      mode: 'regex',
      regex: 'x',
      replacement: 'y',
    });
    expect(() => bumpEditFromFields({ file: 'a.yaml' }, 'inputs')).toThrow(
      /input "inputs": say what to change/,
    );
  });
});
