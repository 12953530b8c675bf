import { ExternalError } from '../../core/errors/external-error.js';
import type { GitHubPort, TreeEntryInfo } from '../../ports/github-port.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';

/** Reads trees and files through GitHub: one commit read and one recursive tree read per commit, cached. */
export function createApiSnapshot(github: GitHubPort): RepoSnapshotPort {
  const trees = new Map<string, Promise<ReadonlyMap<string, TreeEntryInfo>>>();
  return {
    source: 'api',
    readTree: (commit) => {
      let tree = trees.get(commit);
      if (tree === undefined) {
        tree = readTree(github, commit);
        trees.set(commit, tree);
      }
      return tree;
    },
    readFile: (commit, path) => github.getFileText(commit, path),
  };
}

async function readTree(github: GitHubPort, commit: string): Promise<ReadonlyMap<string, TreeEntryInfo>> {
  const { treeSha } = await github.getCommit(commit);
  const { entries, truncated } = await github.getTree(treeSha, { recursive: true });
  if (truncated) {
    throw new ExternalError(
      'the repository tree is larger than GitHub returns in one read (100,000 entries / 7 MB); ' +
        'add an actions/checkout step with fetch-depth: 0 before this action so the local checkout is read instead',
      { service: 'GitHub', operation: `read tree of ${commit}` },
    );
  }
  return new Map(entries.map((entry) => [entry.path, entry]));
}
