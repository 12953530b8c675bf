import type { ChangedFileInfo } from '../../ports/github-port.js';
import type { LocalGitPort } from '../../ports/local-git-port.js';
import { runGit, tryGit } from './run-git.js';

/** The LocalGitPort over the git binary in a checkout directory. */
export function createLocalGit(directory: string): LocalGitPort {
  return {
    directory,
    hasCommit: async (sha) => (await tryGit(directory, ['cat-file', '-e', `${sha}^{commit}`])) !== undefined,
    fetch: async (refspecs) =>
      (await tryGit(directory, ['fetch', '--quiet', '--no-tags', 'origin', ...refspecs])) !== undefined,
    remoteBranchSha: async (branch) => {
      const out = await tryGit(directory, ['ls-remote', 'origin', `refs/heads/${branch}`]);
      const sha = out?.split(/\s+/)[0];
      return sha === undefined || sha === '' ? undefined : sha;
    },
    treeOf: async (commit) => (await tryGit(directory, ['rev-parse', `${commit}^{tree}`]))?.trim(),
    mergeBase: async (a, b) => (await tryGit(directory, ['merge-base', a, b]))?.trim(),
    diff: async (base, head) =>
      parseNameStatus(await runGit(directory, ['diff', '--name-status', '-M', '-z', base, head])),
  };
}

/** Parses `git diff --name-status -z`: renames and copies carry two paths. */
function parseNameStatus(output: string): ChangedFileInfo[] {
  const fields = output.split('\0');
  const files: ChangedFileInfo[] = [];
  let i = 0;
  while (i < fields.length) {
    const status = fields[i] ?? '';
    if (status === '') break;
    const letter = status[0];
    if (letter === 'R' || letter === 'C') {
      const previousPath = fields[i + 1] ?? '';
      const path = fields[i + 2] ?? '';
      files.push(letter === 'R' ? { path, previousPath, status: 'renamed' } : { path, status: 'copied' });
      i += 3;
    } else {
      files.push({ path: fields[i + 1] ?? '', status: STATUS[letter ?? ''] ?? 'modified' });
      i += 2;
    }
  }
  return files;
}

const STATUS: Record<string, string> = { A: 'added', D: 'removed', M: 'modified', T: 'changed' };
