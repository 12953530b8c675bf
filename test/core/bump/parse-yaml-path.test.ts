import { describe, expect, it } from 'vitest';
import { formatYamlPath } from '../../../src/core/bump/format-yaml-path.js';
import { parseYamlPath } from '../../../src/core/bump/parse-yaml-path.js';

describe('parseYamlPath', () => {
  const canonical: [source: string, formatted: string][] = [
    ['.a.b', '.a.b'],
    ['.list[0]', '.list[0]'],
    ['.list[-1]', '.list[-1]'],
    ['.list[]', '.list[]'],
    ['.db.[]', '.db[]'],
    ['.db[] | select(.name == "postgres").image.tag', '.db[]|select(.name == "postgres").image.tag'],
    ['.db.[] | select(.name == "postgres").image.tag', '.db[]|select(.name == "postgres").image.tag'],
    ['.db[] | select(.name == "postgres") | .image.tag', '.db[]|select(.name == "postgres").image.tag'],
    ['."a.b".c', '."a.b".c'],
    ['.["a.b"]', '."a.b"'],
    [".'it''s'", '."it\'s"'],
    ['.[0].name', '.[0].name'],
    [
      '.apps[] | select(.port == 8080 and (.tls == true or .name != null)).x',
      '.apps[]|select((.port == 8080 and (.tls == true or .name != null))).x',
    ],
    ['.images[] | select(. == "nginx:1.0")', '.images[]|select(. == "nginx:1.0")'],
    ['.my-chart.image', '.my-chart.image'],
    ['.a | select("x" == .b).c', '.a|select(.b == "x").c'],
  ];
  for (const [source, formatted] of canonical) {
    it(`reads ${source} as ${formatted}`, () => {
      expect(formatYamlPath(parseYamlPath(source).steps)).toBe(formatted);
    });
  }

  it('keeps escapes of double-quoted keys', () => {
    expect(parseYamlPath('."a\\"b\\u00e9"').steps).toEqual([{ kind: 'key', key: 'a"bé' }]);
  });

  const invalid: [source: string, message: RegExp][] = [
    ['a.b', /expected a path starting with "\." or select\(\.\.\.\), found "a" at column 1/],
    ['.a..b', /expected a key name, a quoted key or "\[" after "\.", found "\." at column 4/],
    ['.a[', /expected "\]", an index or a quoted key inside "\[\.\.\.\]", found the end at column 4/],
    ['.a[x]', /found "x" at column 4/],
    ['.a | select(.b = 1)', /expected "==" or "!="/],
    ['.a | select(.b == )', /expected a quoted string, a number, true, false or null/],
    ['.a | select(.b == "x"', /expected "\)"/],
    ['."a', /unterminated quoted string/],
    ['.a b', /expected "\|", "\.", "\[" or the end of the path, found "b" at column 4/],
    ['.', /must name at least one key or index/],
    ['select(.a == 1)', /must name at least one key or index/],
    ['.a | select(.b[] == 1)', /a condition path takes keys and indexes only/],
  ];
  for (const [source, message] of invalid) {
    it(`rejects ${JSON.stringify(source)} naming the place`, () => {
      expect(() => parseYamlPath(source)).toThrow(message);
    });
  }
});
