import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { rollbackBranchName } from '../../../src/core/rollback/rollback-branch-name.js';
import {
  renderRollbackBody,
  type RollbackBodyInput,
} from '../../../src/core/rollback/render-rollback-body.js';

const input: RollbackBodyInput = {
  folder: 'clusters/prod/eu/app',
  actor: 'alice',
  change: {
    commit: 'c0ffee0000000000000000000000000000000001',
    url: 'https://github.com/acme/iac/commit/c0ffee0000000000000000000000000000000001',
    headline: 'Bump `app` to 2.0 | @everyone <b>now</b>',
    date: '2026-12-04T10:00:00Z',
  },
  pull: { number: 41, title: 'Bump app @team' },
  currentTree: 'aaaaaaa000000000000000000000000000000000',
  restored: {
    commit: 'bbbbbbb000000000000000000000000000000000',
    tree: 'ddddddd000000000000000000000000000000000',
  },
  versions: { current: '2.0.0', restored: '1.9|9' },
  holdsFile: '.telefonistka/holds.yaml',
};

describe('renderRollbackBody', () => {
  it('lists the change rolled back, its PR, the trees and versions, the hold and who asked', async () => {
    await expect(renderRollbackBody(input)).toMatchFileSnapshot('../../golden/rollback/rollback-body.md');
  });

  it('says the folder is deleted when the last change created it, and shows untrusted text only as code', () => {
    const body = renderRollbackBody({
      ...input,
      pull: undefined,
      restored: { commit: input.restored.commit, tree: undefined },
      versions: { current: undefined, restored: undefined },
    });
    expect(body).toContain('this PR **deletes** `clusters/prod/eu/app`');
    expect(body).toContain('(no pull request is associated with it)');
    expect(body).toContain('``Bump `app` to 2.0 | @everyone <b>now</b>``');
    expect(body.replace(/``.*?``/g, '').replace(/`[^`]*`/g, '')).not.toContain('@');
  });
});

describe('rollbackBranchName', () => {
  it.each([
    ['clusters/prod/eu/app', /^telefonistka\/rollback\/clusters-prod-eu-app-[0-9a-f]{12}$/],
    ['env/a b/..x~^:@{y}', /^telefonistka\/rollback\/env-a-b-.x-y-[0-9a-f]{12}$/],
    ['ünïcode/🚀', /^telefonistka\/rollback\/n-code-[0-9a-f]{12}$/],
    ['🚀', /^telefonistka\/rollback\/[0-9a-f]{12}$/],
  ])('names %s as a valid, readable ref', (folder, pattern) => {
    const branch = rollbackBranchName(folder);
    expect(branch).toMatch(pattern);
    expect(() => execFileSync('git', ['check-ref-format', '--branch', branch])).not.toThrow();
  });

  it('keeps folders that read alike apart and caps the length', () => {
    expect(rollbackBranchName('env/a b')).not.toBe(rollbackBranchName('env/a-b'));
    expect([...rollbackBranchName(`env/${'x'.repeat(400)}`)].length).toBeLessThanOrEqual(22 + 150 + 13);
  });
});
