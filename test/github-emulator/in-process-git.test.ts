// The emulator reads and writes refs and loose objects in its own process (ref-files.ts, loose-object-store.ts,
// edit-tree.ts): each answer must be the one git gives for the same question, SHAs included.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createGitRepo,
  gitProcessesStarted,
  type FileSource,
  type GitRepo,
} from '../support/github-emulator/git-store.js';

const EXAMPLE = resolve(import.meta.dirname, '../../examples/iac-repo');
const person = {
  name: 'Alice Example',
  email: 'alice@users.noreply.github.com',
  date: '2026-03-01T10:20:30Z',
};

function gitIn(
  gitDir: string,
  args: readonly string[],
  options: { input?: string; env?: object } = {},
): string {
  return execFileSync('git', ['--git-dir', gitDir, ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...options.env },
  }).trim();
}

/** What the index gives: read-tree, hash-object, update-index --index-info (deletions first), write-tree. */
function treeWithIndex(
  gitDir: string,
  base: string | undefined,
  files: Record<string, string | null>,
): string {
  const scratch = mkdtempSync(join(tmpdir(), 'in-process-git-index-'));
  const env = { GIT_INDEX_FILE: join(scratch, 'index') };
  try {
    gitIn(gitDir, base ? ['read-tree', base] : ['read-tree', '--empty'], { env });
    const entries = Object.entries(files);
    const lines = [
      ...entries.filter(([, content]) => content === null).map(([path]) => `0 ${'0'.repeat(40)}\t${path}`),
      ...entries
        .filter(([, content]) => content !== null)
        .map(([path, content]) => {
          const blob = gitIn(gitDir, ['hash-object', '-w', '--stdin'], { input: content! });
          return `100644 ${blob}\t${path}`;
        }),
    ];
    gitIn(gitDir, ['update-index', '-z', '--index-info'], { env, input: `${lines.join('\0')}\0` });
    return gitIn(gitDir, ['write-tree'], { env });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function lsTree(gitDir: string, args: readonly string[]) {
  return gitIn(gitDir, ['ls-tree', '-l', '-z', ...args])
    .split('\0')
    .filter((record) => record !== '')
    .map((record) => {
      const [meta, path] = record.split('\t') as [string, string];
      const [mode, type, sha, size] = meta.split(/\s+/) as [string, string, string, string];
      return { mode, type, sha, path, ...(type === 'blob' ? { size: Number(size) } : {}) };
    });
}

describe('the emulator git store, in process', () => {
  let gitDir: string;
  let repo: GitRepo;
  let base: string;

  beforeEach(async () => {
    gitDir = join(mkdtempSync(join(tmpdir(), 'in-process-git-')), 'repo.git');
    repo = createGitRepo(gitDir);
    await repo.init('main');
    base = await repo.buildTree(undefined, repo.filesFromDir(EXAMPLE));
  });
  afterEach(() => rmSync(join(gitDir, '..'), { recursive: true, force: true }));

  it('writes a seeded tree with the SHA git add and write-tree give', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'in-process-git-work-'));
    try {
      execFileSync('cp', ['-r', `${EXAMPLE}/.`, scratch]);
      const env = {
        GIT_WORK_TREE: scratch,
        GIT_INDEX_FILE: join(scratch, '..', `${scratch.split('/').pop()}.index`),
      };
      gitIn(gitDir, ['add', '-A'], { env });
      expect(base).toBe(gitIn(gitDir, ['write-tree'], { env }));
      rmSync(env.GIT_INDEX_FILE, { force: true });
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it.each([
    [
      'changes and adds files in new folders',
      { 'clusters/new/a/b.yaml': 'b\n', 'telefonistka.yaml': 'x: 1\n' },
    ],
    ['deletes a file and the folder it leaves empty', { 'workspace/nginx/deployment.yaml': null }],
    ['deletes nothing for a folder path', { 'workspace/nginx': null }],
    ['replaces a folder with a file of its name', { workspace: 'now a file\n' }],
    ['replaces a file with a folder of its name', { 'telefonistka.yaml/inner': 'nested\n' }],
    ['writes dot folders', { '.github/workflows/new.yml': 'on: push\n' }],
    ['deletes everything', {}],
    ['writes paths git treats specially through git', { 'name with space/é.txt': 'x\n', 'a\nb': 'y\n' }],
  ] as const)('builds the tree the index builds when it %s', async (_, files) => {
    const all: Record<string, string | null> =
      Object.keys(files).length === 0
        ? Object.fromEntries(
            (await repo.readTreeRecursive(base)).filter((e) => e.type === 'blob').map((e) => [e.path, null]),
          )
        : { ...files };
    const edits = new Map<string, FileSource | null>(Object.entries(all));
    expect(await repo.buildTree(base, edits)).toBe(treeWithIndex(gitDir, base, all));
    expect(await repo.buildTree(undefined, new Map([['only.txt', 'o\n']]))).toBe(
      treeWithIndex(gitDir, undefined, { 'only.txt': 'o\n' }),
    );
  });

  it('lists trees as git ls-tree -l does, recursively too', async () => {
    expect(await repo.readTree(base)).toEqual(lsTree(gitDir, [base]));
    expect(await repo.readTreeRecursive(base)).toEqual(lsTree(gitDir, ['-r', '-t', base]));
  });

  it('writes trees as git mktree does, in git order', async () => {
    const listing = await repo.readTree(base);
    const shuffled = [...listing].reverse().map(({ mode, type, sha, path }) => ({ mode, type, sha, path }));
    const input = shuffled
      .map((entry) => `${entry.mode} ${entry.type} ${entry.sha}\t${entry.path}\0`)
      .join('');
    expect(await repo.writeTree(shuffled)).toBe(gitIn(gitDir, ['mktree', '-z', '--missing'], { input }));
    expect(await repo.writeTree([])).toBe(gitIn(gitDir, ['mktree', '-z'], { input: '' }));
  });

  it('writes blobs and commits as git hash-object and commit-tree do', async () => {
    expect(await repo.writeBlob(Buffer.from('bytes\n'))).toBe(
      gitIn(gitDir, ['hash-object', '--stdin'], { input: 'bytes\n' }),
    );
    const env = (who: typeof person) => ({
      GIT_AUTHOR_NAME: who.name,
      GIT_AUTHOR_EMAIL: who.email,
      GIT_AUTHOR_DATE: who.date,
      GIT_COMMITTER_NAME: who.name,
      GIT_COMMITTER_EMAIL: who.email,
      GIT_COMMITTER_DATE: who.date,
    });
    const root = await repo.writeCommit({
      tree: base,
      parents: [],
      author: person,
      committer: person,
      message: 'Initial commit\n',
    });
    expect(root).toBe(gitIn(gitDir, ['commit-tree', base], { env: env(person), input: 'Initial commit\n' }));
    const bot = {
      name: 'telefonistka[bot]',
      email: '1+telefonistka[bot]@users.noreply.github.com',
      date: '2026-03-02T00:00:00Z',
    };
    const other = await repo.writeCommit({
      tree: base,
      parents: [root],
      author: bot,
      committer: bot,
      message: 'no newline ✅',
    });
    expect(other).toBe(
      gitIn(gitDir, ['commit-tree', base, '-p', root], { env: env(bot), input: 'no newline ✅' }),
    );
    const merge = await repo.writeCommit({
      tree: base,
      parents: [root, other],
      author: person,
      committer: bot,
      message: 'merge\n\nbody\n',
    });
    expect((await repo.readCommit(merge)).parents).toEqual([root, other]);
    expect(gitIn(gitDir, ['cat-file', '-t', merge])).toBe('commit');
    // An identity git would clean up is written by git itself, with git's answer.
    const odd = { name: ' <odd> ', email: 'odd@example.com', date: '2026-03-01T12:00:00+02:00' };
    const written = await repo.writeCommit({
      tree: base,
      parents: [],
      author: odd,
      committer: odd,
      message: 'odd\n',
    });
    expect(written).toBe(gitIn(gitDir, ['commit-tree', base], { env: env(odd), input: 'odd\n' }));
  });

  it('reads refs as git rev-parse and for-each-ref do, loose, nested and packed', async () => {
    const commit = await repo.writeCommit({
      tree: base,
      parents: [],
      author: person,
      committer: person,
      message: 'c\n',
    });
    for (const branch of ['main', 'feature/a', 'feature/b', 'release']) {
      expect(await repo.updateRef(`refs/heads/${branch}`, commit, '0'.repeat(40))).toBe(true);
    }
    gitIn(gitDir, ['pack-refs', '--all']);
    const second = await repo.writeCommit({
      tree: base,
      parents: [commit],
      author: person,
      committer: person,
      message: 'd\n',
    });
    expect(await repo.updateRef('refs/heads/release', second, commit)).toBe(true);
    for (const ref of [
      'refs/heads/main',
      'refs/heads/release',
      'refs/heads/feature/a',
      'refs/heads/feature',
      'refs/heads/none',
    ]) {
      const answer = spawnSync('git', ['--git-dir', gitDir, 'rev-parse', '--verify', '-q', ref], {
        encoding: 'utf8',
      });
      const expected = answer.status === 0 ? answer.stdout.trim() : undefined;
      expect(await repo.resolveRef(ref), ref).toBe(expected);
    }
    expect(await repo.resolveRef('refs/heads/release~1')).toBe(commit);
    for (const prefix of ['refs/heads/', 'refs/heads/feature', 'refs/heads/feat', 'refs/']) {
      const expected = gitIn(gitDir, [
        'for-each-ref',
        '--format=%(refname) %(objectname) %(objecttype)',
        prefix,
      ])
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => {
          const [ref, sha, type] = line.split(' ');
          return { ref, sha, type };
        });
      expect(await repo.listRefs(prefix), prefix).toEqual(expected);
    }
    await repo.deleteRef('refs/heads/feature/a');
    expect(await repo.resolveRef('refs/heads/feature/a')).toBeUndefined();
  });

  it('answers history questions as git merge-base and rev-list do, merges and criss-crosses included', async () => {
    const commit = (message: string, parents: string[]) =>
      repo.writeCommit({ tree: base, parents, author: person, committer: person, message });
    const root = await commit('root\n', []);
    const a1 = await commit('a1\n', [root]);
    const b1 = await commit('b1\n', [root]);
    const a2 = await commit('a2\n', [a1, b1]);
    const b2 = await commit('b2\n', [b1, a1]);
    const a3 = await commit('a3\n', [a2]);
    const lonely = await commit('unrelated\n', []);
    const git = (args: string[]) => {
      const answer = spawnSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8' });
      return { code: answer.status, out: answer.stdout.trim() };
    };
    for (const [x, y] of [
      [a1, b1],
      [a3, b2],
      [a3, a1],
      [root, root],
      [a3, lonely],
    ] as const) {
      const expected = git(['merge-base', x, y]);
      expect(await repo.mergeBase(x, y)).toBe(expected.code === 0 ? expected.out : undefined);
      expect(await repo.isAncestor(x, y)).toBe(git(['merge-base', '--is-ancestor', x, y]).code === 0);
    }
    for (const range of [
      [a3, `^${root}`],
      [a3, `^${a2}`],
      [a3, `^${a1}`],
      [b2, `^${a3}`],
      [a3],
      [root, `^${a3}`],
    ]) {
      const expected = git(['rev-list', '--reverse', '--topo-order', ...range]).out;
      expect(await repo.revList(range), range.join(' ')).toEqual(expected === '' ? [] : expected.split('\n'));
    }
  });

  it('diffs trees with renames and line counts in one git process', async () => {
    const changed = await repo.buildTree(
      base,
      new Map<string, FileSource | null>([
        ['workspace/nginx/deployment.yaml', null],
        [
          'workspace/nginx/moved.yaml',
          await repo.readBlob((await repo.lookupPath(base, 'workspace/nginx/deployment.yaml'))!.sha),
        ],
        ['telefonistka.yaml', 'changed: true\n'],
        ['added.txt', 'one\ntwo\n'],
      ]),
    );
    const before = gitProcessesStarted();
    const changes = await repo.diffTrees(base, changed);
    expect(gitProcessesStarted() - before).toBe(1);
    expect(changes.map((change) => [change.status, change.path, change.previousPath ?? null])).toEqual([
      ['A', 'added.txt', null],
      ['M', 'telefonistka.yaml', null],
      ['R', 'workspace/nginx/moved.yaml', 'workspace/nginx/deployment.yaml'],
    ]);
    expect(changes.find((change) => change.path === 'added.txt')).toMatchObject({
      additions: 2,
      deletions: 0,
    });
  });

  it('commits a change to a branch without starting git', async () => {
    const commit = await repo.writeCommit({
      tree: base,
      parents: [],
      author: person,
      committer: person,
      message: 'c\n',
    });
    await repo.updateRef('refs/heads/main', commit, '0'.repeat(40));
    const before = gitProcessesStarted();
    const parent = (await repo.resolveRef('refs/heads/main'))!;
    const tree = await repo.buildTree(
      (await repo.readCommit(parent)).tree,
      new Map([['telefonistka.yaml', 'y\n']]),
    );
    await repo.writeCommit({
      tree,
      parents: [parent],
      author: person,
      committer: person,
      message: 'change\n',
    });
    await repo.readTreeRecursive(tree);
    await repo.listRefs('refs/heads/');
    expect(gitProcessesStarted() - before).toBe(0);
  });
});
