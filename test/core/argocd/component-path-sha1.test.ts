import { describe, expect, it } from 'vitest';
import { componentPathSelector, componentPathSha1 } from '../../../src/core/argocd/component-path-sha1.js';

describe('componentPathSha1', () => {
  it.each([
    ['workspace/nginx', 'dbce8166c7afc439d0387ed0b3ddd9034492df86'],
    ['clusters/prod/us-west1/c2/nginx', '2316bfbe9dbfb0386f414ab24ce6fcb9f5ef8172'],
    ['workspace/nginx/', 'dbce8166c7afc439d0387ed0b3ddd9034492df86'],
  ])('hashes %s like the Go bot', (path, sha) => {
    expect(componentPathSha1(path)).toBe(sha);
  });

  it('builds the label selector for the list call', () => {
    expect(componentPathSelector('workspace/nginx')).toBe(
      'telefonistka.io/component-path-sha1=dbce8166c7afc439d0387ed0b3ddd9034492df86',
    );
  });
});
