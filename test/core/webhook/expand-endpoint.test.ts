import { describe, expect, it } from 'vitest';
import { compileRegex } from '../../../src/core/regex/compile-regex.js';
import { expandEndpoint } from '../../../src/core/webhook/expand-endpoint.js';

const CLUSTERS = compileRegex('^clusters/([^/]*)/([^/]*)/([^/]*)/.*');
const DOCUMENTED = 'https://argocd-${1}-${2}-${3}.example.com/api/webhook';

describe('expandEndpoint (issue 17 item 5)', () => {
  it('expands the documented template as Go does for an ordinary path', () => {
    expect(expandEndpoint(CLUSTERS, 'clusters/prod/eu/c2/nginx/values.yaml', DOCUMENTED)).toEqual({
      ok: true,
      url: 'https://argocd-prod-eu-c2.example.com/api/webhook',
    });
  });

  it.each([
    ['a user part and another host', 'clusters/prod-x@127.0.0.1:8080#/eu/c2/nginx/values.yaml'],
    ['a ? that cuts the host short', 'clusters/prod-x@127.0.0.1:8080?/eu/c2/nginx/values.yaml'],
    ['a dot that adds labels', 'clusters/evil.attacker.net#/eu/c2/x.yaml'],
    ['a backslash', 'clusters/127.0.0.1\\/eu/c2/x.yaml'],
    ['a percent sign', 'clusters/a%2e/eu/c2/x.yaml'],
  ])('refuses a path whose capture for the host holds %s, naming the capture and the file', (_name, file) => {
    const expansion = expandEndpoint(CLUSTERS, file, DOCUMENTED);
    expect(expansion.ok).toBe(false);
    expect(expansion.ok ? '' : expansion.reason).toMatch(
      /^`\$\{1\}` of ".*" is ".*", which cannot go into the host of the URL: only letters, digits and - are allowed there$/,
    );
  });

  it('percent-encodes captures in the path and the query, so ? and # cannot end them early', () => {
    const regex = compileRegex('^apps/([^/]*)/(.*)$');
    const template = 'https://argocd.example.com/hook/${1}?file=${2}#${1}';
    expect(expandEndpoint(regex, 'apps/a?b#c/dir/x&y=z.yaml', template)).toEqual({
      ok: true,
      url: 'https://argocd.example.com/hook/a%3Fb%23c?file=dir%2Fx%26y%3Dz.yaml#a%3Fb%23c',
    });
  });

  it('keeps slashes of a path capture and encodes the unmatched rest of the path where the template ends', () => {
    const workspace = compileRegex('workspace/');
    expect(expandEndpoint(workspace, 'workspace/nginx/values.yaml', 'https://e.com/hook')).toEqual({
      ok: true,
      url: 'https://e.com/hooknginx/values.yaml',
    });
    expect(expandEndpoint(workspace, 'workspace/@evil.net/v.yaml', 'https://e.com').ok).toBe(false);
  });

  it('refuses a match after the start of the path, which would make the path the scheme', () => {
    const expansion = expandEndpoint(
      compileRegex('values\\.yaml$'),
      'https:/evil.net/values.yaml',
      'https://v.example/hook',
    );
    expect(expansion).toMatchObject({ ok: false, url: 'https:/evil.net/https://v.example/hook' });
  });

  it('refuses captures in the scheme or the user part, and templates that do not write their scheme', () => {
    const one = compileRegex('^([^/]*)/.*');
    expect(expandEndpoint(one, 'https/x', '${1}://e.com/').ok).toBe(false);
    expect(expandEndpoint(one, 'bob/x', 'https://${1}@e.com/').ok).toBe(false);
    expect(expandEndpoint(one, 'a/x', 'https://bot:pw@e-${1}.com:8443/h')).toEqual({
      ok: true,
      url: 'https://bot:pw@e-a.com:8443/h',
    });
  });

  it('allows a capture as the port when it is digits', () => {
    const regex = compileRegex('^([^/]*)/([^/]*)/.*');
    expect(expandEndpoint(regex, 'c1/8081/x', 'http://${1}.internal:${2}/api')).toEqual({
      ok: true,
      url: 'http://c1.internal:8081/api',
    });
  });
});
