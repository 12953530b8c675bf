import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from '../support/github-emulator/index.js';
import { git, octokitFor, OWNER, REPO, startSeededEmulator, errorOf } from './emulator-fixture.js';

const repo = { owner: OWNER, repo: REPO };

async function treeOf(
  octokit: ReturnType<typeof octokitFor>,
  treeish: string,
  path: string,
): Promise<string> {
  const { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: treeish, recursive: '1' });
  const entry = data.tree.find((item) => item.path === path);
  if (!entry?.sha) throw new Error(`no ${path}`);
  return entry.sha;
}

describe('GitHub emulator git data', () => {
  let emulator: GitHubEmulator;
  let octokit: ReturnType<typeof octokitFor>;
  let gitDir: string;

  beforeEach(async () => {
    emulator = await startSeededEmulator();
    octokit = octokitFor(emulator, emulator.tokens.actions);
    gitDir = emulator.gitDir(OWNER, REPO);
  });
  afterEach(async () => emulator.close());

  it('serves refs, commits and recursive trees with the SHAs git computed', async () => {
    const head = git(gitDir, 'rev-parse', 'refs/heads/main');
    const ref = await octokit.rest.git.getRef({ ...repo, ref: 'heads/main' });
    expect(ref.data.object.sha).toBe(head);
    const commit = await octokit.rest.git.getCommit({ ...repo, commit_sha: head });
    expect(commit.data.tree.sha).toBe(git(gitDir, 'rev-parse', 'main^{tree}'));
    const tree = await octokit.rest.git.getTree({ ...repo, tree_sha: 'main', recursive: '1' });
    expect(tree.data.truncated).toBe(false);
    expect(tree.data.tree.find((entry) => entry.path === 'clusters/prod/eu/c1/app')?.sha).toBe(
      git(gitDir, 'rev-parse', 'main:clusters/prod/eu/c1/app'),
    );
  });

  it('truncates recursive tree listings at the configured limit', async () => {
    const small = await startSeededEmulator({ truncateTreeAt: 3 });
    try {
      const client = octokitFor(small, small.tokens.actions);
      const tree = await client.rest.git.getTree({ ...repo, tree_sha: 'main', recursive: '1' });
      expect(tree.data.truncated).toBe(true);
      expect(tree.data.tree).toHaveLength(3);
    } finally {
      await small.close();
    }
  });

  it('returns 404 for a missing ref, blob or commit', async () => {
    expect((await errorOf(octokit.rest.git.getRef({ ...repo, ref: 'heads/nope' }))).status).toBe(404);
    expect((await errorOf(octokit.rest.git.getBlob({ ...repo, file_sha: 'a'.repeat(40) }))).status).toBe(404);
    expect((await errorOf(octokit.rest.git.getCommit({ ...repo, commit_sha: 'b'.repeat(40) }))).status).toBe(
      404,
    );
  });

  it('creates blobs that git can read back', async () => {
    const blob = await octokit.rest.git.createBlob({
      ...repo,
      content: Buffer.from('héllo\n').toString('base64'),
      encoding: 'base64',
    });
    expect(git(gitDir, 'cat-file', 'blob', blob.data.sha)).toBe('héllo');
    const read = await octokit.rest.git.getBlob({ ...repo, file_sha: blob.data.sha });
    expect(Buffer.from(read.data.content, 'base64').toString('utf8')).toBe('héllo\n');
  });

  it('replaces a folder with a 040000 entry under replace semantics (prod-only files disappear)', async () => {
    const staging = await treeOf(octokit, 'main', 'clusters/staging/eu/c1/app');
    const base = git(gitDir, 'rev-parse', 'main^{tree}');
    const created = await octokit.rest.git.createTree({
      ...repo,
      base_tree: base,
      tree: [{ path: 'clusters/prod/eu/c1/app', mode: '040000', type: 'tree', sha: staging }],
    });
    expect(created.status).toBe(201);
    expect(git(gitDir, 'rev-parse', `${created.data.sha}:clusters/prod/eu/c1/app`)).toBe(staging);
    expect(
      git(gitDir, 'ls-tree', '--name-only', `${created.data.sha}:clusters/prod/eu/c1/app`).split('\n'),
    ).toEqual(['extra.yaml', 'values.yaml']);
    expect(git(gitDir, 'cat-file', 'blob', `${created.data.sha}:README.md`)).toBe('# iac');
  });

  it('merges a 040000 entry into the existing folder under merge semantics (prod-only files stay)', async () => {
    const merging = await startSeededEmulator({ treeEntrySemantics: 'merge' });
    try {
      const client = octokitFor(merging, merging.tokens.actions);
      const dir = merging.gitDir(OWNER, REPO);
      const staging = await treeOf(client, 'main', 'clusters/staging/eu/c1/app');
      const created = await client.rest.git.createTree({
        ...repo,
        base_tree: git(dir, 'rev-parse', 'main^{tree}'),
        tree: [{ path: 'clusters/prod/eu/c1/app', mode: '040000', type: 'tree', sha: staging }],
      });
      const listing = git(dir, 'ls-tree', '--name-only', `${created.data.sha}:clusters/prod/eu/c1/app`).split(
        '\n',
      );
      expect(listing).toEqual(['extra.yaml', 'prod-only.yaml', 'values.yaml']);
      expect(
        git(dir, 'cat-file', 'blob', `${created.data.sha}:clusters/prod/eu/c1/app/values.yaml`),
      ).toContain('app:1.0');
    } finally {
      await merging.close();
    }
  });

  it('deletes files and whole folders with sha null and refuses to delete a missing path', async () => {
    const base = git(gitDir, 'rev-parse', 'main^{tree}');
    const created = await octokit.rest.git.createTree({
      ...repo,
      base_tree: base,
      tree: [
        { path: 'clusters/prod', mode: '040000', type: 'tree', sha: null },
        { path: 'README.md', mode: '100644', type: 'blob', sha: null },
      ],
    });
    expect(git(gitDir, 'ls-tree', '--name-only', created.data.sha, 'clusters/').split('\n')).toEqual([
      'clusters/staging',
    ]);
    expect(git(gitDir, 'ls-tree', '--name-only', created.data.sha)).not.toContain('README.md');
    const missing = await errorOf(
      octokit.rest.git.createTree({
        ...repo,
        base_tree: base,
        tree: [{ path: 'nope.txt', mode: '100644', type: 'blob', sha: null }],
      }),
    );
    expect(missing.status).toBe(422);
  });

  it('writes inline content and nested paths, and rejects sha together with content', async () => {
    const created = await octokit.rest.git.createTree({
      ...repo,
      base_tree: git(gitDir, 'rev-parse', 'main^{tree}'),
      tree: [{ path: 'new/deep/file.txt', mode: '100644', type: 'blob', content: 'inline\n' }],
    });
    expect(git(gitDir, 'cat-file', 'blob', `${created.data.sha}:new/deep/file.txt`)).toBe('inline');
    const both = await errorOf(
      octokit.rest.git.createTree({
        ...repo,
        tree: [{ path: 'x', mode: '100644', type: 'blob', content: 'x', sha: created.data.sha }],
      }),
    );
    expect(both.status).toBe(422);
    expect(both.message).toContain('Must supply either tree.sha or tree.content');
  });

  it('creates a tree without base_tree that holds only the given entries', async () => {
    const created = await octokit.rest.git.createTree({
      ...repo,
      tree: [{ path: 'only.txt', mode: '100644', type: 'blob', content: 'x' }],
    });
    expect(git(gitDir, 'ls-tree', '--name-only', created.data.sha)).toBe('only.txt');
  });

  it('signs commits of bots without author and attributes them to the token identity', async () => {
    const head = git(gitDir, 'rev-parse', 'main');
    const tree = git(gitDir, 'rev-parse', 'main^{tree}');
    const signed = await octokit.rest.git.createCommit({
      ...repo,
      message: 'bot commit',
      tree,
      parents: [head],
    });
    expect(signed.status).toBe(201);
    expect(signed.data.verification?.verified).toBe(true);
    expect(signed.data.author.name).toBe('github-actions[bot]');
    expect(git(gitDir, 'log', '-1', '--format=%an <%ae>|%P', signed.data.sha)).toBe(
      `github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|${head}`,
    );
    const custom = await octokit.rest.git.createCommit({
      ...repo,
      message: 'custom author',
      tree,
      parents: [head],
      author: { name: 'Someone', email: 'someone@example.com' },
    });
    expect(custom.data.verification?.verified).toBe(false);
    const user = octokitFor(emulator, emulator.tokens.user);
    const unsigned = await user.rest.git.createCommit({
      ...repo,
      message: 'user commit',
      tree,
      parents: [head],
    });
    expect(unsigned.data.verification?.verified).toBe(false);
    expect(unsigned.data.author.name).toBe('Alice');
  });

  it('rejects commits whose tree or parent does not exist', async () => {
    const tree = git(gitDir, 'rev-parse', 'main^{tree}');
    expect(
      (await errorOf(octokit.rest.git.createCommit({ ...repo, message: 'm', tree: 'c'.repeat(40) }))).status,
    ).toBe(422);
    expect(
      (await errorOf(octokit.rest.git.createCommit({ ...repo, message: 'm', tree, parents: [tree] }))).status,
    ).toBe(422);
  });

  it('creates refs once and reports an existing one with 422 "Reference already exists"', async () => {
    const head = git(gitDir, 'rev-parse', 'main');
    const created = await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/feature/x', sha: head });
    expect(created.status).toBe(201);
    expect(git(gitDir, 'rev-parse', 'refs/heads/feature/x')).toBe(head);
    const again = await errorOf(
      octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/feature/x', sha: head }),
    );
    expect(again).toMatchObject({
      status: 422,
      message: expect.stringContaining('Reference already exists'),
    });
  });

  it('updates refs fast-forward only unless forced', async () => {
    const head = git(gitDir, 'rev-parse', 'main');
    const tree = git(gitDir, 'rev-parse', 'main^{tree}');
    const child = await octokit.rest.git.createCommit({ ...repo, message: 'child', tree, parents: [head] });
    const sibling = await octokit.rest.git.createCommit({
      ...repo,
      message: 'sibling',
      tree,
      parents: [head],
    });
    await octokit.rest.git.updateRef({ ...repo, ref: 'heads/main', sha: child.data.sha });
    expect(git(gitDir, 'rev-parse', 'main')).toBe(child.data.sha);
    const refused = await errorOf(
      octokit.rest.git.updateRef({ ...repo, ref: 'heads/main', sha: sibling.data.sha, force: false }),
    );
    expect(refused).toMatchObject({
      status: 422,
      message: expect.stringContaining('Update is not a fast forward'),
    });
    expect(git(gitDir, 'rev-parse', 'main')).toBe(child.data.sha);
    await octokit.rest.git.updateRef({ ...repo, ref: 'heads/main', sha: sibling.data.sha, force: true });
    expect(git(gitDir, 'rev-parse', 'main')).toBe(sibling.data.sha);
  });

  it('deletes refs and answers 422 for a ref that does not exist', async () => {
    const head = git(gitDir, 'rev-parse', 'main');
    await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/tmp', sha: head });
    const deleted = await octokit.rest.git.deleteRef({ ...repo, ref: 'heads/tmp' });
    expect(deleted.status).toBe(204);
    expect(git(gitDir, 'for-each-ref', 'refs/heads/tmp')).toBe('');
    expect((await errorOf(octokit.rest.git.deleteRef({ ...repo, ref: 'heads/tmp' }))).status).toBe(422);
  });

  it('lists matching refs by prefix', async () => {
    const head = git(gitDir, 'rev-parse', 'main');
    await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/promotions/1-a', sha: head });
    await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/promotions/2-b', sha: head });
    const refs = await octokit.rest.git.listMatchingRefs({ ...repo, ref: 'heads/promotions/' });
    expect(refs.data.map((ref) => ref.ref)).toEqual([
      'refs/heads/promotions/1-a',
      'refs/heads/promotions/2-b',
    ]);
  });

  it('refuses writes from a read-only token with 403', async () => {
    const reader = octokitFor(emulator, emulator.tokens.reader);
    const denied = await errorOf(reader.rest.git.createBlob({ ...repo, content: 'x' }));
    expect(denied.status).toBe(403);
  });
});
