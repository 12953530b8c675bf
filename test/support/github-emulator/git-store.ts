// Git plumbing over one bare repository. Objects are immutable, so reads of trees, commits and blobs are
// cached by SHA, and so are answers that depend on SHAs only (merge bases, ancestry, rev-lists, merges); refs
// are always read fresh. Refs and loose objects are read and written in this process (ref-files.ts,
// loose-object-store.ts, edit-tree.ts): a git process costs 10-90 ms on a loaded runner and the emulator used
// to spawn over a thousand per promote test file. What needs git's algorithms (merge-tree, merge-base, rev-list,
// diff-tree, update-ref's compare-and-swap) and every input the in-process code does not handle exactly as git
// would stays a bounded `execFile` of the installed git.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { editTree, isPlainPathComponent, type TreeEdit } from './edit-tree.js';
import { createLooseObjectStore } from './loose-object-store.js';
import { createRefFiles, isPlainRefName } from './ref-files.js';
import { CANONICAL_MODES, decodeTree, encodeTree, typeOfMode } from './tree-codec.js';

const GIT_TIMEOUT_MS = 60_000;
const MAX_BUFFER = 512 * 1024 * 1024;
export const ZERO_SHA = '0000000000000000000000000000000000000000';
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const SHA = /^[0-9a-f]{40}$/;

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

let processesStarted = 0;

/** How many git processes the emulator's git stores have started in this process (a budget tests can check). */
export function gitProcessesStarted(): number {
  return processesStarted;
}

function runGit(gitDir: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  processesStarted++;
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

// `git diff-tree -z --raw --numstat`: the raw records (`:meta`, path, and a second path for renames and
// copies), then the numstat records.
function parseRawAndNumstat(output: string): TreeChange[] {
  const fields = output.split('\0');
  let end = 0;
  while (fields[end]?.startsWith(':')) {
    const status = fields[end]!.split(' ')[4]?.charAt(0);
    end += status === 'R' || status === 'C' ? 3 : 2;
  }
  return parseRawDiff(fields.slice(0, end).join('\0'), parseNumstat(fields.slice(end).join('\0')));
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
  /** Looks up the types of many objects with one git process (primes what `objectType` answers). */
  readonly primeObjectTypes: (shas: readonly string[]) => Promise<void>;
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

// git strips these from both ends of identity names and emails, and drops `<`, `>` and line breaks inside
// (ident.c); an identity that needs any of it is written by git itself.
// eslint-disable-next-line no-control-regex
const IDENTITY_CRUD = /^[\x00-\x20.,:;<>"\\']|[\x00-\x20.,:;<>"\\']$|[<>\n\0]/;
const UTC_SECOND = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

function identityLine(person: GitPerson): string | undefined {
  if (person.name === '' || person.email === '') return undefined;
  if (IDENTITY_CRUD.test(person.name) || IDENTITY_CRUD.test(person.email)) return undefined;
  if (!UTC_SECOND.test(person.date)) return undefined;
  const seconds = Date.parse(person.date) / 1000;
  if (!Number.isInteger(seconds) || seconds < 0) return undefined;
  return `${person.name} <${person.email}> ${seconds} +0000`;
}

/** The commit object `git commit-tree` writes for `commit`, or undefined when git must write it. */
function commitBody(commit: Omit<CommitObject, 'sha'>): Buffer | undefined {
  const author = identityLine(commit.author);
  const committer = identityLine(commit.committer);
  if (author === undefined || committer === undefined || commit.message.includes('\0')) return undefined;
  // commit-tree drops a repeated parent with an error message: leave that to git.
  if (new Set(commit.parents).size !== commit.parents.length) return undefined;
  const header = [
    `tree ${commit.tree}`,
    ...commit.parents.map((parent) => `parent ${parent}`),
    `author ${author}`,
    `committer ${committer}`,
  ];
  return Buffer.from(`${header.join('\n')}\n\n${commit.message}`, 'utf8');
}

/** Binds git plumbing to the bare repository at `gitDir`. */
export function createGitRepo(gitDir: string): GitRepo {
  const git = (args: readonly string[], options?: ExecOptions) => runGit(gitDir, args, options);
  const text = async (args: readonly string[], options?: ExecOptions) =>
    (await git(args, options)).stdout.toString('utf8');
  const store = createLooseObjectStore(gitDir);
  const refFiles = createRefFiles(gitDir);
  const canonicalTrees = new Set<string>();
  const blobs = new Map<string, Buffer>();
  const trees = new Map<string, readonly TreeEntry[]>();
  const recursiveTrees = new Map<string, readonly TreeEntry[]>();
  const commits = new Map<string, CommitObject>();
  const diffs = new Map<string, readonly TreeChange[]>();
  const types = new Map<string, 'blob' | 'tree' | 'commit' | 'tag'>();
  const answers = new Map<string, unknown>();
  // Answers that depend on SHAs only never change: ask git once per question.
  const once = async <T>(key: readonly string[], ask: () => Promise<T>): Promise<T> => {
    const cacheable = key.slice(1).every((part) => SHA.test(part.replace(/^\^/, '')));
    const id = key.join(' ');
    if (cacheable && answers.has(id)) return answers.get(id) as T;
    const answer = await ask();
    if (cacheable) answers.set(id, answer);
    return answer;
  };

  const localType = (sha: string) => {
    if (sha === EMPTY_TREE) return 'tree';
    const type = store.header(sha)?.type;
    if (type) types.set(sha, type);
    return type;
  };

  const objectType: GitRepo['objectType'] = async (sha) => {
    if (!SHA.test(sha)) return undefined;
    const cached = types.get(sha) ?? localType(sha);
    if (cached) return cached;
    const result = await git(['cat-file', '-t', sha], { okCodes: [1, 128] });
    if (result.code !== 0) return undefined;
    const type = result.stdout.toString('utf8').trim() as 'blob' | 'tree' | 'commit' | 'tag';
    types.set(sha, type);
    return type;
  };

  const primeObjectTypes: GitRepo['primeObjectTypes'] = async (shas) => {
    const wanted = [...new Set(shas)].filter((sha) => SHA.test(sha) && !types.has(sha) && !localType(sha));
    if (wanted.length === 0) return;
    const output = await text(['cat-file', '--batch-check'], { input: `${wanted.join('\n')}\n` });
    for (const line of output.split('\n')) {
      const [sha, type] = line.split(' ');
      if (sha && (type === 'blob' || type === 'tree' || type === 'commit' || type === 'tag'))
        types.set(sha, type);
    }
  };

  // `git ls-tree -l` from loose objects: undefined when an object is not loose (git answers then).
  const listTreeLocally = (sha: string, prefix: string, recursive: boolean): TreeEntry[] | undefined => {
    if (sha === EMPTY_TREE) return [];
    const object = store.read(sha);
    if (object?.type !== 'tree') return undefined;
    const entries: TreeEntry[] = [];
    for (const decoded of decodeTree(object.body)) {
      const path = `${prefix}${decoded.name}`;
      const entry: TreeEntry = { mode: decoded.mode, type: decoded.type, sha: decoded.sha, path };
      if (decoded.type === 'blob') {
        const size = store.header(decoded.sha)?.size;
        if (size === undefined) return undefined;
        entries.push({ ...entry, size });
        continue;
      }
      entries.push(entry);
      if (recursive && decoded.type === 'tree') {
        const below = listTreeLocally(decoded.sha, `${path}/`, true);
        if (below === undefined) return undefined;
        entries.push(...below);
      }
    }
    return entries;
  };

  const readTree: GitRepo['readTree'] = async (sha) => {
    const cached = trees.get(sha);
    if (cached) return cached;
    const entries = listTreeLocally(sha, '', false) ?? parseLsTree(await text(['ls-tree', '-l', '-z', sha]));
    trees.set(sha, entries);
    return entries;
  };

  // What `git mktree --missing` writes, when it would write these entries unchanged (else git writes them).
  const writeTreeLocally = (entries: readonly TreeEntry[]): string | undefined => {
    const names = new Set(entries.map((entry) => entry.path));
    if (names.size !== entries.length) return undefined;
    const plain = entries.every(
      (entry) =>
        CANONICAL_MODES.has(entry.mode) &&
        typeOfMode(entry.mode) === entry.type &&
        SHA.test(entry.sha) &&
        isPlainPathComponent(entry.path) &&
        // mktree refuses an object of another type than the mode says; a missing one it takes on trust.
        localType(entry.sha) === entry.type,
    );
    if (!plain) return undefined;
    return store.write(
      'tree',
      encodeTree(entries.map((entry) => ({ mode: entry.mode, sha: entry.sha, name: entry.path }))),
    );
  };

  const writeTree: GitRepo['writeTree'] = async (entries) => {
    const local = writeTreeLocally(entries);
    if (local !== undefined) return local;
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

  const buildTreeWithIndex: GitRepo['buildTree'] = async (baseTree, files) => {
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

  const buildTree: GitRepo['buildTree'] = async (baseTree, files) => {
    const edits = new Map<string, TreeEdit>();
    for (const [path, source] of files) {
      if (source === null) edits.set(path, null);
      else if (typeof source === 'object' && !Buffer.isBuffer(source)) {
        const blob = store.write('blob', readFileSync(source.fromPath));
        edits.set(path, { mode: source.executable ? '100755' : '100644', blob });
      } else {
        edits.set(path, { mode: '100644', blob: store.write('blob', Buffer.from(source)) });
      }
    }
    return editTree(store, canonicalTrees, baseTree, edits) ?? buildTreeWithIndex(baseTree, files);
  };

  const localCommit = (sha: string): CommitObject | undefined => {
    const cached = commits.get(sha);
    if (cached) return cached;
    const object = SHA.test(sha) ? store.read(sha) : undefined;
    if (object?.type !== 'commit') return undefined;
    const commit = parseCommit(sha, object.body.toString('utf8'));
    commits.set(sha, commit);
    return commit;
  };

  // Every commit reachable from `tips`, tips included; undefined when one is not a loose commit.
  const reachable = (tips: readonly string[]): Set<string> | undefined => {
    const seen = new Set<string>();
    const stack = [...tips];
    while (stack.length > 0) {
      const sha = stack.pop()!;
      if (seen.has(sha)) continue;
      const commit = localCommit(sha);
      if (!commit) return undefined;
      seen.add(sha);
      stack.push(...commit.parents);
    }
    return seen;
  };

  // The best common ancestor when there is exactly one (what `git merge-base` prints then); with several
  // (criss-cross merges, where git picks one), null: git answers.
  const mergeBaseLocally = (a: string, b: string): string | undefined | null => {
    const fromA = reachable([a]);
    const fromB = reachable([b]);
    if (!fromA || !fromB) return null;
    const common = [...fromA].filter((sha) => fromB.has(sha));
    if (common.length === 0) return undefined;
    const below = reachable(common.flatMap((sha) => localCommit(sha)!.parents));
    const best = common.filter((sha) => !below!.has(sha));
    return best.length === 1 ? best[0] : null;
  };

  // `git rev-list --reverse --topo-order` when the listed commits form one line of history (one order only);
  // undefined (git answers) for anything else: merges inside the range, names instead of SHAs.
  const revListLocally = (range: readonly string[]): string[] | undefined => {
    const include = range.filter((entry) => !entry.startsWith('^'));
    const exclude = range.filter((entry) => entry.startsWith('^')).map((entry) => entry.slice(1));
    if (![...include, ...exclude].every((sha) => SHA.test(sha))) return undefined;
    const wanted = reachable(include);
    const unwanted = reachable(exclude);
    if (!wanted || !unwanted) return undefined;
    const listed = [...wanted].filter((sha) => !unwanted.has(sha));
    if (listed.length === 0) return [];
    const inRange = new Set(listed);
    const children = new Map<string, number>();
    for (const sha of listed) {
      const parents = localCommit(sha)!.parents.filter((parent) => inRange.has(parent));
      if (parents.length > 1) return undefined;
      for (const parent of parents) children.set(parent, (children.get(parent) ?? 0) + 1);
    }
    if ([...children.values()].some((count) => count > 1)) return undefined;
    const tips = listed.filter((sha) => !children.has(sha));
    if (tips.length !== 1) return undefined;
    const line: string[] = [];
    for (let sha: string | undefined = tips[0]; sha !== undefined;) {
      line.push(sha);
      sha = localCommit(sha)!.parents.find((parent) => inRange.has(parent));
    }
    return line.reverse();
  };

  const readRef = async (ref: string, args: readonly string[]) => {
    const local = refFiles.read(ref);
    if (local !== null) return local;
    const result = await git(['rev-parse', '--verify', '-q', ...args], { okCodes: [1, 128] });
    return result.code === 0 ? result.stdout.toString('utf8').trim() : undefined;
  };

  return {
    gitDir,
    init: async (defaultBranch) => {
      mkdirSync(gitDir, { recursive: true });
      await git(['init', '--bare', '--quiet', `--initial-branch=${defaultBranch}`]);
    },
    objectType,
    primeObjectTypes,
    writeBlob: async (content) => {
      const sha = store.write('blob', content);
      blobs.set(sha, content);
      return sha;
    },
    readBlob: async (sha) => {
      const cached = blobs.get(sha);
      if (cached) return cached;
      const local = store.read(sha);
      const content = local?.type === 'blob' ? local.body : (await git(['cat-file', 'blob', sha])).stdout;
      blobs.set(sha, content);
      return content;
    },
    readTree,
    readTreeRecursive: async (sha) => {
      const cached = recursiveTrees.get(sha);
      if (cached) return cached;
      const entries =
        listTreeLocally(sha, '', true) ?? parseLsTree(await text(['ls-tree', '-r', '-t', '-l', '-z', sha]));
      recursiveTrees.set(sha, entries);
      return entries;
    },
    writeTree,
    readCommit: async (sha) => {
      const cached = commits.get(sha);
      if (cached) return cached;
      const local = localCommit(sha);
      if (local) return local;
      const commit = parseCommit(sha, await text(['cat-file', 'commit', sha]));
      commits.set(sha, commit);
      return commit;
    },
    writeCommit: async (commit) => {
      const body = commitBody(commit);
      // commit-tree checks that the tree and the parents exist with their types.
      const known =
        localType(commit.tree) === 'tree' && commit.parents.every((parent) => localType(parent) === 'commit');
      if (body !== undefined && known) return store.write('commit', body);
      const args = ['commit-tree', commit.tree, ...commit.parents.flatMap((parent) => ['-p', parent])];
      const env = { ...personEnv('AUTHOR', commit.author), ...personEnv('COMMITTER', commit.committer) };
      return (await text(args, { env, input: commit.message })).trim();
    },
    resolveRef: (ref) => readRef(ref, [ref]),
    resolveCommitish: async (revision) => {
      if (revision.startsWith('-')) return undefined;
      if (isPlainRefName(revision)) {
        const sha = refFiles.read(revision);
        if (sha === undefined) return undefined;
        // A ref to a commit is its own answer; a tag (or anything else) is peeled by git.
        if (sha !== null && localType(sha) === 'commit') return sha;
      }
      const result = await git(['rev-parse', '--verify', '-q', `${revision}^{commit}`], {
        okCodes: [1, 128],
      });
      return result.code === 0 ? result.stdout.toString('utf8').trim() : undefined;
    },
    listRefs: async (prefix) => {
      const local = refFiles.list(prefix);
      if (local !== null) {
        const typed = local.map((entry) => ({ ...entry, type: localType(entry.sha) }));
        if (typed.every((entry) => entry.type !== undefined))
          return typed as { ref: string; sha: string; type: string }[];
      }
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
      // update-ref refuses a missing object, and anything but a commit on a branch: git says so itself.
      const type = localType(sha);
      if (type !== undefined && (type === 'commit' || !ref.startsWith('refs/heads/'))) {
        const local = refFiles.update(ref, sha, expected);
        if (local !== null) return local;
      }
      const args = ['update-ref', ref, sha, ...(expected === undefined ? [] : [expected])];
      const result = await git(args, { okCodes: [128] });
      return result.code === 0;
    },
    deleteRef: async (ref) => {
      await git(['update-ref', '-d', ref]);
    },
    isAncestor: (ancestor, descendant) =>
      once(['is-ancestor', ancestor, descendant], async () => {
        const reach = localCommit(ancestor) ? reachable([descendant]) : undefined;
        if (reach !== undefined) return reach.has(ancestor);
        const result = await git(['merge-base', '--is-ancestor', ancestor, descendant], { okCodes: [1] });
        return result.code === 0;
      }),
    mergeBase: (a, b) =>
      once(['merge-base', a, b], async () => {
        const local = mergeBaseLocally(a, b);
        if (local !== null) return local;
        const result = await git(['merge-base', a, b], { okCodes: [1] });
        return result.code === 0 ? result.stdout.toString('utf8').trim() : undefined;
      }),
    mergeTrees: (ours, theirs) =>
      once(['merge-tree', ours, theirs], async () => {
        const result = await git(
          ['merge-tree', '--write-tree', '--allow-unrelated-histories', ours, theirs],
          { okCodes: [1] },
        );
        const tree = result.stdout.toString('utf8').split('\n')[0]!.trim();
        return { tree, clean: result.code === 0 };
      }),
    diffTrees: async (from, to) => {
      const key = `${from}..${to}`;
      const cached = diffs.get(key);
      if (cached) return cached;
      // One process for both listings: the raw records come first, then the numstat records.
      const output = await text([
        'diff-tree',
        '-r',
        '-z',
        '-M',
        '--no-commit-id',
        '--raw',
        '--numstat',
        from,
        to,
      ]);
      const changes = parseRawAndNumstat(output);
      diffs.set(key, changes);
      return changes;
    },
    revList: async (range) => [
      ...(await once(['rev-list', ...range], async () => {
        const local = revListLocally(range);
        if (local !== undefined) return local;
        const output = await text(['rev-list', '--reverse', '--topo-order', ...range]);
        return output.split('\n').filter((line) => line !== '');
      })),
    ],
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
