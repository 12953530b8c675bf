// Git plumbing over one bare repository. Objects are immutable, so reads of trees, commits and blobs are
// cached by SHA; refs are always read fresh. Every call is a bounded `execFile` of the installed git.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const GIT_TIMEOUT_MS = 60_000;
const MAX_BUFFER = 512 * 1024 * 1024;
export const ZERO_SHA = '0000000000000000000000000000000000000000';

/** A git person line (author or committer). */
export interface GitPerson {
  readonly name: string;
  readonly email: string;
  /** ISO 8601 date. */
  readonly date: string;
}

/** One entry of a git tree. */
export interface TreeEntry {
  readonly mode: string;
  readonly type: 'blob' | 'tree' | 'commit';
  readonly sha: string;
  /** The entry name (non-recursive listing) or the path from the listed tree (recursive listing). */
  readonly path: string;
  /** Blob size in bytes; undefined for trees and submodules. */
  readonly size?: number;
}

/** A parsed commit object. */
export interface CommitObject {
  readonly sha: string;
  readonly tree: string;
  readonly parents: readonly string[];
  readonly author: GitPerson;
  readonly committer: GitPerson;
  readonly message: string;
}

/** One changed file between two trees, as `git diff-tree -r -M` reports it. */
export interface TreeChange {
  readonly status: 'A' | 'M' | 'D' | 'R' | 'T' | 'C';
  readonly path: string;
  readonly previousPath?: string;
  readonly oldSha: string;
  readonly newSha: string;
  readonly newMode: string;
  readonly additions: number;
  readonly deletions: number;
}

/** A file to write in a commit: text content, raw bytes, or a file on disk to copy. */
export type FileSource = string | Buffer | { readonly fromPath: string; readonly executable?: boolean };

interface ExecOptions {
  readonly input?: string | Buffer;
  readonly env?: Record<string, string>;
  readonly okCodes?: readonly number[];
}

interface ExecResult {
  readonly stdout: Buffer;
  readonly code: number;
}

/** Raised when git exits with an unexpected code. */
export class GitCommandError extends Error {
  readonly code: number;
  readonly stderr: string;
  constructor(args: readonly string[], code: number, stderr: string) {
    super(`git ${args.join(' ')} exited ${code}: ${stderr.trim()}`);
    this.name = 'GitCommandError';
    this.code = code;
    this.stderr = stderr;
  }
}

function runGit(gitDir: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      // Durability is irrelevant for test repositories; fsync made writing 2,000 loose objects take 2 s.
      ['--git-dir', gitDir, '-c', 'core.fsync=none', ...args],
      {
        encoding: 'buffer',
        maxBuffer: MAX_BUFFER,
        timeout: GIT_TIMEOUT_MS,
        env: {
          ...process.env,
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_CONFIG_GLOBAL: '/dev/null',
          LC_ALL: 'C',
          ...options.env,
        },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        if (code !== 0 && !(options.okCodes ?? []).includes(code)) {
          reject(new GitCommandError(args, code, stderr.toString('utf8')));
          return;
        }
        resolve({ stdout, code });
      },
    );
    // A command that does not read stdin may exit first; its EPIPE is irrelevant.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(options.input ?? '');
  });
}

function personEnv(prefix: 'AUTHOR' | 'COMMITTER', person: GitPerson): Record<string, string> {
  return {
    [`GIT_${prefix}_NAME`]: person.name,
    [`GIT_${prefix}_EMAIL`]: person.email,
    [`GIT_${prefix}_DATE`]: person.date,
  };
}

function parsePerson(line: string): GitPerson {
  const match = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(line);
  if (!match) throw new Error(`unparsable git person line: ${line}`);
  const [, name, email, seconds] = match as unknown as [string, string, string, string];
  return { name, email, date: new Date(Number(seconds) * 1000).toISOString().replace('.000Z', 'Z') };
}

function parseCommit(sha: string, raw: string): CommitObject {
  const split = raw.indexOf('\n\n');
  const header = split === -1 ? raw : raw.slice(0, split);
  const message = split === -1 ? '' : raw.slice(split + 2);
  const parents: string[] = [];
  let tree = '';
  let author: GitPerson | undefined;
  let committer: GitPerson | undefined;
  for (const line of header.split('\n')) {
    const space = line.indexOf(' ');
    const key = line.slice(0, space);
    const value = line.slice(space + 1);
    if (key === 'tree') tree = value;
    else if (key === 'parent') parents.push(value);
    else if (key === 'author') author = parsePerson(value);
    else if (key === 'committer') committer = parsePerson(value);
  }
  if (!author || !committer) throw new Error(`commit ${sha} lacks author or committer`);
  return { sha, tree, parents, author, committer, message };
}

function parseLsTree(output: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of output.split('\0')) {
    if (record === '') continue;
    const tab = record.indexOf('\t');
    const [mode, type, sha, size] = record.slice(0, tab).split(/\s+/) as [
      string,
      TreeEntry['type'],
      string,
      string,
    ];
    const entry: TreeEntry = { mode, type, sha, path: record.slice(tab + 1) };
    entries.push(type === 'blob' ? { ...entry, size: Number(size) } : entry);
  }
  return entries;
}

function parseRawDiff(
  raw: string,
  numstat: Map<string, { additions: number; deletions: number }>,
): TreeChange[] {
  const fields = raw.split('\0');
  const changes: TreeChange[] = [];
  for (let index = 0; index < fields.length;) {
    const meta = fields[index++];
    if (!meta?.startsWith(':')) break;
    const [, newMode, oldSha, newSha, statusField] = meta.slice(1).split(' ') as [
      string,
      string,
      string,
      string,
      string,
    ];
    const status = statusField.charAt(0) as TreeChange['status'];
    const first = fields[index++] ?? '';
    const renamed = status === 'R' || status === 'C';
    const path = renamed ? (fields[index++] ?? '') : first;
    const counts = numstat.get(path) ?? { additions: 0, deletions: 0 };
    changes.push({
      status,
      path,
      ...(renamed ? { previousPath: first } : {}),
      oldSha,
      newSha,
      newMode,
      ...counts,
    });
  }
  return changes;
}

function parseNumstat(raw: string): Map<string, { additions: number; deletions: number }> {
  const result = new Map<string, { additions: number; deletions: number }>();
  const fields = raw.split('\0');
  for (let index = 0; index < fields.length;) {
    const record = fields[index++];
    if (!record) continue;
    const [added, deleted, path] = record.split('\t') as [string, string, string];
    // With -z, a rename prints an empty path followed by the old and the new path as separate fields.
    const target = path === '' ? (index++, fields[index++] ?? '') : path;
    result.set(target, {
      additions: added === '-' ? 0 : Number(added),
      deletions: deleted === '-' ? 0 : Number(deleted),
    });
  }
  return result;
}

function listFilesOnDisk(
  root: string,
  prefix = '',
): { path: string; fullPath: string; executable: boolean }[] {
  const result: { path: string; fullPath: string; executable: boolean }[] = [];
  for (const name of readdirSync(join(root, prefix)).sort()) {
    if (name === '.git') continue;
    const relative = prefix ? `${prefix}/${name}` : name;
    const fullPath = join(root, relative);
    const stats = statSync(fullPath);
    if (stats.isDirectory()) result.push(...listFilesOnDisk(root, relative));
    else result.push({ path: relative, fullPath, executable: (stats.mode & 0o111) !== 0 });
  }
  return result;
}

/** Git plumbing bound to one bare repository. */
export interface GitRepo {
  readonly gitDir: string;
  readonly init: (defaultBranch: string) => Promise<void>;
  readonly objectType: (sha: string) => Promise<'blob' | 'tree' | 'commit' | 'tag' | undefined>;
  readonly writeBlob: (content: Buffer) => Promise<string>;
  readonly readBlob: (sha: string) => Promise<Buffer>;
  readonly readTree: (sha: string) => Promise<readonly TreeEntry[]>;
  readonly readTreeRecursive: (sha: string) => Promise<readonly TreeEntry[]>;
  readonly writeTree: (entries: readonly TreeEntry[]) => Promise<string>;
  readonly readCommit: (sha: string) => Promise<CommitObject>;
  readonly writeCommit: (commit: Omit<CommitObject, 'sha'>) => Promise<string>;
  readonly resolveRef: (ref: string) => Promise<string | undefined>;
  readonly resolveCommitish: (revision: string) => Promise<string | undefined>;
  readonly listRefs: (prefix: string) => Promise<{ ref: string; sha: string; type: string }[]>;
  /** Compare-and-swap ref update: `expected` undefined = unconditional, ZERO_SHA = must not exist. */
  readonly updateRef: (ref: string, sha: string, expected?: string) => Promise<boolean>;
  readonly deleteRef: (ref: string) => Promise<void>;
  readonly isAncestor: (ancestor: string, descendant: string) => Promise<boolean>;
  readonly mergeBase: (a: string, b: string) => Promise<string | undefined>;
  readonly mergeTrees: (ours: string, theirs: string) => Promise<{ tree: string; clean: boolean }>;
  readonly diffTrees: (from: string, to: string) => Promise<readonly TreeChange[]>;
  readonly revList: (range: readonly string[]) => Promise<string[]>;
  readonly lookupPath: (treeSha: string, path: string) => Promise<TreeEntry | undefined>;
  /** Builds a tree from `baseTree` with files set (content) or removed (null); returns the new tree SHA. */
  readonly buildTree: (
    baseTree: string | undefined,
    files: ReadonlyMap<string, FileSource | null>,
  ) => Promise<string>;
  readonly filesFromDir: (dir: string) => Map<string, FileSource>;
}

/** Binds git plumbing to the bare repository at `gitDir`. */
export function createGitRepo(gitDir: string): GitRepo {
  const git = (args: readonly string[], options?: ExecOptions) => runGit(gitDir, args, options);
  const text = async (args: readonly string[], options?: ExecOptions) =>
    (await git(args, options)).stdout.toString('utf8');
  const blobs = new Map<string, Buffer>();
  const trees = new Map<string, readonly TreeEntry[]>();
  const recursiveTrees = new Map<string, readonly TreeEntry[]>();
  const commits = new Map<string, CommitObject>();
  const diffs = new Map<string, readonly TreeChange[]>();
  const types = new Map<string, 'blob' | 'tree' | 'commit' | 'tag'>();

  const objectType: GitRepo['objectType'] = async (sha) => {
    if (!/^[0-9a-f]{40}$/.test(sha)) return undefined;
    const cached = types.get(sha);
    if (cached) return cached;
    const result = await git(['cat-file', '-t', sha], { okCodes: [1, 128] });
    if (result.code !== 0) return undefined;
    const type = result.stdout.toString('utf8').trim() as 'blob' | 'tree' | 'commit' | 'tag';
    types.set(sha, type);
    return type;
  };

  const readTree: GitRepo['readTree'] = async (sha) => {
    const cached = trees.get(sha);
    if (cached) return cached;
    const entries = parseLsTree(await text(['ls-tree', '-l', '-z', sha]));
    trees.set(sha, entries);
    return entries;
  };

  const writeTree: GitRepo['writeTree'] = async (entries) => {
    const input = entries
      .map((entry) => `${entry.mode} ${entry.type} ${entry.sha}\t${entry.path}\0`)
      .join('');
    const sha = (await text(['mktree', '-z', '--missing'], { input })).trim();
    return sha;
  };

  const lookupPath: GitRepo['lookupPath'] = async (treeSha, path) => {
    const parts = path.split('/').filter((part) => part !== '');
    let current: TreeEntry = { mode: '040000', type: 'tree', sha: treeSha, path: '' };
    for (const part of parts) {
      if (current.type !== 'tree') return undefined;
      const next = (await readTree(current.sha)).find((entry) => entry.path === part);
      if (!next) return undefined;
      current = next;
    }
    return current;
  };

  const writeBlobs = async (files: ReadonlyMap<string, FileSource>): Promise<Map<string, TreeEntry>> => {
    if (files.size === 0) return new Map();
    const scratch = mkdtempSync(join(tmpdir(), 'gh-emu-blobs-'));
    try {
      const paths: string[] = [];
      const modes: string[] = [];
      let counter = 0;
      for (const source of files.values()) {
        if (typeof source === 'object' && !Buffer.isBuffer(source)) {
          paths.push(source.fromPath);
          modes.push(source.executable ? '100755' : '100644');
        } else {
          const file = join(scratch, String(counter++));
          writeFileSync(file, source);
          paths.push(file);
          modes.push('100644');
        }
      }
      const output = await text(['hash-object', '-w', '--no-filters', '--stdin-paths'], {
        input: paths.join('\n') + '\n',
      });
      const shas = output.trim().split('\n');
      const result = new Map<string, TreeEntry>();
      [...files.keys()].forEach((path, index) =>
        result.set(path, { mode: modes[index]!, type: 'blob', sha: shas[index]!, path }),
      );
      return result;
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  };

  const buildTree: GitRepo['buildTree'] = async (baseTree, files) => {
    const index = join(mkdtempSync(join(tmpdir(), 'gh-emu-index-')), 'index');
    const env = { GIT_INDEX_FILE: index };
    try {
      await git(baseTree ? ['read-tree', baseTree] : ['read-tree', '--empty'], { env });
      const writes = new Map<string, FileSource>();
      for (const [path, source] of files) if (source !== null) writes.set(path, source);
      const entries = await writeBlobs(writes);
      const lines: string[] = [];
      for (const [path, source] of files) {
        if (source === null) lines.push(`0 ${ZERO_SHA}\t${path}`);
        else lines.push(`${entries.get(path)!.mode} ${entries.get(path)!.sha}\t${path}`);
      }
      // Deletions first, then additions, so a file can replace a folder of the same name.
      const ordered = [
        ...lines.filter((line) => line.startsWith('0 ')),
        ...lines.filter((l) => !l.startsWith('0 ')),
      ];
      // -z: paths may hold any byte but NUL (line breaks included), as on GitHub.
      await git(['update-index', '-z', '--index-info'], { env, input: ordered.join('\0') + '\0' });
      return (await text(['write-tree'], { env })).trim();
    } finally {
      rmSync(dirname(index), { recursive: true, force: true });
    }
  };

  return {
    gitDir,
    init: async (defaultBranch) => {
      mkdirSync(gitDir, { recursive: true });
      await git(['init', '--bare', '--quiet', `--initial-branch=${defaultBranch}`]);
    },
    objectType,
    writeBlob: async (content) => {
      const sha = (await text(['hash-object', '-w', '--no-filters', '--stdin'], { input: content })).trim();
      blobs.set(sha, content);
      return sha;
    },
    readBlob: async (sha) => {
      const cached = blobs.get(sha);
      if (cached) return cached;
      const content = (await git(['cat-file', 'blob', sha])).stdout;
      blobs.set(sha, content);
      return content;
    },
    readTree,
    readTreeRecursive: async (sha) => {
      const cached = recursiveTrees.get(sha);
      if (cached) return cached;
      const entries = parseLsTree(await text(['ls-tree', '-r', '-t', '-l', '-z', sha]));
      recursiveTrees.set(sha, entries);
      return entries;
    },
    writeTree,
    readCommit: async (sha) => {
      const cached = commits.get(sha);
      if (cached) return cached;
      const commit = parseCommit(sha, await text(['cat-file', 'commit', sha]));
      commits.set(sha, commit);
      return commit;
    },
    writeCommit: async (commit) => {
      const args = ['commit-tree', commit.tree, ...commit.parents.flatMap((parent) => ['-p', parent])];
      const env = { ...personEnv('AUTHOR', commit.author), ...personEnv('COMMITTER', commit.committer) };
      return (await text(args, { env, input: commit.message })).trim();
    },
    resolveRef: async (ref) => {
      const result = await git(['rev-parse', '--verify', '-q', ref], { okCodes: [1, 128] });
      return result.code === 0 ? result.stdout.toString('utf8').trim() : undefined;
    },
    resolveCommitish: async (revision) => {
      if (revision.startsWith('-')) return undefined;
      const result = await git(['rev-parse', '--verify', '-q', `${revision}^{commit}`], {
        okCodes: [1, 128],
      });
      return result.code === 0 ? result.stdout.toString('utf8').trim() : undefined;
    },
    listRefs: async (prefix) => {
      const output = await text(['for-each-ref', '--format=%(refname) %(objectname) %(objecttype)', prefix]);
      return output
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => {
          const [ref, sha, type] = line.split(' ') as [string, string, string];
          return { ref, sha, type };
        });
    },
    updateRef: async (ref, sha, expected) => {
      const args = ['update-ref', ref, sha, ...(expected === undefined ? [] : [expected])];
      const result = await git(args, { okCodes: [128] });
      return result.code === 0;
    },
    deleteRef: async (ref) => {
      await git(['update-ref', '-d', ref]);
    },
    isAncestor: async (ancestor, descendant) => {
      const result = await git(['merge-base', '--is-ancestor', ancestor, descendant], { okCodes: [1] });
      return result.code === 0;
    },
    mergeBase: async (a, b) => {
      const result = await git(['merge-base', a, b], { okCodes: [1] });
      return result.code === 0 ? result.stdout.toString('utf8').trim() : undefined;
    },
    mergeTrees: async (ours, theirs) => {
      const result = await git(['merge-tree', '--write-tree', '--allow-unrelated-histories', ours, theirs], {
        okCodes: [1],
      });
      const tree = result.stdout.toString('utf8').split('\n')[0]!.trim();
      return { tree, clean: result.code === 0 };
    },
    diffTrees: async (from, to) => {
      const key = `${from}..${to}`;
      const cached = diffs.get(key);
      if (cached) return cached;
      const [raw, numstat] = await Promise.all([
        text(['diff-tree', '-r', '-z', '-M', '--no-commit-id', from, to]),
        text(['diff-tree', '-r', '-z', '-M', '--no-commit-id', '--numstat', from, to]),
      ]);
      const changes = parseRawDiff(raw, parseNumstat(numstat));
      diffs.set(key, changes);
      return changes;
    },
    revList: async (range) => {
      const output = await text(['rev-list', '--reverse', '--topo-order', ...range]);
      return output.split('\n').filter((line) => line !== '');
    },
    lookupPath,
    buildTree,
    filesFromDir: (dir) => {
      const files = new Map<string, FileSource>();
      for (const file of listFilesOnDisk(dir)) {
        files.set(file.path, { fromPath: file.fullPath, executable: file.executable });
      }
      return files;
    },
  };
}
