// Writes many files as one commit straight into a bare git repository with one `git fast-import`: each distinct
// text once as a blob, then the commit with every file (thousands of folders in about a second, no pushes, no
// API calls). The large IaC repository of the dashboard tests and the benches are built with it.
import { execFileSync } from 'node:child_process';

/** The commit to write. */
export interface FastImportCommit {
  /** Every file of the commit, as path and text (mode 100644). */
  files: Iterable<readonly [path: string, text: string]>;
  message: string;
  /** The branch the commit goes on (default main); an existing branch gets the commit on top of its head. */
  branch?: string;
  /** Commit time, seconds since the epoch. */
  time: number;
}

/** Imports `commit` into the bare repository `gitDir`; returns the new commit's SHA. */
export function fastImportFiles(gitDir: string, commit: FastImportCommit): string {
  const branch = `refs/heads/${commit.branch ?? 'main'}`;
  const parent = tryRevParse(gitDir, branch);
  execFileSync('git', ['-C', gitDir, 'fast-import', '--quiet'], {
    input: fastImportStream(commit, branch, parent),
    maxBuffer: 1 << 30,
  });
  return execFileSync('git', ['-C', gitDir, 'rev-parse', branch], { encoding: 'utf8' }).trim();
}

function fastImportStream(commit: FastImportCommit, branch: string, parent: string | undefined): string {
  const marks = new Map<string, number>();
  const blobs: string[] = [];
  const entries: string[] = [];
  for (const [path, text] of commit.files) {
    let mark = marks.get(text);
    if (mark === undefined) {
      mark = marks.size + 1;
      marks.set(text, mark);
      blobs.push(`blob\nmark :${mark}\ndata ${Buffer.byteLength(text)}\n${text}\n`);
    }
    entries.push(`M 100644 :${mark} ${path}\n`);
  }
  const { message } = commit;
  const header =
    `commit ${branch}\ncommitter Bench <bench@example.com> ${commit.time} +0000\n` +
    `data ${Buffer.byteLength(message)}\n${message}` +
    (parent === undefined ? '' : `from ${parent}\n`);
  return `${blobs.join('')}${header}${entries.join('')}\n`;
}

function tryRevParse(gitDir: string, ref: string): string | undefined {
  try {
    return execFileSync('git', ['-C', gitDir, 'rev-parse', '--verify', '--quiet', ref], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}
