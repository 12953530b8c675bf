// An in-memory target repository for the bump use-case: the GitHubPort methods a bump uses and the
// BumpReaderPort, over a tiny commit/tree model with git blob ids. Other port methods throw.
import { createHash } from 'node:crypto';
import { gitBlobSha } from '../../../src/core/bump/git-blob-sha.js';
import { encodeBumpMetadata, type BumpMetadata } from '../../../src/core/bump/bump-metadata.js';
import type { GitHubPort, NewTreeEntry, PullRequestInfo } from '../../../src/ports/github-port.js';
import type { BumpReaderPort } from '../../../src/ports/bump-reader-port.js';
import type { FileAtCommit } from '../../../src/core/bump/file-at-commit.js';

type Files = Map<string, { text: string; mode: string }>;

interface Pull {
  number: number;
  title: string;
  body: string;
  head: string;
  base: string;
  state: 'open' | 'closed';
  merged: boolean;
  labels: string[];
  assignees: string[];
  autoMerge: boolean;
  /** Login of the author; the bump's own identity by default. */
  author: string;
}

/** The identity the fake's token writes as. */
export const OWN_LOGIN = 'telefonistka[bot]';

/** A fault for the next call of a port method. */
export type Fault = (method: string) => Error | 'move-branch' | undefined;

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/** The fake repository: its state is inspected by the tests, its ports are handed to the use-case. */
export function createInMemoryTargetRepo(
  initial: Record<string, string>,
  options: { defaultBranch?: string } = {},
) {
  const defaultBranch = options.defaultBranch ?? 'main';
  const trees = new Map<string, Files>();
  const commits = new Map<string, { tree: string; parents: string[]; message: string }>();
  const branches = new Map<string, string>();
  const pulls: Pull[] = [];
  const calls: string[] = [];
  const assignable = new Set(['alice']);
  let faults: Fault[] = [];
  let mergeableClean = true;

  const storeTree = (files: Files): string => {
    const oid = sha1(
      [...files]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([p, f]) => `${p}\0${f.mode}\0${gitBlobSha(f.text)}`)
        .join('\n'),
    );
    trees.set(oid, files);
    return oid;
  };
  const storeCommit = (tree: string, parents: string[], message: string): string => {
    const oid = sha1(`${tree}${parents.join()}${message}${commits.size}`);
    commits.set(oid, { tree, parents, message });
    return oid;
  };
  const filesAt = (commit: string): Files => trees.get(commits.get(commit)!.tree)!;
  branches.set(
    defaultBranch,
    storeCommit(
      storeTree(new Map(Object.entries(initial).map(([p, text]) => [p, { text, mode: '100644' }]))),
      [],
      'initial',
    ),
  );

  const call = (method: string) => {
    calls.push(method);
    for (const fault of faults) {
      const result = fault(method);
      if (result === 'move-branch') continue;
      if (result !== undefined) {
        faults = faults.filter((f) => f !== fault);
        throw result;
      }
    }
  };
  const moveBeforeWrite = (method: string, branch: string) => {
    for (const fault of faults) {
      if (fault(method) !== 'move-branch') continue;
      faults = faults.filter((f) => f !== fault);
      const head = branches.get(branch);
      if (head !== undefined)
        branches.set(branch, storeCommit(commits.get(head)!.tree, [head], 'someone else'));
      else branches.set(branch, branches.get(defaultBranch)!);
    }
  };
  const info = (pull: Pull): PullRequestInfo => ({
    number: pull.number,
    nodeId: `PR_${pull.number}`,
    url: `https://github.test/acme/iac/pull/${pull.number}`,
    title: pull.title,
    body: pull.body,
    state: pull.state,
    merged: pull.merged,
    headRef: pull.head,
    headSha: branches.get(pull.head) ?? '',
    baseRef: pull.base,
    baseSha: branches.get(pull.base) ?? '',
    author: pull.author,
    labels: pull.labels,
    mergeCommitSha: undefined,
  });
  const fileAt = (commit: string, path: string): FileAtCommit => {
    const file = filesAt(commit).get(path);
    return file === undefined
      ? { exists: false, text: undefined, binary: false, mode: undefined, oid: undefined }
      : { exists: true, text: file.text, binary: false, mode: file.mode, oid: gitBlobSha(file.text) };
  };
  const findPull = (number: number) => pulls.find((pull) => pull.number === number)!;

  const openPullRequests = () =>
    pulls
      .filter((pull) => pull.state === 'open')
      .reverse()
      .map((pull) => ({
        number: pull.number,
        nodeId: `PR_${pull.number}`,
        url: `https://github.test/acme/iac/pull/${pull.number}`,
        title: pull.title,
        body: pull.body,
        headRef: pull.head,
        headOid: branches.get(pull.head) ?? '',
        baseRef: pull.base,
        // GraphQL gives an App's login without `[bot]`.
        author: pull.author.replace(/\[bot\]$/, ''),
        isCrossRepository: false,
        labels: [...pull.labels],
        assignees: [...pull.assignees],
      }));

  const reader: BumpReaderPort = {
    readTarget: async ({ branch, paths }) => {
      call('readTarget');
      const baseOid = branches.get(defaultBranch)!;
      return {
        defaultBranch,
        baseOid,
        baseTreeOid: commits.get(baseOid)!.tree,
        files: new Map(paths.map((path) => [path, fileAt(baseOid, path)])),
        branchOid: branches.get(branch),
        openPullRequests: openPullRequests(),
        viewerLogin: OWN_LOGIN,
      };
    },
    listOpenPullRequests: async () => {
      call('listOpenPullRequests');
      return openPullRequests();
    },
    readFiles: async (commit, paths) => {
      call('readFiles');
      return new Map(paths.map((path) => [path, fileAt(commit, path)]));
    },
  };

  const implemented: Partial<GitHubPort> = {
    owner: 'acme',
    repo: 'iac',
    callCount: () => calls.filter((method) => !method.startsWith('read')).length,
    createTree: async (baseTree: string, entries: readonly NewTreeEntry[]) => {
      call('createTree');
      const files: Files = new Map(trees.get(baseTree));
      for (const entry of entries) files.set(entry.path, { text: entry.content ?? '', mode: entry.mode });
      return storeTree(files);
    },
    createCommit: async ({ message, tree, parents }) => {
      call('createCommit');
      return storeCommit(tree, parents, message);
    },
    createBranch: async (branch, sha) => {
      call('createBranch');
      moveBeforeWrite('createBranch', branch);
      if (branches.has(branch)) return 'exists';
      branches.set(branch, sha);
      return 'written';
    },
    replaceBranch: async (branch, { from, to }) => {
      call('replaceBranch');
      moveBeforeWrite('replaceBranch', branch);
      if (branches.get(branch) !== from) return 'conflict';
      branches.set(branch, to);
      return 'written';
    },
    createPullRequest: async ({ title, body, head, base }) => {
      call('createPullRequest');
      if (pulls.some((pull) => pull.state === 'open' && pull.head === head)) return undefined;
      const pull: Pull = {
        number: pulls.length + 1,
        title,
        body,
        head,
        base,
        state: 'open',
        merged: false,
        labels: [],
        assignees: [],
        autoMerge: false,
        author: OWN_LOGIN,
      };
      pulls.push(pull);
      return info(pull);
    },
    listOpenPullRequests: async ({ head }) => {
      call('listOpenPullRequests');
      return pulls
        .filter((pull) => pull.state === 'open' && (head === undefined || pull.head === head))
        .map(info);
    },
    updatePullRequest: async (number, changes) => {
      call('updatePullRequest');
      Object.assign(findPull(number), changes);
    },
    setLabelsAndAssignees: async (number, { labels, assignees }) => {
      call('setLabelsAndAssignees');
      const pull = findPull(number);
      pull.labels = [...labels];
      pull.assignees = assignees.filter((login) => assignable.has(login));
      return pull.assignees;
    },
    addLabels: async (number, labels) => {
      call('addLabels');
      findPull(number).labels.push(...labels);
    },
    mergePullRequest: async (number, { sha }) => {
      call('mergePullRequest');
      const pull = findPull(number);
      const head = branches.get(pull.head)!;
      if (head !== sha) {
        return { merged: false, refusal: 'head-modified', message: 'Head branch was modified' };
      }
      const base = branches.get(pull.base)!;
      branches.set(pull.base, storeCommit(commits.get(head)!.tree, [base, head], 'Merge'));
      Object.assign(pull, { state: 'closed', merged: true });
      return { merged: true, sha: branches.get(pull.base)! };
    },
    enableAutoMerge: async (nodeId) => {
      call('enableAutoMerge');
      if (mergeableClean) {
        return { enabled: false, refusal: 'clean-status', message: 'Pull request is in clean status' };
      }
      findPull(Number(nodeId.slice(3))).autoMerge = true;
      return { enabled: true };
    },
    getFileText: async (ref, path) => {
      call('getFileText');
      return filesAt(branches.get(ref) ?? ref).get(path)?.text;
    },
  };
  const github = new Proxy(implemented, {
    get(target, property: string) {
      if (property in target) return target[property as keyof GitHubPort];
      return () => {
        throw new Error(`GitHubPort.${property} is not used by the bump`);
      };
    },
  }) as GitHubPort;

  return {
    github,
    reader,
    defaultBranch,
    calls,
    branches,
    pulls,
    /** Text of a file on a branch (or commit). */
    read: (ref: string, path: string) => filesAt(branches.get(ref) ?? ref).get(path)?.text,
    commitOf: (ref: string) => commits.get(branches.get(ref) ?? ref),
    /** Commits a change to a branch as someone else would. */
    push: (branch: string, files: Record<string, string>) => {
      const head = branches.get(branch) ?? branches.get(defaultBranch)!;
      const next: Files = new Map(filesAt(head));
      for (const [path, text] of Object.entries(files)) next.set(path, { text, mode: '100644' });
      branches.set(branch, storeCommit(storeTree(next), [head], 'push'));
    },
    /** An open bump PR made by an earlier run (or the Go bot when `metadata` is undefined). */
    openBumpPr: (branch: string, files: Record<string, string>, metadata: BumpMetadata | undefined) => {
      const head = branches.get(defaultBranch)!;
      const next: Files = new Map(filesAt(head));
      for (const [path, text] of Object.entries(files)) next.set(path, { text, mode: '100644' });
      branches.set(branch, storeCommit(storeTree(next), [head], 'earlier bump'));
      const pull: Pull = {
        number: pulls.length + 1,
        title: 'earlier bump',
        body:
          metadata === undefined ? 'Bumping version triggered by acme/api@old' : encodeBumpMetadata(metadata),
        head: branch,
        base: defaultBranch,
        state: 'open',
        merged: false,
        labels: ['promotion'],
        assignees: [],
        autoMerge: false,
        author: OWN_LOGIN,
      };
      pulls.push(pull);
      return pull;
    },
    addFault: (fault: Fault) => faults.push(fault),
    setMergeableClean: (clean: boolean) => {
      mergeableClean = clean;
    },
  };
}
