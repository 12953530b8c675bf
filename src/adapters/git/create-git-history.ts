import { spawn } from 'node:child_process';
import type { RepoHistoryPort } from '../../ports/repo-history-port.js';

/**
 * Blob texts and folder history from a local repository: one `git cat-file --batch` for every blob, one
 * `git log -z --name-only` walk (stopped once every folder is dated) for the last changes. No API calls.
 */
export function createGitHistory(directory: string): RepoHistoryPort {
  return {
    readBlobs: (requests) =>
      catFileBatch(
        directory,
        requests.map((request) => request.sha),
      ),
    lastChanges: (commit, folders) => walkLog(directory, commit, folders),
  };
}

async function catFileBatch(directory: string, shas: readonly string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  if (shas.length === 0) return texts;
  const child = spawn('git', ['-C', directory, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => resolve());
  });
  child.stdin.end(`${shas.filter((sha) => /^[0-9a-f]{40,64}$/.test(sha)).join('\n')}\n`);
  await done;
  const output = Buffer.concat(chunks);
  let offset = 0;
  while (offset < output.length) {
    const newline = output.indexOf(0x0a, offset);
    if (newline < 0) break;
    const [sha, type, size] = output.subarray(offset, newline).toString('utf8').split(' ');
    offset = newline + 1;
    if (type === undefined || size === undefined) continue; // "<sha> missing"
    const length = Number(size);
    if (type === 'blob' && sha !== undefined)
      texts.set(sha, output.subarray(offset, offset + length).toString('utf8'));
    offset += length + 1;
  }
  return texts;
}

async function walkLog(
  directory: string,
  commit: string,
  folders: readonly string[],
): Promise<Map<string, string>> {
  const dated = new Map<string, string>();
  const wanted = new Set(folders);
  if (wanted.size === 0 || commit.startsWith('-')) return dated;
  const child = spawn(
    'git',
    ['-C', directory, 'log', '-z', '--no-renames', '--format=%x01%ct', '--name-only', commit, '--'],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  let time = '';
  let rest = '';
  // The folder of the last file of this commit: a commit lists its files sorted, so the next file is
  // often in the same folder, whose folders are dated already.
  let lastFolder = '';
  // With -z every name ends in NUL, unquoted (a name with non-ASCII or special characters is quoted without it);
  // a commit's header is `\x01<time>` NUL, and its first name follows a newline.
  const take = (token: string): void => {
    const line = token.startsWith('\n') ? token.slice(1) : token;
    if (line.startsWith('\u0001')) {
      time = new Date(Number(line.slice(1)) * 1000).toISOString().replace('.000Z', 'Z');
      lastFolder = '';
    } else if (line !== '' && time !== '') {
      const last = line.lastIndexOf('/');
      if (last <= 0 || (last === lastFolder.length && line.startsWith(lastFolder))) return;
      lastFolder = line.slice(0, last);
      for (let slash = last; slash > 0; slash = line.lastIndexOf('/', slash - 1)) {
        const folder = line.slice(0, slash);
        if (wanted.has(folder) && !dated.has(folder)) dated.set(folder, time);
      }
    }
  };
  await new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => resolve());
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\0');
      rest = lines.pop() ?? '';
      for (const line of lines) take(line);
      // Every folder dated: the rest of history cannot change the answer.
      if (dated.size === wanted.size) child.kill();
    });
  });
  take(rest);
  return dated;
}
