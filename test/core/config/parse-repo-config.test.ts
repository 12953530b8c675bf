import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyRepoConfig } from '../../../src/core/config/empty-repo-config.js';
import { parseRepoConfig } from '../../../src/core/config/parse-repo-config.js';
import type { RepoConfig } from '../../../src/core/config/types.js';
import { configProblems, yamlLines } from './config-problems.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/config/${name}`, import.meta.url), 'utf8');

const sources = (regexes: readonly { source: string }[]): string[] => regexes.map((regex) => regex.source);

describe('parseRepoConfig', () => {
  describe('reading keys', () => {
    it('reads every repository key of a complete configuration', () => {
      const { config, warnings } = parseRepoConfig(fixture('full-repo-config.yaml'));
      expect(warnings).toEqual([]);
      const [flow] = config.promotionPaths;
      expect(flow?.sourcePath).toBe('clusters/staging/[^/]*/[^/]*/');
      expect(flow?.sourcePathRegex.test('clusters/staging/us-central1/c1/')).toBe(true);
      expect(flow?.componentPathExtraDepth).toBe(1);
      expect(flow?.conditions).toEqual({ prHasLabels: ['quick_promotion', 'hotfix'], autoMerge: true });
      expect(flow?.promotionPrs.map(({ location: _, ...pr }) => pr)).toEqual([
        {
          targetDescription: 'Production tier 1',
          targetPaths: ['clusters/prod/us-west1/c2/'],
          labels: ['tier-1'],
        },
        {
          targetDescription: undefined,
          targetPaths: ['clusters/prod/europe-west3/c2/', 'clusters/prod/us-east4/c2/'],
          labels: [],
        },
      ]);
      expect(config.promotionPrLabels).toEqual(['telefonistka', 'gitops']);
      expect(config.dryRunMode).toBe(true);
      expect(config.autoApprovePromotionPrs).toBe(true);
      expect(config.toggleCommitStatus).toEqual({ 'override-terraform-pipeline': 'github-action-terraform' });
      expect(config.webhookEndpointRegexs.map(({ regex: _, ...rest }) => rest)).toEqual([
        {
          expression: '^clusters/([^/]*)/([^/]*)/([^/]*)/.*',
          replacements: ['https://argocd-${1}-${2}-${3}.example.com/api/webhook'],
        },
      ]);
      expect(config.webhookEndpointRegexs[0]?.regex.groupCount).toBe(3);
      expect(config.whProxySkipTlsVerifyUpstream).toBe(true);
      const { allowSyncFromBranchPathRegex, ...argocdFlags } = config.argocd;
      expect(argocdFlags).toEqual({
        commentDiffOnPr: true,
        autoMergeNoDiffPrs: true,
        useShaLabelForAppDiscovery: true,
        createTempAppObjectFromNewApps: true,
      });
      expect(allowSyncFromBranchPathRegex?.source).toBe('^clusters/lab/');
      expect(config.supersede).toBe('comment');
      expect(config.promotionPreview).toBe('label');
      expect(sources(config.driftDetectionIgnoreFiles)).toEqual(['(^|/)README\\.md$', '\\.lock$']);
      expect(sources(config.driftDetectionIgnoreLineRegex)).toEqual(['^\\s*#', 'image-digest:']);
      expect(sources(config.diffRedact)).toEqual(['^Secret/', '\\.password$']);
    });

    it.each<[string, string, (config: RepoConfig) => unknown, unknown]>([
      ['dryRunMode', 'dryRunMode: true', (c) => c.dryRunMode, true],
      ['autoApprovePromotionPrs', 'autoApprovePromotionPrs: true', (c) => c.autoApprovePromotionPrs, true],
      [
        'whProxtSkipTLSVerifyUpstream',
        'whProxtSkipTLSVerifyUpstream: true',
        (c) => c.whProxySkipTlsVerifyUpstream,
        true,
      ],
      ['promotionPrLabels', 'promotionPrLabels: [a, b]', (c) => c.promotionPrLabels, ['a', 'b']],
      ['toggleCommitStatus', 'toggleCommitStatus: {retry: ci}', (c) => c.toggleCommitStatus, { retry: 'ci' }],
      ['supersede: close', 'supersede: close', (c) => c.supersede, 'close'],
      ['supersede: comment', 'supersede: comment', (c) => c.supersede, 'comment'],
      ['supersede: off', 'supersede: "off"', (c) => c.supersede, 'off'],
      ['promotionPreview: always', 'promotionPreview: always', (c) => c.promotionPreview, 'always'],
      ['promotionPreview: label', 'promotionPreview: label', (c) => c.promotionPreview, 'label'],
      [
        'promotionPrAuthors',
        'promotionPrAuthors: ["deployer-app[bot]", release-bot]',
        (c) => c.promotionPrAuthors,
        ['deployer-app[bot]', 'release-bot'],
      ],
      ['argocd.commentDiffonPR', 'argocd: {commentDiffonPR: true}', (c) => c.argocd.commentDiffOnPr, true],
      [
        'argocd.autoMergeNoDiffPRs',
        'argocd: {autoMergeNoDiffPRs: true}',
        (c) => c.argocd.autoMergeNoDiffPrs,
        true,
      ],
      [
        'argocd.useSHALabelForAppDiscovery',
        'argocd: {useSHALabelForAppDiscovery: true}',
        (c) => c.argocd.useShaLabelForAppDiscovery,
        true,
      ],
      [
        'argocd.createTempAppObjectFromNewApps',
        'argocd: {createTempAppObjectFromNewApps: true}',
        (c) => c.argocd.createTempAppObjectFromNewApps,
        true,
      ],
      [
        'argocd.allowSyncfromBranchPathRegex',
        "argocd: {allowSyncfromBranchPathRegex: '^workspace/'}",
        (c) => c.argocd.allowSyncFromBranchPathRegex?.source,
        '^workspace/',
      ],
      [
        'an empty allowSyncfromBranchPathRegex (feature off)',
        "argocd: {allowSyncfromBranchPathRegex: ''}",
        (c) => c.argocd.allowSyncFromBranchPathRegex,
        undefined,
      ],
      [
        'driftDetectionIgnoreLineRegex as a single string',
        "driftDetectionIgnoreLineRegex: '^#'",
        (c) => sources(c.driftDetectionIgnoreLineRegex),
        ['^#'],
      ],
      [
        'driftDetectionIgnoreFiles',
        "driftDetectionIgnoreFiles: ['\\.md$']",
        (c) => sources(c.driftDetectionIgnoreFiles),
        ['\\.md$'],
      ],
      ['diffRedact', "diffRedact: ['^Secret/']", (c) => sources(c.diffRedact), ['^Secret/']],
    ])('reads %s', (_name, text, select, expected) => {
      const loaded = parseRepoConfig(`${text}\n`);
      expect(select(loaded.config)).toEqual(expected);
      expect(loaded.warnings).toEqual([]);
    });

    it.each<[string, string, readonly string[] | undefined]>([
      ['absent', 'conditions: {autoMerge: true}', undefined],
      ['empty', 'conditions: {prHasLabels: }', undefined],
      ['null', 'conditions: {prHasLabels: null}', undefined],
      ['an empty list (never passes)', 'conditions: {prHasLabels: []}', []],
      ['a list', 'conditions: {prHasLabels: [quick, hotfix]}', ['quick', 'hotfix']],
    ])('reads conditions.prHasLabels when it is %s', (_name, conditions, expected) => {
      const text = yamlLines('promotionPaths:', '  - sourcePath: a/', `    ${conditions}`);
      expect(parseRepoConfig(text).config.promotionPaths[0]?.conditions.prHasLabels).toEqual(expected);
    });

    it('records where each flow and each promotion PR is written', () => {
      const text = yamlLines(
        'promotionPaths:',
        '  - sourcePath: a/',
        '    promotionPrs:',
        '      - targetPaths: [b/]',
        '      - targetPaths: [c/]',
      );
      const [flow] = parseRepoConfig(text, 'cfg.yaml').config.promotionPaths;
      expect(flow?.location).toEqual({ file: 'cfg.yaml', line: 2, column: 5 });
      expect(flow?.promotionPrs.map((pr) => pr.location.line)).toEqual([4, 5]);
    });

    it('treats an empty targetDescription as none', () => {
      const text = yamlLines(
        'promotionPaths:',
        '  - sourcePath: a/',
        '    promotionPrs:',
        '      - {targetPaths: [b/], targetDescription: ""}',
      );
      expect(
        parseRepoConfig(text).config.promotionPaths[0]?.promotionPrs[0]?.targetDescription,
      ).toBeUndefined();
    });

    it('follows YAML anchors and merge keys', () => {
      const text = yamlLines(
        'promotionPaths:',
        '  - sourcePath: a/',
        '    promotionPrs: &prs',
        '      - targetPaths: [b/]',
        '  - sourcePath: c/',
        '    conditions: &cond {autoMerge: true}',
        '    promotionPrs: *prs',
        '  - sourcePath: d/',
        '    conditions: {<<: *cond, prHasLabels: [x]}',
      );
      const flows = parseRepoConfig(text).config.promotionPaths;
      expect(flows[1]?.promotionPrs[0]?.targetPaths).toEqual(['b/']);
      expect(flows[2]?.conditions).toEqual({ prHasLabels: ['x'], autoMerge: true });
    });
  });

  describe('defaults', () => {
    it.each([
      ['an empty file', ''],
      ['a file with only comments', '# nothing configured yet\n'],
      ['an empty mapping', '{}\n'],
      ['a document marker only', '---\n'],
    ])('returns the empty configuration for %s', (_name, text) => {
      expect(parseRepoConfig(text)).toEqual({ config: emptyRepoConfig(), warnings: [], warningDetails: [] });
    });

    it('treats keys written without a value as their defaults, like the Go bot', () => {
      const text = yamlLines(
        'promotionPaths:',
        'promotionPrLabels:',
        'dryRunMode:',
        'autoApprovePromotionPrs:',
        'toggleCommitStatus:',
        'webhookEndpointRegexs:',
        'whProxtSkipTLSVerifyUpstream:',
        'argocd:',
        'supersede:',
        'promotionPreview:',
        'driftDetectionIgnoreFiles:',
        'driftDetectionIgnoreLineRegex:',
        'diffRedact:',
      );
      expect(parseRepoConfig(text).config).toEqual(emptyRepoConfig());
    });

    it('defaults a flow to depth 0, no conditions, no PRs', () => {
      const flow = parseRepoConfig('promotionPaths: [{sourcePath: a/}]\n').config.promotionPaths[0];
      expect(flow?.componentPathExtraDepth).toBe(0);
      expect(flow?.conditions).toEqual({ prHasLabels: undefined, autoMerge: false });
      expect(flow?.promotionPrs).toEqual([]);
    });

    it('has supersede close and promotionPreview always by default', () => {
      expect(emptyRepoConfig()).toMatchObject({ supersede: 'close', promotionPreview: 'always' });
    });
  });

  describe('deprecated aliases', () => {
    it.each<[string, string, (config: RepoConfig) => unknown, unknown, string]>([
      [
        'promtionPRlables',
        'promtionPRlables: [x]',
        (c) => c.promotionPrLabels,
        ['x'],
        'telefonistka.yaml:2:1: `promtionPRlables` is deprecated: rename it to `promotionPrLabels`',
      ],
      [
        'commentArgocdDiffonPR',
        'commentArgocdDiffonPR: true',
        (c) => c.argocd.commentDiffOnPr,
        true,
        'telefonistka.yaml:2:1: `commentArgocdDiffonPR` is deprecated: rename it to `argocd.commentDiffonPR`',
      ],
      [
        'autoMergeNoDiffPRs',
        'autoMergeNoDiffPRs: true',
        (c) => c.argocd.autoMergeNoDiffPrs,
        true,
        'telefonistka.yaml:2:1: `autoMergeNoDiffPRs` is deprecated: rename it to `argocd.autoMergeNoDiffPRs`',
      ],
      [
        'usaSHALabelForArgoDicovery',
        'usaSHALabelForArgoDicovery: true',
        (c) => c.argocd.useShaLabelForAppDiscovery,
        true,
        'telefonistka.yaml:2:1: `usaSHALabelForArgoDicovery` is deprecated: rename it to `argocd.useSHALabelForAppDiscovery`',
      ],
    ])('accepts %s with a warning at its position', (_name, line, select, expected, warning) => {
      const loaded = parseRepoConfig(yamlLines('dryRunMode: false', line));
      expect(select(loaded.config)).toEqual(expected);
      expect(loaded.warnings).toEqual([warning]);
      expect(loaded.warningDetails?.[0]).toMatchObject({ line: 2, column: 1 });
    });

    it('uses the new key and warns that the deprecated one is ignored when both are written', () => {
      const text = yamlLines(
        'promotionPrLabels: [new]',
        'promtionPRlables: [old]',
        'commentArgocdDiffonPR: true',
        'argocd:',
        '  commentDiffonPR: false',
      );
      const loaded = parseRepoConfig(text);
      expect(loaded.config.promotionPrLabels).toEqual(['new']);
      expect(loaded.config.argocd.commentDiffOnPr).toBe(false);
      expect(loaded.warnings).toEqual([
        'telefonistka.yaml:2:1: `promtionPRlables` is deprecated and ignored because `promotionPrLabels` is also set; remove `promtionPRlables`',
        'telefonistka.yaml:3:1: `commentArgocdDiffonPR` is deprecated and ignored because `argocd.commentDiffonPR` is also set; remove `commentArgocdDiffonPR`',
      ]);
    });

    it('accepts YAML 1.1 booleans (yes, no, on, off) as the Go bot did, with a warning', () => {
      const loaded = parseRepoConfig(
        yamlLines('dryRunMode: yes', 'argocd:', '  commentDiffonPR: On', 'autoApprovePromotionPrs: no'),
      );
      expect(loaded.config).toMatchObject({ dryRunMode: true, autoApprovePromotionPrs: false });
      expect(loaded.config.argocd.commentDiffOnPr).toBe(true);
      expect(loaded.warnings).toEqual([
        'telefonistka.yaml:1:13: `dryRunMode`: yes is read as true (YAML 1.1, as the Go bot did); write true',
        'telefonistka.yaml:3:20: `argocd.commentDiffonPR`: On is read as true (YAML 1.1, as the Go bot did); write true',
        'telefonistka.yaml:4:26: `autoApprovePromotionPrs`: no is read as false (YAML 1.1, as the Go bot did); write false',
      ]);
    });
  });

  describe('unknown keys', () => {
    it.each([
      [
        'a case slip at the top level',
        'promotionPRLabels: [x]',
        '1:1: unknown key `promotionPRLabels`; did you mean `promotionPrLabels`?',
      ],
      [
        'a typo at the top level',
        'dryRunMod: true',
        '1:1: unknown key `dryRunMod`; did you mean `dryRunMode`?',
      ],
      [
        'an argocd key written at the top level',
        'createTempAppObjectFromNewApps: true',
        '1:1: unknown key `createTempAppObjectFromNewApps`; did you mean `argocd.createTempAppObjectFromNewApps`?',
      ],
      [
        'a misspelt deprecated key',
        'commentArgoCDDiffOnPR: true',
        '1:1: unknown key `commentArgoCDDiffOnPR`; did you mean `argocd.commentDiffonPR`?',
      ],
      ['a key close to nothing', 'colour: blue', '1:1: unknown key `colour`'],
      [
        'a key inside argocd',
        'argocd:\n  commentDiffOnPr: true',
        '2:3: unknown key `argocd.commentDiffOnPr`; did you mean `commentDiffonPR`?',
      ],
      [
        'a key inside a flow',
        'promotionPaths:\n  - sourcePath: a/\n    promotionPr: []',
        '3:5: unknown key `promotionPaths[0].promotionPr`; did you mean `promotionPrs`?',
      ],
      [
        'a key inside conditions',
        'promotionPaths:\n  - sourcePath: a/\n    conditions:\n      prHasLabel: [x]',
        '4:7: unknown key `promotionPaths[0].conditions.prHasLabel`; did you mean `prHasLabels`?',
      ],
      [
        'a key inside a promotion PR',
        'promotionPaths:\n  - sourcePath: a/\n    promotionPrs:\n      - targetPaths: [b/]\n        targetDescriptoin: B',
        '5:9: unknown key `promotionPaths[0].promotionPrs[0].targetDescriptoin`; did you mean `targetDescription`?',
      ],
      [
        'a key inside a webhook entry',
        'webhookEndpointRegexs:\n  - expression: a\n    replacement: [x]',
        '3:5: unknown key `webhookEndpointRegexs[0].replacement`; did you mean `replacements`?',
      ],
      [
        'a component key in the repository file',
        'disableArgoCDDiff: true',
        "1:1: `disableArgoCDDiff` is a component key: put it in the component's own telefonistka.yaml (<component folder>/telefonistka.yaml), not in the repository's",
      ],
      [
        'the early list-of-lists targetPaths format',
        'promotionPaths:\n  - sourcePath: a/\n    targetPaths:\n      - [b/]',
        '3:5: `promotionPaths[0].targetPaths` is the early Telefonistka format, which the Go bot no longer reads: write each inner list as `promotionPrs: [{targetPaths: [...]}]`',
      ],
    ])('reports %s at the key, with a suggestion when one is close', (_name, text, expected) => {
      expect(configProblems(() => parseRepoConfig(`${text}\n`))).toEqual([`telefonistka.yaml:${expected}`]);
    });
  });

  describe('wrong types and values', () => {
    it.each([
      [
        'a string for a flag',
        'dryRunMode: "true"',
        '1:13: `dryRunMode` must be true or false, not the string "true"',
      ],
      ['a number for a flag', 'dryRunMode: 1', '1:13: `dryRunMode` must be true or false, not the number 1'],
      [
        'a mapping for a list',
        'promotionPrLabels: {a: b}',
        '1:20: `promotionPrLabels` must be a list, not a mapping',
      ],
      [
        'a list for a mapping',
        'toggleCommitStatus: [a]',
        '1:21: `toggleCommitStatus` must be a mapping (key: value), not a list',
      ],
      [
        'a number for a status context',
        'toggleCommitStatus:\n  retry: 3',
        '2:10: `toggleCommitStatus.retry` must be a string, not the number 3',
      ],
      ['a list as the whole file', '- a\n- b', '1:1: The file must be a mapping (key: value), not a list'],
      [
        'a number for sourcePath',
        'promotionPaths:\n  - sourcePath: 42',
        '2:17: `promotionPaths[0].sourcePath` must be a string, not the number 42',
      ],
      [
        'a negative componentPathExtraDepth',
        'promotionPaths:\n  - sourcePath: a/\n    componentPathExtraDepth: -1',
        '3:30: `promotionPaths[0].componentPathExtraDepth` must be 0 or more, not the number -1',
      ],
      [
        'a fractional componentPathExtraDepth',
        'promotionPaths:\n  - sourcePath: a/\n    componentPathExtraDepth: 1.5',
        '3:30: `promotionPaths[0].componentPathExtraDepth` must be a whole number, not the number 1.5',
      ],
      [
        'a string label condition',
        'promotionPaths:\n  - sourcePath: a/\n    conditions:\n      prHasLabels: quick',
        '4:20: `promotionPaths[0].conditions.prHasLabels` must be a list, not the string "quick"',
      ],
      [
        'an unknown supersede mode',
        'supersede: closed',
        '1:12: `supersede` must be one of `close`, `comment`, `off`, not the string "closed"; did you mean `close`?',
      ],
      [
        'an unknown preview mode',
        'promotionPreview: never',
        '1:19: `promotionPreview` must be one of `always`, `label`, not the string "never"',
      ],
      [
        'a label longer than GitHub allows',
        `promotionPrLabels: [${'x'.repeat(51)}]`,
        "1:21: `promotionPrLabels[0]` must be at most 50 characters long (GitHub's limit for label names), not 51",
      ],
      ['an empty label', 'promotionPrLabels: [""]', '1:21: `promotionPrLabels[0]` must not be empty'],
      [
        'a flow without sourcePath',
        'promotionPaths:\n  - promotionPrs: []',
        '2:5: `promotionPaths[0]` is missing the required key `sourcePath`',
      ],
      [
        'a promotion PR without targetPaths',
        'promotionPaths:\n  - sourcePath: a/\n    promotionPrs:\n      - targetDescription: x',
        '4:9: `promotionPaths[0].promotionPrs[0]` is missing the required key `targetPaths`',
      ],
      [
        'a promotion PR with no targets',
        'promotionPaths:\n  - sourcePath: a/\n    promotionPrs:\n      - targetPaths: []',
        '4:22: `promotionPaths[0].promotionPrs[0].targetPaths` must list at least 1 entry',
      ],
      [
        'a webhook entry without expression',
        'webhookEndpointRegexs:\n  - replacements: [https://x]',
        '2:5: `webhookEndpointRegexs[0]` is missing the required key `expression`',
      ],
    ])('reports %s at its value', (_name, text, expected) => {
      expect(configProblems(() => parseRepoConfig(`${text}\n`))).toEqual([`telefonistka.yaml:${expected}`]);
    });
  });

  describe('webhook replacements', () => {
    it.each([
      ['$1a', ['`$1a`']],
      ['${3}', ['`${3}`']],
      ['${name}', ['`${name}`']],
      ['$2-$9-$2', ['`$9`']],
    ])('warns when %s refers to a group the expression lacks', (template, references) => {
      const text = yamlLines(
        'webhookEndpointRegexs:',
        "  - expression: '^clusters/([^/]*)/(?P<env>[^/]*)/.*'",
        `    replacements: ['https://${template}.example.com']`,
      );
      expect(parseRepoConfig(text).warnings).toEqual([
        `telefonistka.yaml:3:20: \`webhookEndpointRegexs[0].replacements[0]\` refers to ${references.join(', ')}, which the expression does not define: Go expands it to an empty string (write \`\${1}x\`, not \`$1x\`, to put text right after a group)`,
      ]);
    });

    it.each(['${1}', '$1', '${2}x', '$env', '${env}', 'cost $$1', 'no references'])(
      'accepts %s, which the expression defines',
      (template) => {
        const text = yamlLines(
          'webhookEndpointRegexs:',
          "  - expression: '^clusters/([^/]*)/(?P<env>[^/]*)/.*'",
          `    replacements: ['https://${template}']`,
        );
        expect(parseRepoConfig(text).warnings).toEqual([]);
      },
    );
  });

  describe('regular expressions', () => {
    it.each([
      [
        'sourcePath',
        'promotionPaths:\n  - sourcePath: "clusters/(staging/"',
        '2:17: `promotionPaths[0].sourcePath` is not a valid RE2 regular expression: missing closing ): `clusters/(staging/`',
      ],
      [
        'a webhook expression',
        'webhookEndpointRegexs:\n  - expression: "a[b"',
        '2:17: `webhookEndpointRegexs[0].expression` is not a valid RE2 regular expression: missing closing ]: `[b`',
      ],
      [
        'allowSyncfromBranchPathRegex',
        'argocd:\n  allowSyncfromBranchPathRegex: "a**"',
        '2:33: `argocd.allowSyncfromBranchPathRegex` is not a valid RE2 regular expression: invalid nested repetition operator: `**`',
      ],
      [
        'a lookahead (not RE2) in driftDetectionIgnoreFiles',
        "driftDetectionIgnoreFiles: ['ok', 'a(?=b)']",
        '1:35: `driftDetectionIgnoreFiles[1]` is not a valid RE2 regular expression: invalid or unsupported Perl syntax: `(?=`',
      ],
      [
        'driftDetectionIgnoreLineRegex given as one string',
        "driftDetectionIgnoreLineRegex: '*'",
        '1:32: `driftDetectionIgnoreLineRegex` is not a valid RE2 regular expression: missing argument to repetition operator: `*`',
      ],
      [
        'diffRedact',
        "diffRedact:\n  - 'x{2,1}'",
        '2:5: `diffRedact[0]` is not a valid RE2 regular expression: invalid repeat count: `{2,1}`',
      ],
    ])('reports an invalid regex in %s at its line and column', (_name, text, expected) => {
      expect(configProblems(() => parseRepoConfig(`${text}\n`))).toEqual([`telefonistka.yaml:${expected}`]);
    });

    it('reports at its line a sourcePath that is valid alone but breaks the component pattern built on it', () => {
      // `\\Q` quotes to the end of the pattern: valid alone, but it swallows the `)` of `^(<sourcePath>)([^/]+)/`,
      // which used to fail later, in the middle of a promotion, without a location.
      const text = 'promotionPaths:\n  - sourcePath: "clusters/\\\\Q/"\n';
      expect(configProblems(() => parseRepoConfig(text))).toEqual([
        'telefonistka.yaml:2:17: `promotionPaths[0].sourcePath` cannot be used as a folder prefix: the component pattern `^(clusters/\\Q/)([^/]+)/` is not valid RE2: missing closing ): `^(clusters/\\Q/)([^/]+)/`; close a `\\Q` quote with `\\E`',
      ]);
    });

    it('compiles with RE2 semantics, so a pattern that backtracks in JavaScript stays linear', () => {
      // Its time is reported by bench/input-guards.bench.ts.
      const { config } = parseRepoConfig("diffRedact: ['(a+)+$']\n");
      expect(config.diffRedact[0]?.test(`${'a'.repeat(5000)}!`)).toBe(false);
    });
  });

  describe('folder paths', () => {
    it('drops a repeated target path with a warning', () => {
      const text = yamlLines(
        'promotionPaths:',
        '  - sourcePath: a/',
        '    promotionPrs:',
        '      - targetPaths: [b/, c/, b]',
      );
      const loaded = parseRepoConfig(text);
      expect(loaded.config.promotionPaths[0]?.promotionPrs[0]?.targetPaths).toEqual(['b/', 'c/']);
      expect(loaded.warnings).toEqual([
        'telefonistka.yaml:4:31: `promotionPaths[0].promotionPrs[0].targetPaths[2]` "b" does not end with `/`: using "b/" (the Go bot glued the component name onto it, e.g. `bnginx`)',
        'telefonistka.yaml:4:31: `promotionPaths[0].promotionPrs[0].targetPaths[2]` repeats "b/"',
      ]);
    });

    it('adds a missing trailing slash to sourcePath and targetPaths, warning at each', () => {
      const text = yamlLines(
        'promotionPaths:',
        '  - sourcePath: workspace',
        '    promotionPrs:',
        '      - targetPaths:',
        '          - clusters/dev/c1',
        '          - clusters/lab/c1/',
      );
      const loaded = parseRepoConfig(text);
      const [flow] = loaded.config.promotionPaths;
      expect(flow?.sourcePath).toBe('workspace/');
      expect(flow?.sourcePathRegex.source).toBe('workspace/');
      expect(flow?.promotionPrs[0]?.targetPaths).toEqual(['clusters/dev/c1/', 'clusters/lab/c1/']);
      expect(loaded.warnings).toEqual([
        'telefonistka.yaml:2:17: `promotionPaths[0].sourcePath` "workspace" does not end with `/`: using "workspace/" (the Go bot then treated the whole folder as one component)',
        'telefonistka.yaml:5:13: `promotionPaths[0].promotionPrs[0].targetPaths[0]` "clusters/dev/c1" does not end with `/`: using "clusters/dev/c1/" (the Go bot glued the component name onto it, e.g. `clusters/dev/c1nginx`)',
      ]);
    });

    it.each([
      [
        'a `..` segment in a target',
        'targetPaths: [clusters/../secrets/]',
        '4:23',
        'must not contain a `..` segment (path traversal)',
      ],
      [
        'a leading `..` in a target',
        'targetPaths: [../other-repo/]',
        '4:23',
        'must not contain a `..` segment (path traversal)',
      ],
      [
        'an absolute target',
        'targetPaths: [/etc/]',
        '4:23',
        'must be relative to the repository root (no leading `/`)',
      ],
      ['an empty target', 'targetPaths: [""]', '4:23', 'must not be empty'],
      ['a blank target', 'targetPaths: ["  "]', '4:23', 'must not be empty'],
      ['a target with spaces around it', 'targetPaths: [" a/"]', '4:23', 'must not start or end with spaces'],
      ['a `.` segment in a target', 'targetPaths: [./clusters/]', '4:23', 'must not contain a `.` segment'],
      [
        'an empty segment in a target',
        'targetPaths: [clusters//c1/]',
        '4:23',
        'must not contain an empty segment (`//`)',
      ],
    ])('rejects %s', (_name, prs, position, reason) => {
      const text = yamlLines('promotionPaths:', '  - sourcePath: a/', '    promotionPrs:', `      - ${prs}`);
      expect(configProblems(() => parseRepoConfig(text))).toEqual([
        `telefonistka.yaml:${position}: \`promotionPaths[0].promotionPrs[0].targetPaths[0]\` ${reason}`,
      ]);
    });

    it.each([
      [
        'a `..` segment',
        'clusters/../x/',
        'must not contain a `..` segment (path traversal) (to match any two-character folder name write `[^/]{2}`)',
      ],
      ['an absolute path', '/clusters/', 'must be relative to the repository root (no leading `/`)'],
      [
        'an anchored absolute path',
        '^/clusters/',
        'must be relative to the repository root (no leading `/`)',
      ],
      ['an empty path', '', 'must not be empty'],
    ])('rejects a sourcePath with %s', (_name, sourcePath, reason) => {
      const text = yamlLines('promotionPaths:', `  - sourcePath: "${sourcePath}"`);
      expect(configProblems(() => parseRepoConfig(text))).toEqual([
        `telefonistka.yaml:2:17: \`promotionPaths[0].sourcePath\` ${reason}`,
      ]);
    });

    it('accepts `.` in a sourcePath, where it is a regex matching one character', () => {
      const text = yamlLines('promotionPaths:', '  - sourcePath: "env/./"');
      expect(parseRepoConfig(text).config.promotionPaths[0]?.sourcePathRegex.test('env/a/')).toBe(true);
    });
  });

  describe('reporting', () => {
    it('refuses a promotionPrAuthors entry that is not a GitHub login, at its line and column', () => {
      const text = yamlLines('promotionPrAuthors:', '  - ok-bot[bot]', '  - "evil user"');
      expect(configProblems(() => parseRepoConfig(text))).toEqual([
        'telefonistka.yaml:3:5: `promotionPrAuthors[1]` must be a GitHub login (letters, digits and `-`; Apps end in `[bot]`), not the string "evil user"',
      ]);
    });

    it('reports every problem of the file together, in file order', () => {
      const text = yamlLines(
        'promotionPaths:',
        '  - sourcePath: "clusters/(x/"',
        '    componentPathExtraDepth: two',
        '    promotionPrs:',
        '      - targetPaths: [../up/]',
        '  - sourcePath: ok/',
        '    conditons: {autoMerge: true}',
        'dryRunMode: maybe',
        'supersede: never',
        "diffRedact: ['[']",
      );
      expect(configProblems(() => parseRepoConfig(text, 'repo/telefonistka.yaml'))).toEqual([
        'repo/telefonistka.yaml:2:17: `promotionPaths[0].sourcePath` is not a valid RE2 regular expression: missing closing ): `clusters/(x/`',
        'repo/telefonistka.yaml:3:30: `promotionPaths[0].componentPathExtraDepth` must be a whole number, not the string "two"',
        'repo/telefonistka.yaml:5:23: `promotionPaths[0].promotionPrs[0].targetPaths[0]` must not contain a `..` segment (path traversal)',
        'repo/telefonistka.yaml:7:5: unknown key `promotionPaths[1].conditons`; did you mean `conditions`?',
        'repo/telefonistka.yaml:8:13: `dryRunMode` must be true or false, not the string "maybe"',
        'repo/telefonistka.yaml:9:12: `supersede` must be one of `close`, `comment`, `off`, not the string "never"',
        'repo/telefonistka.yaml:10:14: `diffRedact[0]` is not a valid RE2 regular expression: missing closing ]: `[`',
      ]);
    });

    it('reports dead keys of early Go versions, such as those in its own parsing test', () => {
      const text = yamlLines(
        'promotionPaths:',
        '  - sourcePath: "workspace/"',
        '    conditions:',
        '    promotionPrs:',
        '      - targetPaths: ["env/staging/us-east4/c1/"]',
        'promotionPrLables:',
        '  - "promotion"',
        'promotionBranchNameTemplte: "promotions/{{.safeBranchName}}"',
      );
      expect(configProblems(() => parseRepoConfig(text))).toEqual([
        'telefonistka.yaml:6:1: unknown key `promotionPrLables`; did you mean `promotionPrLabels`?',
        'telefonistka.yaml:8:1: unknown key `promotionBranchNameTemplte`',
      ]);
    });

    it.each([
      ['an unclosed flow list', 'promotionPrLabels: [a\ndryRunMode: true', 'telefonistka.yaml:2:1: YAML: '],
      ['a tab used for indentation', 'argocd:\n\tcommentDiffonPR: true', 'telefonistka.yaml:2:1: YAML: '],
      [
        'a duplicate key',
        'dryRunMode: true\ndryRunMode: false',
        'telefonistka.yaml:2:1: YAML: Map keys must be unique',
      ],
      ['two documents', 'dryRunMode: true\n---\ndryRunMode: false', 'telefonistka.yaml:2:1: YAML: '],
    ])('reports a YAML syntax error (%s) at its position', (_name, text, prefix) => {
      const problems = configProblems(() => parseRepoConfig(`${text}\n`));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    });

    it.each([
      [
        'a list used as a key',
        '? [a]\n: b',
        'telefonistka.yaml:1:3: YAML: a key must be a plain string, not a list or mapping',
      ],
      [
        'an alias without anchor',
        'dryRunMode: true\nautoApprovePromotionPrs: *yes',
        'telefonistka.yaml:2:26: YAML: alias *yes has no anchor &yes before it',
      ],
      [
        'an alias bomb',
        [
          'a: &a [x, x, x, x, x, x, x, x, x, x]',
          ...['b', 'c', 'd', 'e'].map(
            (k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcd'[i]}`).join(', ')}]`,
          ),
        ].join('\n'),
        'telefonistka.yaml:1:1: YAML: Excessive alias count indicates a resource exhaustion attack',
      ],
      [
        'a YAML 1.1 tag, which yields no plain data',
        'promotionPrLabels: !!binary aGVsbG8=',
        'telefonistka.yaml:1:29: `promotionPrLabels` must be a list, not the string "aGVsbG8="',
      ],
    ])('reports %s as a configuration error', (_name, text, expected) => {
      expect(configProblems(() => parseRepoConfig(`${text}\n`))).toEqual([expected]);
    });

    it('refuses a configuration over 1 MiB before parsing it, naming the file, its size and the cap', () => {
      // 10 MB of valid YAML: parsing it took 10 s and 1.2 GB before the cap.
      const text = `promotionPrLabels:\n${'  - label-with-a-long-name-to-fill-the-file\n'.repeat(240_000)}`;
      // How fast it is refused is reported by bench/input-guards.bench.ts.
      const problems = configProblems(() => parseRepoConfig(text, 'repo/telefonistka.yaml'));
      expect(problems).toEqual([
        'repo/telefonistka.yaml:1:1: the file is 10560019 bytes (10.1 MiB), over the 1048576-byte (1 MiB) limit for configuration files; a configuration needs a few KiB: remove what was generated or pasted into it',
      ]);
    });

    it('counts the cap in UTF-8 bytes, not characters', () => {
      const under = `promotionPrLabels: [x]\n# ${'x'.repeat(1024 * 1024 - 100)}\n`;
      expect(parseRepoConfig(under).config.promotionPrLabels).toEqual(['x']);
      const over = `promotionPrLabels: [x]\n# ${'é'.repeat(600_000)}\n`;
      expect(configProblems(() => parseRepoConfig(over))[0]).toMatch(
        /^telefonistka\.yaml:1:1: the file is 1200026 bytes \(1\.1 MiB\), over the 1048576-byte/,
      );
    });

    it('exposes the warnings with their positions for annotations', () => {
      const loaded = parseRepoConfig('promtionPRlables: [x]\n', 'x/telefonistka.yaml');
      expect(loaded.warningDetails).toEqual([
        {
          file: 'x/telefonistka.yaml',
          line: 1,
          column: 1,
          message: '`promtionPRlables` is deprecated: rename it to `promotionPrLabels`',
        },
      ]);
    });
  });

  describe('real configurations', () => {
    it("reads the Go bot's documented example, normalizing its slash-less paths with a warning each", () => {
      const { config, warnings } = parseRepoConfig(fixture('go-docs-example.yaml'));
      expect(config.promotionPaths.map((flow) => flow.sourcePath)).toEqual([
        'workspace/',
        'clusters/staging/[^/]*/[^/]*/',
        'clusters/staging/[^/]*/[^/]*/',
      ]);
      expect(config.promotionPaths.map((flow) => flow.promotionPrs.map((pr) => pr.targetPaths))).toEqual([
        [['clusters/dev/us-east4/c2/', 'clusters/lab/europe-west4/c1/', 'clusters/staging/us-central1/c1/']],
        [['clusters/prod/us-west1/c2/'], ['clusters/prod/europe-west3/c2/', 'clusters/prod/us-east4/c2/']],
        [['clusters/prod/us-west1/c2/'], ['clusters/prod/europe-west3/c2/']],
      ]);
      expect(config.promotionPaths.map((flow) => flow.conditions)).toEqual([
        { prHasLabels: undefined, autoMerge: true },
        { prHasLabels: ['quick_promotion'], autoMerge: false },
        { prHasLabels: undefined, autoMerge: false },
      ]);
      expect(config.promotionPaths[1]?.promotionPrs.map((pr) => pr.targetDescription)).toEqual([
        'Production clusters tier 1',
        'Production clusters tier 2',
      ]);
      expect(config).toMatchObject({
        dryRunMode: true,
        autoApprovePromotionPrs: true,
        toggleCommitStatus: { 'override-terrafrom-pipeline': 'github-action-terraform' },
      });
      expect(config.argocd.allowSyncFromBranchPathRegex?.test('workspace/nginx')).toBe(true);
      expect(warnings.map((warning) => warning.split(': ')[0])).toEqual([
        'telefonistka.yaml:10:11',
        'telefonistka.yaml:11:11',
        'telefonistka.yaml:12:11',
        'telefonistka.yaml:13:17',
        'telefonistka.yaml:18:23',
        'telefonistka.yaml:20:23',
        'telefonistka.yaml:20:56',
        'telefonistka.yaml:21:17',
        'telefonistka.yaml:23:23',
        'telefonistka.yaml:24:23',
      ]);
    });

    it("reads the example repository's configuration without warnings", () => {
      const { config, warnings } = parseRepoConfig(fixture('example-repo.yaml'));
      expect(warnings).toEqual([]);
      expect(config.promotionPaths.map((flow) => flow.promotionPrs.length)).toEqual([1, 2, 5]);
      expect(config.promotionPaths[0]?.promotionPrs[0]?.targetPaths).toHaveLength(5);
      expect(config.webhookEndpointRegexs.map((entry) => entry.replacements.length)).toEqual([1, 2]);
      expect(config.webhookEndpointRegexs[1]?.regex.test('clusters/prod/us-east4/c2/nginx/values.yaml')).toBe(
        true,
      );
    });
  });
});
