import { describe, expect, it } from 'vitest';
import { parseRepoConfig } from '../../../src/core/config/parse-repo-config.js';
import { configProblems, yamlLines } from './config-problems.js';

describe('buildDashboardConfig', () => {
  it.each([
    ['', true],
    ['dashboard: off', false],
    ['dashboard: on', true],
    ['dashboard: false', false],
    ['dashboard:\n  enabled: off', false],
    ['dashboard:\n  version: []', true],
  ])('reads %j as enabled=%s', (text, enabled) => {
    expect(parseRepoConfig(text).config.dashboard.enabled).toBe(enabled);
  });

  it('parses version sources with the bump path language', () => {
    const config = parseRepoConfig(
      yamlLines('dashboard:', '  version:', '    - file: ./values.yaml', '      path: .image.tag'),
    ).config;
    expect(config.dashboard.version.map((source) => [source.file, source.path.source])).toEqual([
      ['values.yaml', '.image.tag'],
    ]);
  });

  it('reports a bad switch, an escaping file and an invalid path at their file:line:col', () => {
    const problems = configProblems(() =>
      parseRepoConfig(
        yamlLines(
          'dashboard:',
          '  enabled: maybe',
          '  version:',
          '    - file: ../secrets.yaml',
          '      path: .image.tag',
          '    - file: values.yaml',
          '      path: image.tag',
        ),
      ),
    );
    expect(problems).toEqual([
      'telefonistka.yaml:2:12: `dashboard.enabled` must be `on` or `off`, not "maybe"',
      expect.stringMatching(
        /^telefonistka\.yaml:4:13: `dashboard\.version\[0\]\.file` must be a file path relative/,
      ),
      expect.stringMatching(/^telefonistka\.yaml:7:13: `dashboard\.version\[1\]\.path`: invalid YAML path/),
    ]);
  });

  it('rejects unknown keys under dashboard with a suggestion', () => {
    expect(configProblems(() => parseRepoConfig(yamlLines('dashboard:', '  versions: []')))).toEqual([
      expect.stringMatching(
        /^telefonistka\.yaml:2:3: unknown key `dashboard\.versions`; did you mean `version`\?/,
      ),
    ]);
  });
});
