// The bump's GraphQL reader over the typed GitHub fake: it answers from the fake's repository and logs its
// calls (and fires their faults) in the fake's call log, so tests see one sequence of calls.
import { gitBlobSha } from '../../../src/core/bump/git-blob-sha.js';
import type { FileAtCommit } from '../../../src/core/bump/file-at-commit.js';
import type { BumpReaderPort } from '../../../src/ports/bump-reader-port.js';
import type { FakeGitHub } from '../../support/fake-github/create-fake-github.js';

/** A BumpReaderPort reading `fake`'s default branch, branches, files and open PRs. */
export function createFakeBumpReader(fake: FakeGitHub): BumpReaderPort {
  const fileAt = (commit: string, path: string): FileAtCommit => {
    const file = fake.filesAt(commit).get(path);
    return file === undefined
      ? { exists: false, text: undefined, binary: false, mode: undefined, oid: undefined }
      : { exists: true, text: file.text, binary: false, mode: file.mode, oid: gitBlobSha(file.text) };
  };
  const openPullRequests = () =>
    fake.state.pulls
      .filter((pull) => pull.state === 'open')
      .reverse()
      .map((pull) => ({
        number: pull.number,
        nodeId: `PR_${pull.number}`,
        url: `https://github.test/${fake.github.owner}/${fake.github.repo}/pull/${pull.number}`,
        title: pull.title,
        body: pull.body,
        headRef: pull.head,
        headOid: fake.branches.get(pull.head) ?? '',
        baseRef: pull.base,
        // The reader's contract: REST spelling (the GraphQL reader restores an App's `[bot]` from `__typename`).
        author: pull.author,
        isCrossRepository: false,
        labels: [...pull.labels],
        assignees: [...pull.assignees],
      }));
  return {
    readTarget: async ({ branch, paths }) => {
      fake.record('readTarget');
      const baseOid = fake.branches.get(fake.defaultBranch) ?? '';
      return {
        defaultBranch: fake.defaultBranch,
        baseOid,
        baseTreeOid: fake.commitOf(baseOid).treeSha,
        files: new Map(paths.map((path) => [path, fileAt(baseOid, path)])),
        branchOid: fake.branches.get(branch),
        openPullRequests: openPullRequests(),
        settings: { ...fake.state.settings },
        viewerLogin: fake.state.viewer,
      };
    },
    listOpenPullRequests: async () => {
      fake.record('listOpenPullRequests');
      return openPullRequests();
    },
    readFiles: async (commit, paths) => {
      fake.record('readFiles');
      return new Map(paths.map((path) => [path, fileAt(commit, path)]));
    },
  };
}
