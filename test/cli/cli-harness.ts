import path from 'node:path';
import { afterEach } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { createTempGitRepo, type TempGitRepo } from '../support/temp-git-repo.js';

const example = path.resolve(import.meta.dirname, '../../examples/iac-repo');

/** Runs the CLI in-process and returns its exit code and what it wrote. */
export async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t), env: process.env });
  return { code, out, err };
}

/** Temporary git repositories for a test file, removed after each test. */
export function useTempRepos() {
  const repos: TempGitRepo[] = [];
  afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));
  const keep = (repo: TempGitRepo) => (repos.push(repo), repo);
  return {
    /** A repository holding examples/iac-repo, committed on main. */
    exampleRepo: () => keep(createTempGitRepo({ fromDir: example })),
    repo: (files: Record<string, string>) => keep(createTempGitRepo({ files })),
  };
}
