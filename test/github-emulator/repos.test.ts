import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from '../support/github-emulator/index.js';
import { git, octokitFor, OWNER, REPO, seedFiles, startSeededEmulator } from './emulator-fixture.js';

const repo = { owner: OWNER, repo: REPO };

describe('GitHub emulator repositories and contents', () => {
  let emulator: GitHubEmulator;
  let octokit: ReturnType<typeof octokitFor>;

  beforeEach(async () => {
    emulator = await startSeededEmulator();
    octokit = octokitFor(emulator, emulator.tokens.actions);
  });
  afterEach(async () => emulator.close());

  it('describes the repository with its default branch', async () => {
    const { data } = await octokit.rest.repos.get({ ...repo });
    expect(data).toMatchObject({
      full_name: 'acme/iac',
      default_branch: 'main',
      private: false,
      owner: { login: 'acme' },
    });
  });

  it('returns a file base64-encoded and a directory as a listing', async () => {
    const file = await octokit.rest.repos.getContent({
      ...repo,
      path: 'clusters/prod/eu/c1/app/values.yaml',
    });
    const content = file.data as { type: string; content: string; sha: string; encoding: string };
    expect(content.type).toBe('file');
    expect(content.encoding).toBe('base64');
    expect(Buffer.from(content.content, 'base64').toString('utf8')).toBe(
      seedFiles['clusters/prod/eu/c1/app/values.yaml'],
    );
    expect(content.sha).toBe(
      git(emulator.gitDir(OWNER, REPO), 'rev-parse', 'main:clusters/prod/eu/c1/app/values.yaml'),
    );
    const dir = await octokit.rest.repos.getContent({ ...repo, path: 'clusters/prod/eu/c1/app' });
    expect(
      (dir.data as { name: string; type: string }[]).map((entry) => `${entry.type}:${entry.name}`),
    ).toEqual(['file:prod-only.yaml', 'file:values.yaml']);
    const root = await octokit.rest.repos.getContent({ ...repo, path: '' });
    expect((root.data as { name: string }[]).map((entry) => entry.name)).toEqual([
      '.github',
      'README.md',
      'clusters',
    ]);
  });

  it('reads contents at a ref and answers 404 for missing paths and refs', async () => {
    await emulator.commitFiles({
      ...repo,
      branch: 'feature',
      from: 'main',
      files: { 'README.md': 'feature\n' },
      message: 'f',
    });
    const file = await octokit.rest.repos.getContent({ ...repo, path: 'README.md', ref: 'feature' });
    expect(Buffer.from((file.data as { content: string }).content, 'base64').toString('utf8')).toBe(
      'feature\n',
    );
    await expect(octokit.rest.repos.getContent({ ...repo, path: 'nope.txt' })).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      octokit.rest.repos.getContent({ ...repo, path: 'README.md', ref: 'nope' }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('describes a branch and a commit with its files', async () => {
    const sha = await emulator.commitFiles({
      ...repo,
      branch: 'main',
      files: { 'x.txt': 'x\n' },
      message: 'add x',
    });
    const branch = await octokit.rest.repos.getBranch({ ...repo, branch: 'main' });
    // The permissive preset protects the default branch with a rule that requires nothing.
    expect(branch.data).toMatchObject({
      name: 'main',
      commit: { sha },
      protected: emulator.preset === 'permissive',
    });
    const commit = await octokit.rest.repos.getCommit({ ...repo, ref: sha });
    expect(commit.data.files?.map((file) => `${file.status}:${file.filename}`)).toEqual(['added:x.txt']);
    expect(commit.data.commit.message).toBe('add x');
    await expect(octokit.rest.repos.getBranch({ ...repo, branch: 'nope' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('describes the authenticated user and refuses it to bots as GitHub does', async () => {
    const user = await octokitFor(emulator, emulator.tokens.user).rest.users.getAuthenticated();
    expect(user.data).toMatchObject({ login: 'alice', type: 'User' });
    await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 });
  });
});
