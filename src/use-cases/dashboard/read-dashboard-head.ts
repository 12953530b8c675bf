import type { GitReadPort } from '../../ports/git-read-port.js';
import type { LocalGitPort } from '../../ports/local-git-port.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';

/** What reading the default branch's head for the matrix uses. */
export interface DashboardHeadDeps {
  github: GitReadPort;
  snapshot: RepoSnapshotPort;
  localGit?: LocalGitPort | undefined;
}

/**
 * The default branch's head now, readable by the snapshot the matrix is built from: with a checkout, `git ls-remote`
 * and, when the checkout lacks it, a fetch of that one commit (git's protocol, no API request); without one, one API
 * read of the branch (the API snapshot reads any commit). Undefined when the branch is gone or the fetch was refused:
 * the caller keeps the commit it has.
 */
export async function readDashboardHead(
  defaultBranch: string,
  deps: DashboardHeadDeps,
): Promise<string | undefined> {
  const git = deps.localGit;
  if (deps.snapshot.source === 'local' && git !== undefined) {
    const head = await git.remoteBranchSha(defaultBranch);
    if (head === undefined) return undefined;
    if (await git.hasCommit(head)) return head;
    return (await git.fetch([head])) && (await git.hasCommit(head)) ? head : undefined;
  }
  return deps.github.getBranchSha(defaultBranch);
}
