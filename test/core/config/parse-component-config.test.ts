import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyComponentConfig } from '../../../src/core/config/empty-component-config.js';
import { parseComponentConfig } from '../../../src/core/config/parse-component-config.js';
import { configProblems, yamlLines } from './config-problems.js';

const FILE = 'clusters/staging/us-central1/c1/nginx/telefonistka.yaml';
const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/config/${name}`, import.meta.url), 'utf8');

describe('parseComponentConfig', () => {
  it('reads every component key', () => {
    const { config, warnings } = parseComponentConfig(fixture('full-component-config.yaml'), FILE);
    expect(warnings).toEqual([]);
    expect(config.promotionTargetAllowList.map((regex) => regex.source)).toEqual([
      '^clusters/(staging|prod)/',
    ]);
    expect(config.promotionTargetBlockList.map((regex) => regex.source)).toEqual([
      '^clusters/prod/europe-west3/',
      'c9/$',
    ]);
    expect(config.disableArgoCdDiff).toBe(true);
    expect(config.acknowledgedDrift.map(({ path: _, ...entry }) => entry)).toEqual([
      { pathText: 'values/prod-replicas.yaml', reason: 'production runs more replicas', expires: undefined },
      { pathText: 'regex:^secrets/.*\\.enc\\.yaml$', reason: 'encrypted per cluster', expires: '2031-12-31' },
      { pathText: 'dashboards/', reason: 'each cluster has its own dashboards', expires: undefined },
    ]);
  });

  it.each([
    ['', emptyComponentConfig()],
    ['# no settings\n', emptyComponentConfig()],
    [
      yamlLines(
        'promotionTargetAllowList:',
        'promotionTargetBlockList:',
        'disableArgoCDDiff:',
        'acknowledgedDrift:',
      ),
      emptyComponentConfig(),
    ],
  ])('returns the defaults for an empty file or empty values (%#)', (text, expected) => {
    expect(parseComponentConfig(text, FILE).config).toEqual(expected);
  });

  describe('acknowledgedDrift paths', () => {
    const matcher = (path: string) => {
      const text = yamlLines('acknowledgedDrift:', `  - path: '${path}'`, '    reason: intended');
      const [entry] = parseComponentConfig(text, FILE).config.acknowledgedDrift;
      return (candidate: string) => entry?.path.test(candidate);
    };

    it.each([
      ['values.yaml', 'values.yaml', true],
      ['values.yaml', 'values-yaml', false],
      ['values.yaml', 'sub/values.yaml', false],
      ['values.yaml', 'values.yaml.bak', false],
      ['a+b(1).yaml', 'a+b(1).yaml', true],
      ['templates/', 'templates/cm.yaml', true],
      ['templates/', 'templates/deep/x.yaml', true],
      ['templates/', 'other/templates/cm.yaml', false],
      ['regex:\\.enc\\.yaml$', 'secrets/a.enc.yaml', true],
      ['regex:\\.enc\\.yaml$', 'secrets/a.enc.yaml.txt', false],
      ['regex:values', 'sub/values-prod.yaml', true],
    ])('matches %s against %s: %s', (path, candidate, expected) => {
      expect(matcher(path)(candidate)).toBe(expected);
    });
  });

  it.each([
    [
      'an invalid regex path',
      ['acknowledgedDrift:', "  - path: 'regex:(('", '    reason: r'],
      '2:11: `acknowledgedDrift[0].path` is not a valid RE2 regular expression: missing closing ): `((`',
    ],
    [
      'an empty regex path',
      ['acknowledgedDrift:', "  - path: 'regex:'", '    reason: r'],
      '2:11: `acknowledgedDrift[0].path` has no regex after `regex:`',
    ],
    [
      'a path leaving the component folder',
      ['acknowledgedDrift:', '  - path: ../other/values.yaml', '    reason: r'],
      '2:11: `acknowledgedDrift[0].path` must not contain a `..` segment (path traversal)',
    ],
    [
      'an absolute path',
      ['acknowledgedDrift:', '  - path: /etc/passwd', '    reason: r'],
      '2:11: `acknowledgedDrift[0].path` must be relative to the repository root (no leading `/`)',
    ],
    [
      'a missing reason',
      ['acknowledgedDrift:', '  - path: values.yaml'],
      '2:5: `acknowledgedDrift[0]` is missing the required key `reason`',
    ],
    [
      'an empty reason',
      ['acknowledgedDrift:', '  - path: values.yaml', '    reason: ""'],
      '3:13: `acknowledgedDrift[0].reason` must not be empty',
    ],
    [
      'a date in another format',
      ['acknowledgedDrift:', '  - path: values.yaml', '    reason: r', '    expires: 31/12/2030'],
      '4:14: `acknowledgedDrift[0].expires` must be a date written YYYY-MM-DD, not the string "31/12/2030"',
    ],
    [
      'a date that does not exist',
      ['acknowledgedDrift:', '  - path: values.yaml', '    reason: r', '    expires: 2030-02-30'],
      '4:14: `acknowledgedDrift[0].expires` is not a calendar date: "2030-02-30"',
    ],
    [
      'an invalid allow-list regex',
      ['promotionTargetAllowList:', "  - '^clusters/(prod'"],
      '2:5: `promotionTargetAllowList[0]` is not a valid RE2 regular expression: missing closing ): `^clusters/(prod`',
    ],
    [
      'an invalid block-list regex',
      ['promotionTargetBlockList: [ok, "+"]'],
      '1:32: `promotionTargetBlockList[1]` is not a valid RE2 regular expression: missing argument to repetition operator: `+`',
    ],
    [
      'a flag given as a string',
      ['disableArgoCDDiff: "false"'],
      '1:20: `disableArgoCDDiff` must be true or false, not the string "false"',
    ],
    [
      'a typo in a key',
      ['promotionTargetAllowlist: [x]'],
      '1:1: unknown key `promotionTargetAllowlist`; did you mean `promotionTargetAllowList`?',
    ],
    [
      'a repository key',
      ['dryRunMode: true'],
      "1:1: `dryRunMode` is a repository key: put it in telefonistka.yaml at the repository root, not in a component's",
    ],
    [
      'a deprecated repository key',
      ['promtionPRlables: [x]'],
      "1:1: `promtionPRlables` is a repository key: put it in telefonistka.yaml at the repository root, not in a component's",
    ],
    [
      'a key of an acknowledgement',
      ['acknowledgedDrift:', '  - path: values.yaml', '    reason: r', '    expiry: 2030-01-01'],
      '4:5: unknown key `acknowledgedDrift[0].expiry`; did you mean `expires`?',
    ],
  ])('reports %s at its position', (_name, lines, expected) => {
    expect(configProblems(() => parseComponentConfig(yamlLines(...lines), FILE))).toEqual([
      `${FILE}:${expected}`,
    ]);
  });

  it('suggests only component keys for a typo in a component file', () => {
    expect(configProblems(() => parseComponentConfig('disableArgoCdDif: true\n', FILE))).toEqual([
      `${FILE}:1:1: unknown key \`disableArgoCdDif\`; did you mean \`disableArgoCDDiff\`?`,
    ]);
  });

  it('reports every problem of the file together', () => {
    const text = yamlLines(
      'promotionTargetAllowList: ["("]',
      'promotionTargetBlockList: [")"]',
      'disableArgoCDDiff: 1',
      'acknowledgedDrift:',
      '  - path: ../x',
    );
    expect(configProblems(() => parseComponentConfig(text, FILE)).map((p) => p.split(': ')[0])).toEqual([
      `${FILE}:1:28`,
      `${FILE}:2:28`,
      `${FILE}:3:20`,
      `${FILE}:5:5`,
      `${FILE}:5:11`,
    ]);
  });
});
