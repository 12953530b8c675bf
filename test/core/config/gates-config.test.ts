import { describe, expect, it } from 'vitest';
import { parseDays, parseHours } from '../../../src/core/config/build-gates-config.js';
import { parseDuration } from '../../../src/core/config/parse-duration.js';
import { parseRepoConfig } from '../../../src/core/config/parse-repo-config.js';
import { configProblems, yamlLines } from './config-problems.js';

const gated = yamlLines(
  'environments:',
  '  - path: "clusters/prod/.*"',
  '    name: production',
  '  - path: clusters/staging/',
  '    name: staging',
  'deploymentConfirmation: merge',
  'promotionEvents:',
  '  - url: https://hooks.slack.com/services/T/B/x',
  '    format: slack',
  '    events: [merged, failed]',
  '  - url: https://example.com/hook',
  'promotionPaths:',
  '  - sourcePath: clusters/staging/',
  '    conditions: { autoMerge: true }',
  '    gates:',
  '      soak: 2h',
  '      healthy: argocd',
  '      windows: [{ days: Mon-Thu, hours: "09:00-16:00", timezone: Europe/Berlin }]',
  '      freeze: [{ from: 2026-12-20, to: "2027-01-04T00:00:00+01:00", reason: year end }]',
  '    promotionPrs:',
  '      - targetPaths: [clusters/prod/]',
  '        gates: { soak: 30m, approvals: 1 }',
  '      - targetPaths: [clusters/dr/]',
  '  - sourcePath: clusters/lab/',
  '    promotionPrs:',
  '      - targetPaths: [clusters/staging/]',
);

describe('gates configuration', () => {
  it('reads environments, confirmation, events and gates with PR keys over the flow keys', () => {
    const { config, warnings } = parseRepoConfig(gated);
    expect(warnings).toEqual([]);
    expect(config.environments?.map((e) => [e.pathText, e.name])).toEqual([
      ['clusters/prod/.*', 'production'],
      ['clusters/staging/', 'staging'],
    ]);
    expect(config.environments?.[1]?.path.test('x/clusters/staging/')).toBe(false);
    expect(config.deploymentConfirmation).toBe('merge');
    expect(config.promotionEvents).toEqual([
      { url: 'https://hooks.slack.com/services/T/B/x', format: 'slack', events: ['merged', 'failed'] },
      {
        url: 'https://example.com/hook',
        format: 'json',
        events: ['opened', 'gated', 'merged', 'deployed', 'failed'],
      },
    ]);
    const [prod, dr] = config.promotionPaths[0]?.promotionPrs ?? [];
    expect(prod?.gates).toMatchObject({
      soakMs: 30 * 60_000,
      soakText: '30m',
      healthy: 'argocd',
      approvals: 1,
    });
    expect(prod?.gates?.windows).toEqual([
      {
        days: [1, 2, 3, 4],
        start: 540,
        end: 960,
        timezone: 'Europe/Berlin',
        text: 'Mon-Thu 09:00-16:00 Europe/Berlin',
      },
    ]);
    expect(prod?.gates?.freeze).toEqual([
      { from: Date.UTC(2026, 11, 20), to: Date.UTC(2027, 0, 3, 23), reason: 'year end' },
    ]);
    expect(dr?.gates).toMatchObject({ soakMs: 2 * 3_600_000, approvals: 0, countOwnApprovals: false });
    expect(config.promotionPaths[1]?.promotionPrs[0]?.gates).toBeUndefined();
  });

  it('reports every malformed gate at its file:line:col', () => {
    const text = yamlLines(
      'environments:',
      '  - path: "clusters/(prod"',
      '    name: production',
      'promotionEvents:',
      '  - url: http://example.com/hook',
      'promotionPaths:',
      '  - sourcePath: clusters/staging/',
      '    gates:',
      '      soak: two hours',
      '      healthy: green',
      '      windows: [{ days: Mon-Funday, hours: "9-16", timezone: Mars/Olympus }]',
      '      freeze: [{ from: 2026-02-30, to: 2026-01-01 }]',
      '      approvals: -1',
    );
    expect(configProblems(() => parseRepoConfig(text))).toEqual([
      expect.stringMatching(
        /^telefonistka\.yaml:2:11: `environments\[0\]\.path` is not a valid RE2 regular expression/,
      ),
      'telefonistka.yaml:5:10: `promotionEvents[0].url` must be an https:// URL (http:// only for 127.0.0.1 or localhost), not "http://example.com/hook"',
      'telefonistka.yaml:9:13: `promotionPaths[0].gates.soak` must be a duration such as `2h`, `90m`, `1h30m` or `1d`, not "two hours"',
      expect.stringMatching(
        /^telefonistka\.yaml:10:16: `promotionPaths\[0\]\.gates\.healthy` must be one of `argocd`, `deployment`/,
      ),
      expect.stringMatching(
        /^telefonistka\.yaml:11:25: `promotionPaths\[0\]\.gates\.windows\[0\]\.days` must list days/,
      ),
      expect.stringMatching(
        /^telefonistka\.yaml:11:44: `promotionPaths\[0\]\.gates\.windows\[0\]\.hours` must be a range/,
      ),
      expect.stringMatching(
        /^telefonistka\.yaml:11:62: `promotionPaths\[0\]\.gates\.windows\[0\]\.timezone` is not an IANA time zone/,
      ),
      expect.stringMatching(
        /^telefonistka\.yaml:12:24: `promotionPaths\[0\]\.gates\.freeze\[0\]\.from` must be a date/,
      ),
      'telefonistka.yaml:13:18: `promotionPaths[0].gates.approvals` must be 0 or more, not the number -1',
    ]);
  });

  it('refuses a freeze that ends before it starts', () => {
    const text = yamlLines(
      'promotionPaths:',
      '  - sourcePath: a/',
      '    gates:',
      '      freeze: [{ from: 2026-12-20, to: 2026-12-01 }]',
    );
    expect(configProblems(() => parseRepoConfig(text))).toEqual([
      'telefonistka.yaml:4:40: `promotionPaths[0].gates.freeze[0].to` must be later than `from`',
    ]);
  });
});

describe('gate value readers', () => {
  it.each([
    ['2h', 7_200_000],
    ['90m', 5_400_000],
    ['1h30m', 5_400_000],
    ['1d', 86_400_000],
    ['45s', 45_000],
    ['', undefined],
    ['2 h', undefined],
    ['h', undefined],
  ])('parseDuration(%j) is %j', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each([
    ['Mon-Thu', [1, 2, 3, 4]],
    ['Mon,Wed,Fri', [1, 3, 5]],
    ['Fri-Mon', [0, 1, 5, 6]],
    ['sat-sun', [0, 6]],
    ['Monday', [1]],
    ['Mon-', undefined],
    ['Moonday', undefined],
  ])('parseDays(%j) is %j', (text, days) => {
    expect(parseDays(text)).toEqual(days);
  });

  it.each([
    ['09:00-16:00', { start: 540, end: 960 }],
    ['22:00-06:00', { start: 1320, end: 360 }],
    ['00:00-24:00', { start: 0, end: 1440 }],
    ['24:00-01:00', undefined],
    ['09:60-10:00', undefined],
    ['09:00-09:00', undefined],
  ])('parseHours(%j) is %j', (text, hours) => {
    expect(parseHours(text)).toEqual(hours);
  });
});
