import { readFileSync } from 'node:fs';
import { diffLines } from 'diff';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BumpEditError } from '../../../src/core/bump/bump-edit-error.js';
import { editYaml } from '../../../src/core/bump/edit-yaml.js';

const dir = new URL('../../golden/bump/yaml/', import.meta.url);
const before = (name: string) => readFileSync(new URL(`${name}.before.yaml`, dir), 'utf8');
const golden = (name: string) => `../../golden/bump/yaml/${name}.after.yaml`;

/** Applies edits one after the other, as several edits of one file in a bump do. */
function editAll(text: string, edits: [path: string, value: string][]): string {
  return edits.reduce((current, [path, value]) => editYaml(current, { path, value }), text);
}

/** Lines removed and added between two texts. */
function changedLines(a: string, b: string): { removed: string[]; added: string[] } {
  const parts = diffLines(a, b);
  const lines = (part: { value: string }) => part.value.split('\n').filter((line) => line !== '');
  return {
    removed: parts.filter((part) => part.removed).flatMap(lines),
    added: parts.filter((part) => part.added).flatMap(lines),
  };
}

describe('editYaml: the Go bot cases (bump-yaml upstream tests)', () => {
  const cases = [
    { name: 'go-tag', path: '.tag', expected: '\ntag: "16.2"\n' },
    {
      name: 'go-image-tag',
      path: '.image.tag',
      expected: '\nimage:\n  repository: "postgres"\n  tag: "16.2"\n',
    },
    {
      name: 'go-select',
      path: '.db.[] | select(.name == "postgres").image.tag',
      expected: '\ndb:\n  - name: "postgres"\n    image:\n      repository: "postgres"\n      tag: "16.2"\n',
    },
    {
      name: 'go-missing-key',
      path: '.image.tag',
      expected: '\nimage:\n  repository: "postgres"\n  tag: "16.2"\n',
    },
  ];
  for (const { name, path, expected } of cases) {
    it(`produces the Go bot's output for ${name} (${path})`, async () => {
      const after = editYaml(before(name), { path, value: '16.2' });
      expect(after).toBe(expected);
      await expect(after).toMatchFileSnapshot(golden(name));
    });
  }

  it('accepts the select case written with .db[] as yq users write it', () => {
    const text = before('go-select');
    expect(editYaml(text, { path: '.db[] | select(.name == "postgres") | .image.tag', value: '16.2' })).toBe(
      editYaml(text, { path: '.db.[] | select(.name == "postgres").image.tag', value: '16.2' }),
    );
  });
});

describe('editYaml: comments and formatting of untouched parts', () => {
  const helmEdits: [string, string][] = [
    ['.image.tag', '1.5.0'],
    ['.sidecars[] | select(.name == "envoy").image', 'envoyproxy/envoy:v1.30.0'],
    ['.sidecars[1].image', 'fluent/fluent-bit:3.0.0'],
    ['.service.port', '8080'],
    ['.podAnnotations."prometheus.io/port"', '9091'],
    ['.service.annotations.team', 'api'],
    ['.defaults.timeout', '60s'],
    ['.resources.limits.memory', '256Mi'],
  ];

  it('changes only the selected values and inserted keys of a Helm values file', async () => {
    const text = before('helm-values');
    const after = editAll(text, helmEdits);
    await expect(after).toMatchFileSnapshot(golden('helm-values'));
    const { removed, added } = changedLines(text, after);
    expect(removed).toEqual([
      '  tag: "1.4.2"',
      'podAnnotations: {prometheus.io/scrape: "true", prometheus.io/port: \'9090\'}',
      '    port: 80',
      '    image: envoyproxy/envoy:v1.29.1',
      "    image: 'fluent/fluent-bit:2.2.0'",
      '  timeout: 30s',
    ]);
    expect(added).toEqual([
      '  tag: "1.5.0"',
      'podAnnotations: {prometheus.io/scrape: "true", prometheus.io/port: \'9091\'}',
      '    port: 8080',
      '    annotations:',
      '        team: "api"',
      '    image: envoyproxy/envoy:v1.30.0',
      "    image: 'fluent/fluent-bit:3.0.0'",
      '  timeout: 60s',
      'resources:',
      '  limits:',
      '    memory: "256Mi"',
    ]);
  });

  it('keeps what the file means apart from the edits (anchors and aliases follow)', () => {
    const after = parse(editAll(before('helm-values'), helmEdits)) as {
      image: { tag: string };
      service: { port: number };
      overrides: Record<string, unknown>;
      config: string;
    };
    expect(after.image.tag).toBe('1.5.0');
    expect(after.service.port).toBe(8080);
    expect(after.overrides['<<']).toEqual({ timeout: '60s' });
    expect(after.config).toBe('log_level = "info"\nlisten    = ":8080"\n');
  });

  it('follows YAML 1.1 typing, keeps numbers plain and fills empty values', async () => {
    const after = editAll(before('edge-cases'), [
      ['.flags.debug', 'on'],
      ['.flags.version', '1.11'],
      ['.flags.name', 'yes'],
      ['.flags.build', '43-rc1'],
      ['.flags.empty', 'x'],
      ['.flags.nothing', 'y'],
      ['.flags.quoted', "it's"],
    ]);
    await expect(after).toMatchFileSnapshot(golden('edge-cases'));
    expect(after).toContain('  name: "yes"   # plain string\n');
    expect(after).toContain('  version: 1.11\n');
  });

  it('keeps CRLF line endings, also on inserted lines', async () => {
    const after = editAll(before('crlf'), [
      ['.a', '2'],
      ['.image.tag', '2.0'],
    ]);
    expect(after).toBe('a: 2\r\nimage:\r\n  repository: app\r\n  tag: "2.0"\r\n');
    await expect(after).toMatchFileSnapshot(golden('crlf'));
  });

  it('edits every document of a multi-document file that has the path', async () => {
    const after = editYaml(before('multi-document'), { path: '.spec.image', value: 'app:2.0' });
    expect(after.match(/app:2\.0/g)).toHaveLength(2);
    expect(after).toContain('kind: Service\nspec:\n  port: 80\n');
    await expect(after).toMatchFileSnapshot(golden('multi-document'));
  });

  it('handles a file without a final line break', async () => {
    const text = before('no-final-newline');
    expect(editYaml(text, { path: '.image.tag', value: '1.1' })).toBe(
      'image:\n  repository: app\n  tag: "1.1"',
    );
    const created = editYaml(text, { path: '.image.digest', value: 'sha256:abc' });
    expect(created).toBe('image:\n  repository: app\n  tag: "1.0"\n  digest: "sha256:abc"');
    await expect(created).toMatchFileSnapshot(golden('no-final-newline'));
  });
});

describe('editYaml: quoting and types of the new value', () => {
  const table: { text: string; path: string; value: string; expected: string; why: string }[] = [
    { text: 'tag: "1.0"\n', path: '.tag', value: '1.1', expected: 'tag: "1.1"\n', why: 'double quotes stay' },
    { text: "tag: '1.0'\n", path: '.tag', value: '1.1', expected: "tag: '1.1'\n", why: 'single quotes stay' },
    { text: 'tag: v1.0\n', path: '.tag', value: 'v1.1', expected: 'tag: v1.1\n', why: 'plain stays plain' },
    {
      text: 'tag: latest\n',
      path: '.tag',
      value: '1.1',
      expected: 'tag: "1.1"\n',
      why: 'a plain string that would read as a number is quoted',
    },
    {
      text: 'tag: latest\n',
      path: '.tag',
      value: 'true',
      expected: 'tag: "true"\n',
      why: 'a plain string that would read as a boolean is quoted',
    },
    {
      text: 'tag: 1.0\n',
      path: '.tag',
      value: '1.1',
      expected: 'tag: 1.1\n',
      why: 'a number stays a number',
    },
    {
      text: 'tag: 1.0\n',
      path: '.tag',
      value: '1.1-rc1',
      expected: 'tag: 1.1-rc1\n',
      why: 'a number becomes the plain text given',
    },
    {
      text: 'on: true\n',
      path: '.on',
      value: 'false',
      expected: 'on: false\n',
      why: 'a boolean stays a boolean',
    },
    {
      text: 'tag: a\n',
      path: '.tag',
      value: 'a: b',
      expected: 'tag: "a: b"\n',
      why: 'unsafe plain text is quoted',
    },
    { text: 'tag: a\n', path: '.tag', value: '', expected: 'tag: ""\n', why: 'an empty string is quoted' },
    {
      text: 'list: [a, b]\n',
      path: '.list[0]',
      value: 'x,y',
      expected: 'list: ["x,y", b]\n',
      why: 'flow indicators inside a flow list are quoted',
    },
    {
      text: 'tag: |\n  old\nnext: 1\n',
      path: '.tag',
      value: 'new',
      expected: 'tag: "new"\nnext: 1\n',
      why: 'a block scalar becomes double-quoted',
    },
    {
      text: 'tag: &t "1"\nother: *t\n',
      path: '.tag',
      value: '2',
      expected: 'tag: &t "2"\nother: *t\n',
      why: 'the anchor is kept',
    },
    {
      text: 'a: {}\n',
      path: '.a.b.c',
      value: 'v',
      expected: 'a: {b: {c: "v"}}\n',
      why: 'keys inserted into a flow map are flow',
    },
    {
      text: 'a:\nb: 2\n',
      path: '.a.c',
      value: 'v',
      expected: 'a:\n  c: "v"\nb: 2\n',
      why: 'an empty value becomes a map',
    },
    { text: '', path: '.a.b', value: 'v', expected: 'a:\n  b: "v"\n', why: 'an empty file gets the keys' },
    {
      text: 'a: 1\n',
      path: '."x.y"',
      value: 'v',
      expected: 'a: 1\nx.y: "v"\n',
      why: 'a quoted path key is created plain when plain is safe',
    },
    {
      text: 'a: 1\n',
      path: '."yes"',
      value: 'v',
      expected: 'a: 1\n"yes": "v"\n',
      why: 'a key that YAML 1.1 reads as a boolean is quoted',
    },
    {
      text: 'images:\n  - nginx:1.0\n  - redis:2\n',
      path: '.images[] | select(. == "nginx:1.0")',
      value: 'nginx:1.1',
      expected: 'images:\n  - nginx:1.1\n  - redis:2\n',
      why: 'select(. == ...) picks list items by value',
    },
    {
      text: 'apps:\n  - {name: a, tag: "1"}\n  - {name: b, tag: "1"}\n',
      path: '.apps[] | select(.name != "a" and .tag == 1).tag',
      value: '2',
      expected: 'apps:\n  - {name: a, tag: "1"}\n  - {name: b, tag: "2"}\n',
      why: 'conditions combine and compare as text like yq',
    },
    {
      text: 'apps:\n  - tag: "1"\n  - tag: "1"\n',
      path: '.apps[].tag',
      value: '2',
      expected: 'apps:\n  - tag: "2"\n  - tag: "2"\n',
      why: '[] selects every item',
    },
  ];
  for (const { text, path, value, expected, why } of table) {
    it(`writes ${JSON.stringify(expected)} when ${why}`, () => {
      expect(editYaml(text, { path, value })).toBe(expected);
    });
  }
});

describe('editYaml: errors say what is wrong', () => {
  const table: { text: string; path: string; message: RegExp }[] = [
    {
      text: 'db:\n  - name: mysql\n',
      path: '.db[] | select(.name == "postgres").image.tag',
      message: /matched no node/,
    },
    { text: 'image: app:1.0\n', path: '.image.tag', message: /\.image is the string "app:1\.0", not a map/ },
    { text: 'list: [a]\n', path: '.list[3]', message: /\.list has 1 item\(s\): index \[3\] is out of range/ },
    { text: 'image:\n  tag: 1\n', path: '.image', message: /\.image is a map; a bump sets scalar values/ },
    { text: 'a: [1\n', path: '.a', message: /the file is not valid YAML/ },
    { text: 'a: 1\na: 2\n', path: '.a', message: /not valid YAML.*unique/s },
    { text: 'a: 1\n', path: 'a.b', message: /invalid YAML path "a\.b": expected a path starting with "\."/ },
    { text: 'a: 1\n', path: '.a[', message: /invalid YAML path.*column 4/ },
    { text: 'a: 1\n', path: '.', message: /must name at least one key or index/ },
    { text: 'a: 1\n', path: '.a | select(.b = 1)', message: /expected "==" or "!="/ },
    { text: 'a: &x {k: 1}\nb: *x\n', path: '.b.k', message: /\.b is an alias \(\*x\)/ },
  ];
  for (const { text, path, message } of table) {
    it(`refuses ${JSON.stringify(path)} on ${JSON.stringify(text)}`, () => {
      expect(() => editYaml(text, { path, value: 'v' })).toThrow(BumpEditError);
      expect(() => editYaml(text, { path, value: 'v' })).toThrow(message);
    });
  }
});
