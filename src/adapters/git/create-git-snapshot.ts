import type { TreeEntryInfo } from '../../ports/git-hub-port.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';
import { runGit, tryGit } from './run-git.js';

/** Reads trees and files from the local checkout: no API calls, no size caps. */
export function createGitSnapshot(directory: string): RepoSnapshotPort {
  const trees = new Map<string, Promise<ReadonlyMap<string, TreeEntryInfo>>>();
  return {
    source: 'local',
    readTree: (commit) => {
      let tree = trees.get(commit);
      if (tree === undefined) {
        tree = readTree(directory, commit);
        trees.set(commit, tree);
      }
      return tree;
    },
    readFile: async (commit, path) => tryGit(directory, ['cat-file', 'blob', `${commit}:${path}`]),
  };
}

async function readTree(directory: string, commit: string): Promise<ReadonlyMap<string, TreeEntryInfo>> {
  const out = await runGit(directory, ['ls-tree', '-r', '-t', '-z', '--full-tree', commit]);
  const entries = new Map<string, TreeEntryInfo>();
  for (const line of out.split('\0')) {
    if (line === '') continue;
    const tab = line.indexOf('\t');
    const [mode = '', type = 'blob', sha = ''] = line.slice(0, tab).split(' ');
    const path = line.slice(tab + 1);
    entries.set(path, { path, mode, type: type as TreeEntryInfo['type'], sha });
  }
  return entries;
}
