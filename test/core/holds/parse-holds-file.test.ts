import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/core/errors/config-error.js';
import { HOLDS_FILE, parseHoldsFile } from '../../../src/core/holds/parse-holds-file.js';

const entry = (folder: string, extra = ''): string =>
  `  - folder: ${folder}\n    reason: "rolled back from #42"\n    by: octocat\n    since: "2026-12-05T13:00:00Z"\n${extra}`;

function problemsOf(text: string): string[] {
  try {
    parseHoldsFile(text);
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('parseHoldsFile', () => {
  it.each([
    ['an empty file', '', []],
    ['a file of comments', '# nothing held\n', []],
    ['an empty list', 'holds: []\n', []],
    ['a `holds:` without a value', 'holds:\n', []],
  ])('holds nothing for %s', (_, text, holds) => {
    expect(parseHoldsFile(text).config).toEqual(holds);
  });

  it('reads every entry in file order, folders without their trailing slash', () => {
    const text = `# Held\nholds:\n${entry('clusters/prod/eu/c2/nginx/')}${entry('clusters/staging/eu/c1/app')}`;
    expect(parseHoldsFile(text).config).toEqual([
      {
        folder: 'clusters/prod/eu/c2/nginx',
        reason: 'rolled back from #42',
        by: 'octocat',
        since: '2026-12-05T13:00:00Z',
      },
      {
        folder: 'clusters/staging/eu/c1/app',
        reason: 'rolled back from #42',
        by: 'octocat',
        since: '2026-12-05T13:00:00Z',
      },
    ]);
  });

  it('accepts an unquoted timestamp and one with an offset', () => {
    const text = 'holds:\n  - {folder: a/b, reason: r, by: me, since: 2026-12-05T13:00:00+01:00}\n';
    expect(parseHoldsFile(text).config[0]?.since).toBe('2026-12-05T13:00:00+01:00');
  });

  it('keeps the first of two entries for one folder and warns at the second', () => {
    const text = `holds:\n${entry('a/b')}${entry('a/b/')}`;
    const loaded = parseHoldsFile(text);
    expect(loaded.config).toHaveLength(1);
    expect(loaded.warnings).toEqual([
      `${HOLDS_FILE}:6:13: \`a/b\` is already held by the entry on line 2; only that one counts: remove this one`,
    ]);
  });

  it.each([
    ['a list at the root', '- folder: a\n', ['1:1: the holds file must be a mapping with a `holds:` list']],
    [
      'an unknown top-level key, with a suggestion',
      'hold: []\n',
      ['1:1: unknown key `hold` in the holds file; did you mean `holds`?'],
    ],
    ['`holds` as a mapping', 'holds:\n  folder: a\n', ['2:3: `holds` must be a list of entries']],
    [
      'an entry that is text',
      'holds:\n  - a/b\n',
      ['2:5: a hold must be a mapping with folder, reason, by and since'],
    ],
    [
      'a misspelled key',
      `holds:\n${entry('a/b', '    resaon: x\n')}`,
      ['6:5: unknown key `resaon` in a hold; did you mean `reason`?'],
    ],
    [
      'a missing field',
      'holds:\n  - folder: a/b\n    reason: r\n    since: "2026-12-05T13:00:00Z"\n',
      ['2:5: a hold needs `by`'],
    ],
    [
      'a number for a reason',
      'holds:\n  - {folder: a/b, reason: 42, by: me, since: "2026-12-05T13:00:00Z"}\n',
      ['2:27: `reason` must be non-empty text'],
    ],
    [
      'a folder escaping the repository',
      `holds:\n${entry('a/../../etc')}`,
      ['2:13: `folder` must not contain a `..` segment'],
    ],
    [
      'an absolute folder',
      `holds:\n${entry('/etc')}`,
      ['2:13: `folder` must be relative to the repository root'],
    ],
    [
      'a date without a time',
      'holds:\n  - {folder: a/b, reason: r, by: me, since: 2026-12-05}\n',
      ['2:45: `since` must be an ISO 8601 time with a zone'],
    ],
    ['a YAML syntax error', 'holds:\n  - folder: [a\n', ['YAML:']],
  ])('refuses %s at its line and column', (_, text, expected) => {
    const problems = problemsOf(text);
    expect(problems).toHaveLength(expected.length);
    problems.forEach((problem, index) => {
      expect(problem.startsWith(`${HOLDS_FILE}:`)).toBe(true);
      expect(problem).toContain(expected[index]);
    });
  });

  it('reports every bad entry at once, in file order', () => {
    const text = `holds:\n${entry('/a')}${entry('b/..')}`;
    expect(problemsOf(text).map((problem) => problem.split(': ')[0])).toEqual([
      `${HOLDS_FILE}:2:13`,
      `${HOLDS_FILE}:6:13`,
    ]);
  });

  it('names the file it was given', () => {
    expect(problemsOf('holds: 3\n')[0]).toMatch(/^\.telefonistka\/holds\.yaml:1:8: /);
    expect(() => parseHoldsFile('holds: 3\n', 'other.yaml')).toThrow(/^other\.yaml:1:8: /);
  });
});
