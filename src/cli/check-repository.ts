import { realpath, stat } from 'node:fs/promises';
import { tryGit } from '../adapters/git/run-git.js';
import { UsageError } from './usage-error.js';

/**
 * Checks that `--repo DIR` is a folder inside a git repository before any git command runs there, so the user
 * reads what to do instead of @actions/exec's "The cwd: … does not exist!" or git's own "fatal: …".
 */
export async function checkRepository(directory: string): Promise<void> {
  const info = await stat(directory).catch(() => undefined);
  if (info === undefined)
    throw new UsageError(
      `--repo ${directory}: no such folder; pass the path of a git checkout (default: the current folder)`,
    );
  if (!info.isDirectory())
    throw new UsageError(`--repo ${directory} is a file, not a folder; pass the path of a git checkout`);
  const top = (await tryGit(directory, ['rev-parse', '--show-toplevel']))?.trim();
  if (top === undefined)
    throw new UsageError(
      `--repo ${directory} is not inside a git repository (or git cannot read it); ` +
        'run from a checkout, pass --repo with the path of one, or clone the IaC repository first',
    );
  // Configuration and components are read from the repository root: a sub-folder would silently mean its root.
  if (top !== '' && (await realpath(top)) !== (await realpath(directory)))
    throw new UsageError(
      `--repo ${directory} is a folder inside the git repository ${top}; pass the repository's root ` +
        '(telefonistka.yaml is read from there)',
    );
}

/** The commit SHA `revision` names in the repository; a usage error naming the flag when there is none. */
export async function resolveRevision(directory: string, revision: string, flag: string): Promise<string> {
  if (revision === '' || revision.startsWith('-'))
    throw new UsageError(`${flag} ${JSON.stringify(revision)} is not a revision`);
  const sha = (await tryGit(directory, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]))?.trim();
  if (sha === undefined || sha === '')
    throw new UsageError(
      `${flag} ${revision}: no such commit in ${directory}; check the name (git log --oneline --all) ` +
        `or fetch it first (git fetch origin ${revision})`,
    );
  return sha;
}
