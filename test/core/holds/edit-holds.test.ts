import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/core/errors/config-error.js';
import { addHold } from '../../../src/core/holds/add-hold.js';
import { parseHoldsFile } from '../../../src/core/holds/parse-holds-file.js';
import { removeHold } from '../../../src/core/holds/remove-hold.js';

const hold = {
  folder: 'clusters/prod/eu/c2/nginx',
  reason: 'rolled back from #42',
  by: 'octocat',
  since: '2026-12-05T13:00:00Z',
};

const written = `# Held folders (edited by hand and by telefonistka)
holds:
  # the staging freeze: keep until Monday
  - folder: clusters/staging/eu/c1/app
    reason: waiting for the DB migration   # ticket OPS-7
    by: alice
    since: 2026-12-01T00:00:00Z
  - { folder: clusters/prod/us/c1/app, reason: two, by: bob, since: "2026-12-02T00:00:00Z" }
# end of holds
`;

describe('addHold', () => {
  it('creates the file with its header when there is none', () => {
    expect(addHold('', hold)).toBe(
      [
        '# Held component folders: promote and the sweep skip them until the entry is removed.',
        '',
        'holds:',
        '  - folder: clusters/prod/eu/c2/nginx',
        '    reason: "rolled back from #42"',
        '    by: octocat',
        '    since: "2026-12-05T13:00:00Z"',
        '',
      ].join('\n'),
    );
  });

  it('appends the entry and keeps every comment and other entry as written', () => {
    const text = addHold(written, hold);
    expect(text).toBe(
      written
        .replace(
          '# end of holds\n',
          [
            '  - folder: clusters/prod/eu/c2/nginx',
            '    reason: "rolled back from #42"',
            '    by: octocat',
            '    since: "2026-12-05T13:00:00Z"',
            '',
            '# end of holds',
            '',
          ].join('\n'),
        )
        // The yaml library writes one space before a trailing comment and pads flow mappings.
        .replace('migration   # ticket', 'migration # ticket'),
    );
    expect(parseHoldsFile(text).config.map((entry) => entry.folder)).toEqual([
      'clusters/staging/eu/c1/app',
      'clusters/prod/us/c1/app',
      'clusters/prod/eu/c2/nginx',
    ]);
  });

  it.each([
    ['an empty flow list', 'holds: []\n'],
    ['an empty value', 'holds:\n'],
    ['a file of comments', '# nothing yet\n'],
  ])('writes a block list into %s', (_, text) => {
    const result = addHold(text, hold);
    expect(result).toContain('holds:\n  - folder: clusters/prod/eu/c2/nginx\n');
    expect(parseHoldsFile(result).config).toEqual([hold]);
  });

  it.each([
    ['the same folder', hold.folder],
    ['the same folder with a trailing slash', `${hold.folder}/`],
  ])('returns the text unchanged when %s is already held', (_, folder) => {
    const once = addHold(written, hold);
    expect(addHold(once, { ...hold, folder, reason: 'another reason' })).toBe(once);
  });

  it('stores the folder without its trailing slash', () => {
    expect(parseHoldsFile(addHold('', { ...hold, folder: 'a/b/' })).config[0]?.folder).toBe('a/b');
  });

  it('writes a multi-line or YAML-looking reason as one quoted line that reads back the same', () => {
    const reason = 'first line\n- folder: evil\n  by: "x" # not a comment: {a: b}';
    const text = addHold('', { ...hold, reason });
    expect(parseHoldsFile(text).config).toEqual([
      { ...hold, reason: 'first line - folder: evil by: "x" # not a comment: {a: b}' },
    ]);
  });

  it.each([['../etc'], ['/abs'], ['a//b'], ['']])('refuses the unsafe folder %j', (folder) => {
    expect(() => addHold('', { ...hold, folder })).toThrow(/cannot hold/);
  });

  it('refuses a since that is not a timestamp', () => {
    expect(() => addHold('', { ...hold, since: 'yesterday' })).toThrow(ConfigError);
  });

  it('refuses to rewrite a broken file', () => {
    expect(() => addHold('holds:\n  - folder: [a\n', hold)).toThrow(ConfigError);
    expect(() => addHold('holds:\n  - foldr: a/b\n', hold)).toThrow(/did you mean `folder`/);
  });
});

describe('removeHold', () => {
  it('removes the entry and keeps every comment and other entry', () => {
    const text = removeHold(written, 'clusters/prod/us/c1/app');
    expect(text).toBe(
      written
        .replace(
          '  - { folder: clusters/prod/us/c1/app, reason: two, by: bob, since: "2026-12-02T00:00:00Z" }\n',
          '',
        )
        .replace('migration   # ticket', 'migration # ticket')
        .replace('\n# end of holds', '\n\n# end of holds'),
    );
    expect(parseHoldsFile(text).config.map((entry) => entry.folder)).toEqual(['clusters/staging/eu/c1/app']);
  });

  it('removes a folder written with a trailing slash, and every duplicate of it', () => {
    const text =
      'holds:\n  - {folder: a/b/, reason: r, by: me, since: "2026-12-05T13:00:00Z"}\n  - {folder: a/b, reason: s, by: me, since: "2026-12-05T13:00:00Z"}\n  - {folder: c, reason: t, by: me, since: "2026-12-05T13:00:00Z"}\n';
    expect(parseHoldsFile(removeHold(text, 'a/b')).config.map((entry) => entry.folder)).toEqual(['c']);
  });

  it('writes `holds: []` when the last entry goes', () => {
    expect(removeHold(addHold('', hold), hold.folder)).toBe(
      '# Held component folders: promote and the sweep skip them until the entry is removed.\n\nholds: []\n',
    );
  });

  it.each([
    ['a folder that is not held', written, 'clusters/dev/x'],
    ['an empty file', '', hold.folder],
    ['an unsafe folder', written, '../x'],
  ])('returns the text unchanged for %s', (_, text, folder) => {
    expect(removeHold(text, folder)).toBe(text);
  });

  it('refuses to rewrite a broken file', () => {
    expect(() => removeHold('holds: 3\n', hold.folder)).toThrow(ConfigError);
  });

  it('undoes addHold', () => {
    expect(parseHoldsFile(removeHold(addHold(written, hold), hold.folder)).config).toEqual(
      parseHoldsFile(written).config,
    );
  });
});
