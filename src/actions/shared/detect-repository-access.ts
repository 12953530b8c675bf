import { createGitSnapshot } from '../../adapters/git/create-git-snapshot.js';
import { createLocalGit } from '../../adapters/git/create-local-git.js';
import { tryGit } from '../../adapters/git/run-git.js';
import { createApiSnapshot } from '../../adapters/github/create-api-snapshot.js';
import type { GitHubPort } from '../../ports/github-port.js';
import type { LocalGitPort } from '../../ports/local-git-port.js';
import type { Logger } from '../../ports/logger.js';
import type { RepoSnapshotPort } from '../../ports/repo-snapshot-port.js';

/** How the action reads the repository. */
export interface RepositoryAccess {
  localGit: LocalGitPort | undefined;
  snapshot: RepoSnapshotPort;
}

/**
 * The local checkout at `directory` when it is a git work tree (trees from one `git ls-tree`, files from
 * `git cat-file`: no API calls), else the GitHub API. Shared by every action that reads the repository.
 */
export async function detectRepositoryAccess(
  directory: string | undefined,
  github: GitHubPort,
  logger: Logger,
): Promise<RepositoryAccess> {
  const inside =
    directory === undefined ? undefined : await tryGit(directory, ['rev-parse', '--is-inside-work-tree']);
  if (directory === undefined || inside?.trim() !== 'true') {
    logger.info('No git checkout found: reading the repository through the GitHub API.');
    return { localGit: undefined, snapshot: createApiSnapshot(github) };
  }
  logger.info(`Reading the repository from the local checkout at ${directory}.`);
  return { localGit: createLocalGit(directory), snapshot: createGitSnapshot(directory) };
}
