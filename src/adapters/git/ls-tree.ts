import { getExecOutput } from '@actions/exec';
import { parseLsTree, type LsTreeEntry } from '../../core/drift/parse-ls-tree.js';
import { ExternalError } from '../../core/errors/external-error.js';

/** Which repository and revision to list. */
export interface LsTreeOptions {
  /** A git working tree or bare repository. */
  directory: string;
  /** A commit, branch or tag (`HEAD`, `origin/main`, a SHA). */
  rev: string;
}

/**
 * Every tree and blob of a revision from one `git ls-tree -r -t -z` (no API calls), keyed by path without a
 * trailing slash; the shape of GitHub's recursive tree, so the drift map and snapshots read either.
 */
export async function lsTree(options: LsTreeOptions): Promise<Map<string, LsTreeEntry>> {
  // A revision starting with '-' would be read as an option.
  if (options.rev.startsWith('-')) throw new Error(`invalid git revision ${JSON.stringify(options.rev)}`);
  const result = await getExecOutput(
    'git',
    ['-C', options.directory, 'ls-tree', '-r', '-t', '-z', '--full-tree', options.rev, '--'],
    { silent: true, ignoreReturnCode: true },
  );
  if (result.exitCode !== 0) {
    throw new ExternalError(result.stderr.trim(), { service: 'git', operation: `ls-tree ${options.rev}` });
  }
  return parseLsTree(result.stdout);
}
