import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitRenderWorkspace } from '../../../src/adapters/render/create-git-render-workspace.js';
import type { RenderWorkspacePort } from '../../../src/ports/render-workspace-port.js';
import { createTempGitRepo, type TempGitRepo } from '../../support/temp-git-repo.js';

let repo: TempGitRepo | undefined;
let workspace: RenderWorkspacePort | undefined;

afterEach(async () => {
  await workspace?.dispose();
  repo?.remove();
  repo = undefined;
  workspace = undefined;
});

function setUp(files: Record<string, string>): {
  repo: TempGitRepo;
  workspace: RenderWorkspacePort;
  first: string;
} {
  repo = createTempGitRepo({ files });
  workspace = createGitRenderWorkspace({ directory: repo.dir, env: process.env });
  return { repo, workspace, first: repo.git('rev-parse', 'HEAD').trim() };
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('createGitRenderWorkspace', () => {
  it('materialises a revision as it was committed, not the working tree', async () => {
    const { repo, workspace, first } = setUp({ 'a/x.yaml': 'one\n', 'b/y.yaml': 'two\n' });
    repo.commit({ 'a/x.yaml': 'changed\n' });
    const dir = await workspace.materialize({ revision: first, replacements: [] });
    expect(read(dir, 'a/x.yaml')).toBe('one\n');
    expect(read(dir, 'b/y.yaml')).toBe('two\n');
  });

  it('puts a folder of another revision in place of a target folder, dropping files only the target had', async () => {
    const { repo, workspace, first } = setUp({
      'staging/app/kustomization.yaml': 'old staging\n',
      'prod/app/kustomization.yaml': 'prod\n',
      'prod/app/prod-only.yaml': 'prod only\n',
      'prod/other/keep.yaml': 'keep\n',
    });
    const head = repo.commit({
      'staging/app/kustomization.yaml': 'new staging\n',
      'staging/app/added.yaml': 'added\n',
    });
    const dir = await workspace.materialize({
      revision: head,
      replacements: [{ path: 'prod/app/', from: { revision: head, path: 'staging/app' } }],
    });
    expect(readdirSync(path.join(dir, 'prod/app')).sort()).toEqual(['added.yaml', 'kustomization.yaml']);
    expect(read(dir, 'prod/app/kustomization.yaml')).toBe('new staging\n');
    expect(read(dir, 'prod/other/keep.yaml')).toBe('keep\n');
    expect(read(dir, 'staging/app/kustomization.yaml')).toBe('new staging\n');
    expect(first).not.toBe(head);
  });

  it('creates a target folder that does not exist yet and removes one whose source was deleted', async () => {
    const { workspace, first } = setUp({ 'dev/new/a.yaml': 'a\n', 'prod/gone/b.yaml': 'b\n' });
    const dir = await workspace.materialize({
      revision: first,
      replacements: [
        { path: 'prod/new', from: { revision: first, path: 'dev/new' } },
        { path: 'prod/gone', from: undefined },
      ],
    });
    expect(read(dir, 'prod/new/a.yaml')).toBe('a\n');
    expect(existsSync(path.join(dir, 'prod/gone'))).toBe(false);
  });

  it('handles folder names that look like pathspec magic literally', async () => {
    const { workspace, first } = setUp({
      'src/*/a.yaml': 'star\n',
      'dst/*/b.yaml': 'b\n',
      'dst/x/c.yaml': 'c\n',
    });
    const dir = await workspace.materialize({
      revision: first,
      replacements: [{ path: 'dst/*', from: { revision: first, path: 'src/*' } }],
    });
    expect(readdirSync(path.join(dir, 'dst/*'))).toEqual(['a.yaml']);
    expect(read(dir, 'dst/x/c.yaml')).toBe('c\n');
  });

  it('reuses one directory for equal trees and makes another for a different one', async () => {
    const { repo, workspace, first } = setUp({ 'a.yaml': 'a\n' });
    const second = repo.commit({ 'a.yaml': 'b\n' });
    const [one, again, other] = await Promise.all([
      workspace.materialize({ revision: first, replacements: [] }),
      workspace.materialize({ revision: first, replacements: [] }),
      workspace.materialize({ revision: second, replacements: [] }),
    ]);
    expect(again).toBe(one);
    expect(other).not.toBe(one);
  });

  it('checks symbolic links out as plain files holding the link text', async () => {
    const { repo, workspace } = setUp({ 'app/a.yaml': 'a\n' });
    repo.git('config', 'core.symlinks', 'true');
    const { symlinkSync } = await import('node:fs');
    symlinkSync('/etc/passwd', path.join(repo.dir, 'app/stolen.yaml'));
    const head = repo.commit({});
    const dir = await workspace.materialize({ revision: head, replacements: [] });
    expect(lstatSync(path.join(dir, 'app/stolen.yaml')).isSymbolicLink()).toBe(false);
    expect(read(dir, 'app/stolen.yaml')).toBe('/etc/passwd');
  });

  it('leaves the checkout, its index and its refs alone', async () => {
    const { repo, workspace, first } = setUp({ 'a/x.yaml': 'x\n', 'b/y.yaml': 'y\n' });
    const before = [repo.git('status', '--porcelain'), repo.git('show-ref'), repo.git('ls-files', '-s')];
    await workspace.materialize({
      revision: first,
      replacements: [{ path: 'b', from: { revision: first, path: 'a' } }],
    });
    expect([repo.git('status', '--porcelain'), repo.git('show-ref'), repo.git('ls-files', '-s')]).toEqual(
      before,
    );
  });

  it('fails with the git error for an unknown revision or source folder', async () => {
    const { workspace, first } = setUp({ 'a.yaml': 'a\n' });
    await expect(workspace.materialize({ revision: 'f'.repeat(40), replacements: [] })).rejects.toThrow(
      /^git read-tree failed: /,
    );
    await expect(
      workspace.materialize({
        revision: first,
        replacements: [{ path: 'x', from: { revision: first, path: 'missing' } }],
      }),
    ).rejects.toThrow(/^git read-tree failed: /);
  });

  it('removes every directory it made on dispose', async () => {
    const { workspace, first } = setUp({ 'a.yaml': 'a\n' });
    const dir = await workspace.materialize({ revision: first, replacements: [] });
    await workspace.dispose();
    expect(existsSync(dir)).toBe(false);
    expect(existsSync(path.dirname(dir))).toBe(false);
  });
});
