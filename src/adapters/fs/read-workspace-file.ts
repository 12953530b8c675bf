import { constants, type Stats } from 'node:fs';
import { lstat, open, readlink, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** A local file was refused or could not be read; the message names the file and what to do. */
export class WorkspaceFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkspaceFileError';
  }
}

/** Where a local file may come from. */
export interface ReadWorkspaceFileOptions {
  /** Relative paths start here, and the file's real path must lie inside it. */
  workspace: string;
  /**
   * Accept a pipe (shell process substitution `<(cmd)`, `/dev/stdin` fed by a pipe): its content comes from a
   * process the caller started, not from a file of the repository.
   */
  allowPipes: boolean;
}

const FIX =
  'commit the content itself, or write it to a regular file inside the workspace in an earlier step';

/**
 * Reads a local file as UTF-8 text, refusing what a checked-out repository could use to leak the runner's
 * secrets into a commit: symbolic links (`VERSION -> /proc/self/environ`), paths whose real location is
 * outside the workspace (through `..` or a linked folder), and anything that is not a regular file. The
 * opened file is checked to be the one inspected, so swapping it for a link in between does not help.
 */
export async function readWorkspaceFile(path: string, options: ReadWorkspaceFileOptions): Promise<string> {
  const given = isAbsolute(path) ? path : resolve(options.workspace, path);
  const link = await lstatOf(path, given);
  if (link.isSymbolicLink()) {
    if (options.allowPipes && (await isPipe(given))) return readPipe(path, given);
    const target = await readlink(given).catch(() => 'an unreadable target');
    throw new WorkspaceFileError(
      `${path} is a symbolic link (to ${target}); links are not followed, so that a repository cannot make the bump commit a file from elsewhere on the runner: ${FIX}`,
    );
  }
  if (link.isFIFO() && options.allowPipes) return readPipe(path, given);
  if (!link.isFile()) {
    throw new WorkspaceFileError(`${path} is not a regular file (${kindOf(link)}): ${FIX}`);
  }
  const real = await realpath(given);
  const root = await realpath(options.workspace).catch(() => resolve(options.workspace));
  if (!isInside(root, real)) {
    throw new WorkspaceFileError(
      `${path} is outside the workspace (its real path leaves it through ".." or a linked folder); only files inside the workspace are read: ${FIX}`,
    );
  }
  return readSameFile(path, real, link);
}

async function lstatOf(path: string, given: string): Promise<Stats> {
  try {
    return await lstat(given);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'it does not exist' : `it cannot be read (${code ?? String(error)})`;
    throw new WorkspaceFileError(`cannot read ${path}: ${why}; relative paths start at the workspace`);
  }
}

async function isPipe(given: string): Promise<boolean> {
  try {
    return (await stat(given)).isFIFO();
  } catch {
    return false;
  }
}

async function readPipe(path: string, given: string): Promise<string> {
  const handle = await open(given, constants.O_RDONLY);
  try {
    if (!(await handle.stat()).isFIFO()) {
      throw new WorkspaceFileError(`${path} changed while it was read; run again`);
    }
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/** Opens the resolved path without following a link and checks it is still the inspected regular file. */
async function readSameFile(path: string, real: string, inspected: Stats): Promise<string> {
  let handle;
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    throw new WorkspaceFileError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile() || opened.ino !== inspected.ino || opened.dev !== inspected.dev) {
      throw new WorkspaceFileError(`${path} changed while it was read; run again`);
    }
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

function isInside(root: string, real: string): boolean {
  const rel = relative(root, real);
  return rel !== '' && !isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`);
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a file';
}
