import type { ChangedFile } from '../../core/promotion/types.js';
import type { PullRequestPort } from '../../ports/pull-request-port.js';
import type { LocalGitPort } from '../../ports/local-git-port.js';
import type { Logger } from '../../ports/logger.js';
import type { MergedPullRequest } from '../../ports/pull-request-ref.js';

/** Changed files of the PR and where they came from. */
export interface CollectedFiles {
  files: ChangedFile[];
  source: 'local' | 'api';
}

/**
 * The PR's changed files as GitHub computes them (merge base of base and head, to head), with renames.
 * From the local checkout when it has (or can fetch) both commits: no API calls and no 3,000-file cap.
 * Else from `pulls/{n}/files`; a listing cut at GitHub's cap is an error that says how to fix it.
 */
export async function collectChangedFiles(
  pr: MergedPullRequest,
  ports: { github: PullRequestPort; localGit: LocalGitPort | undefined; logger: Logger },
): Promise<CollectedFiles> {
  const local = ports.localGit === undefined ? undefined : await fromCheckout(pr, ports.localGit);
  if (local !== undefined) {
    ports.logger.info(`Changed files from the local checkout: ${local.length}`);
    return { files: local, source: 'local' };
  }
  const { files, truncated } = await ports.github.listPullRequestFiles(pr.number);
  if (truncated) {
    throw new Error(
      `#${pr.number} changes more files than GitHub lists (3,000); add "actions/checkout" with "fetch-depth: 0" ` +
        'before this step so the changed files are read from git',
    );
  }
  ports.logger.info(`Changed files from the GitHub API: ${files.length}`);
  return { files: files.map(toChangedFile), source: 'api' };
}

async function fromCheckout(pr: MergedPullRequest, git: LocalGitPort): Promise<ChangedFile[] | undefined> {
  const missing = [];
  for (const sha of [pr.baseSha, pr.headSha]) if (!(await git.hasCommit(sha))) missing.push(sha);
  if (missing.length > 0) {
    // The head branch is often deleted after merge; GitHub keeps refs/pull/<n>/head.
    await git.fetch([`+refs/pull/${pr.number}/head:refs/remotes/pull/${pr.number}/head`]);
    const still = [];
    for (const sha of missing) if (!(await git.hasCommit(sha))) still.push(sha);
    if (still.length > 0 && !(await git.fetch(still))) return undefined;
  }
  const base = await git.mergeBase(pr.baseSha, pr.headSha);
  if (base === undefined || base === '') return undefined;
  return (await git.diff(base, pr.headSha)).map(toChangedFile);
}

function toChangedFile(file: { path: string; previousPath?: string | undefined }): ChangedFile {
  return file.previousPath === undefined
    ? { path: file.path }
    : { path: file.path, previousPath: file.previousPath };
}
