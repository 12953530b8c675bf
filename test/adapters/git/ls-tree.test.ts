import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lsTree } from '../../../src/adapters/git/ls-tree.js';
import { createTreeLookup } from '../../../src/core/drift/create-tree-lookup.js';

let directory = '';

function git(...args: string[]): string {
  return execFileSync('git', ['-C', directory, ...args], { encoding: 'utf8' }).trim();
}

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'ls-tree-'));
  git('init', '-q', '-b', 'main');
  for (const folder of ['workspace/nginx', 'clusters/dev/nginx']) {
    mkdirSync(join(directory, folder), { recursive: true });
    writeFileSync(join(directory, folder, 'values.yaml'), 'replicas: 1\n');
  }
  writeFileSync(join(directory, 'workspace/nginx', 'ünïcode "quoted".yaml'), 'x\n');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init');
});

afterAll(() => {
  if (directory !== '') rmSync(directory, { recursive: true, force: true });
});

describe('lsTree', () => {
  it('lists every tree and blob of a revision with git SHAs', async () => {
    const entries = await lsTree({ directory, rev: 'main' });
    expect([...entries.keys()].sort()).toEqual([
      'clusters',
      'clusters/dev',
      'clusters/dev/nginx',
      'clusters/dev/nginx/values.yaml',
      'workspace',
      'workspace/nginx',
      'workspace/nginx/values.yaml',
      'workspace/nginx/ünïcode "quoted".yaml',
    ]);
    expect(entries.get('workspace/nginx')?.sha).toBe(git('rev-parse', 'main:workspace/nginx'));
    expect(entries.get('workspace/nginx/values.yaml')).toMatchObject({ type: 'blob', mode: '100644' });
  });

  it('gives equal folders equal tree SHAs, which the drift map relies on', async () => {
    const lookup = createTreeLookup(await lsTree({ directory, rev: 'HEAD' }));
    expect(lookup.folder('clusters/dev/nginx').files).toEqual(
      new Map([['values.yaml', git('rev-parse', 'HEAD:clusters/dev/nginx/values.yaml')]]),
    );
    expect(lookup.treeSha('clusters/dev/nginx')).not.toBe(lookup.treeSha('workspace/nginx'));
  });

  it('fails with the git error for an unknown revision', async () => {
    await expect(lsTree({ directory, rev: 'no-such-branch' })).rejects.toThrow(
      /git ls-tree no-such-branch failed/,
    );
  });

  it('refuses a revision that git would read as an option', async () => {
    await expect(lsTree({ directory, rev: '--output=/tmp/x' })).rejects.toThrow(/invalid git revision/);
  });
});
