import { describe, expect, it } from 'vitest';
import type { WebhookEndpointRegex } from '../../../src/core/config/types.js';
import { parseRepoConfig } from '../../../src/core/config/parse-repo-config.js';
import { compileRegex } from '../../../src/core/regex/compile-regex.js';
import { selectEndpoints } from '../../../src/core/webhook/select-endpoints.js';

function rule(expression: string, ...replacements: string[]): WebhookEndpointRegex {
  return { expression, regex: compileRegex(expression), replacements };
}

// The Go bot's own test (internal/pkg/githubapi/webhook_proxy_test.go), through the real config parser.
const goConfig = parseRepoConfig(
  [
    'webhookEndpointRegexs:',
    '  - expression: "^workspace\\\\/[^/]*\\\\/.*"',
    '    replacements:',
    '      - https://blabla.com/webhook',
    '  - expression: "^clusters\\\\/([^/]*)\\\\/([^/]*)\\\\/([^/]*)\\\\/.*"',
    '    replacements:',
    '      - "https://ingress-a-${1}-${2}-${3}.example.com/webhook"',
    '      - "https://ingress-b-${1}-${2}-${3}.example.com/webhook"',
  ].join('\n'),
).config;

describe('selectEndpoints', () => {
  it('selects the endpoints of the Go bot test for a workspace and a cluster file', () => {
    const selection = selectEndpoints(goConfig.webhookEndpointRegexs, [
      'workspace/csi-verify/values/global.yaml',
      'clusters/sdeprod/dsm1/c1/csi-verify/values/global.yaml',
    ]);
    expect(selection.endpoints).toEqual([
      'https://blabla.com/webhook',
      'https://ingress-a-sdeprod-dsm1-c1.example.com/webhook',
      'https://ingress-b-sdeprod-dsm1-c1.example.com/webhook',
    ]);
    expect(selection.unmatched).toEqual([]);
  });

  it('lets only the first matching expression contribute for a file that several expressions match', () => {
    const rules = [
      rule('^clusters/prod/.*', 'https://prod.example/hook'),
      rule('^clusters/.*', 'https://all-a.example/hook', 'https://all-b.example/hook'),
    ];
    const selection = selectEndpoints(rules, ['clusters/prod/a/x.yaml', 'clusters/lab/a/x.yaml']);
    expect(Object.fromEntries(selection.byFile)).toEqual({
      'clusters/prod/a/x.yaml': ['https://prod.example/hook'],
      'clusters/lab/a/x.yaml': ['https://all-a.example/hook', 'https://all-b.example/hook'],
    });
  });

  it('keeps the unmatched rest of the path in the URL when the expression does not cover it', () => {
    const selection = selectEndpoints(
      [rule('workspace/', 'https://e.com/hook')],
      ['workspace/nginx/values.yaml'],
    );
    expect(selection.endpoints).toEqual(['https://e.com/hooknginx/values.yaml']);
  });

  it('matches unanchored expressions anywhere in the path', () => {
    const selection = selectEndpoints(
      [rule('values\\.yaml$', 'https://v.example/hook')],
      ['a/b/values.yaml'],
    );
    expect(selection.endpoints).toEqual(['a/b/https://v.example/hook']);
  });

  it('reports files no expression matches and selects nothing for them', () => {
    const selection = selectEndpoints(goConfig.webhookEndpointRegexs, ['README.md', 'docs/x.md']);
    expect(selection.endpoints).toEqual([]);
    expect(selection.unmatched).toEqual(['README.md', 'docs/x.md']);
  });

  it('de-duplicates endpoints that several files select and sorts them', () => {
    const rules = [rule('^clusters/([^/]+)/.*', 'https://z.example/$1', 'https://a.example/${1}')];
    const selection = selectEndpoints(rules, ['clusters/b/1.yaml', 'clusters/a/1.yaml', 'clusters/b/2.yaml']);
    expect(selection.endpoints).toEqual([
      'https://a.example/a',
      'https://a.example/b',
      'https://z.example/a',
      'https://z.example/b',
    ]);
    expect(selection.byEndpoint.get('https://a.example/b')).toEqual([
      'clusters/b/1.yaml',
      'clusters/b/2.yaml',
    ]);
  });

  it('expands named groups and Go $1a as the group named "1a"', () => {
    const rules = [
      rule('^(?P<env>[^/]+)/(?P<app>[^/]+)/.*', 'https://${app}.${env}.example/hook', 'https://$1a.example/'),
    ];
    expect(selectEndpoints(rules, ['prod/nginx/v.yaml']).endpoints).toEqual([
      'https://.example/',
      'https://nginx.prod.example/hook',
    ]);
  });

  it('counts each changed file once when the list repeats it', () => {
    const selection = selectEndpoints([rule('^a/.*', 'https://a.example/')], ['a/1', 'a/1']);
    expect(selection.byEndpoint.get('https://a.example/')).toEqual(['a/1']);
  });
});
