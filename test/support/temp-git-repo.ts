import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throwaway git work tree for tests of code that reads local git. */
export interface TempGitRepo {
  dir: string;
  git: (...args: string[]) => string;
  /** Writes (string) or deletes (null) files, commits them and returns the commit SHA. */
  commit: (files: Record<string, string | null>, message?: string) => string;
  remove: () => void;
}

/** Creates a repository on branch main, seeded from `fromDir` and/or `files`, with one commit. */
export function createTempGitRepo(
  seed: { fromDir?: string; files?: Record<string, string> } = {},
): TempGitRepo {
  const dir = mkdtempSync(path.join(tmpdir(), 'telefonistka-repo-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
        GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
      },
    });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.com');
  if (seed.fromDir !== undefined) cpSync(seed.fromDir, dir, { recursive: true });
  const commit = (files: Record<string, string | null>, message = 'change') => {
    for (const [file, content] of Object.entries(files)) {
      const full = path.join(dir, file);
      if (content === null) rmSync(full, { recursive: true, force: true });
      else {
        mkdirSync(path.dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    }
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', message);
    return git('rev-parse', 'HEAD').trim();
  };
  commit(seed.files ?? {}, 'initial');
  return { dir, git, commit, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
