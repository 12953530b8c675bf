import type { TreeEntryInfo } from '../../core/tree/tree-entry.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';
import { lsTree } from './ls-tree.js';
import { tryGit } from './run-git.js';

/** Reads trees and files from the local checkout: no API calls, no size caps; each tree is read once. */
export function createGitSnapshot(directory: string): RepoSnapshotPort {
  const trees = new Map<string, Promise<ReadonlyMap<string, TreeEntryInfo>>>();
  return {
    source: 'local',
    readTree: (commit) => {
      let tree = trees.get(commit);
      if (tree === undefined) {
        tree = lsTree({ directory, rev: commit });
        trees.set(commit, tree);
      }
      return tree;
    },
    readFile: async (commit, path) => tryGit(directory, ['cat-file', 'blob', `${commit}:${path}`]),
  };
}
