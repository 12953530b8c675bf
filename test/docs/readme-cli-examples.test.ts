import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';
import { createTempGitRepo, type TempGitRepo } from '../support/temp-git-repo.js';

const root = path.resolve(import.meta.dirname, '../..');
const example = path.join(root, 'examples', 'iac-repo');

/** The shell commands of the README's "Command line" examples, one per command (continuations joined). */
function readmeCommands(): string[] {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('## Command line'),
    readme.indexOf('\n## ', readme.indexOf('## Command line') + 1),
  );
  const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  const usage = blocks.find((block) => block.includes('telefonistka plan')) ?? '';
  return usage
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('telefonistka '));
}

// The README's command-line examples, run as written by a shell whose `telefonistka` is the committed bundle, in a
// clone of the example IaC repository with a branch `my-branch`, against the GitHub emulator for bump-yaml.
describe('README command-line examples', () => {
  let emulator: GitHubEmulator;
  let repo: TempGitRepo;
  let bin: string;

  beforeAll(async () => {
    emulator = await startGitHubEmulator();
    await emulator.createRepo({ owner: 'acme', name: 'iac', fromDir: example });
    repo = createTempGitRepo({ fromDir: example });
    repo.git('switch', '-q', '-c', 'my-branch');
    repo.commit({
      'workspace/nginx/deployment.yaml': readFileSync(
        path.join(example, 'workspace/nginx/deployment.yaml'),
        'utf8',
      ).replace(/replicas: \d+/, 'replicas: 5'),
    });
    bin = mkdtempSync(path.join(tmpdir(), 'telefonistka-bin-'));
    writeFileSync(
      path.join(bin, 'telefonistka'),
      `#!/bin/sh\nexec node ${JSON.stringify(path.join(root, 'dist/cli/index.js'))} "$@"\n`,
      { mode: 0o755 },
    );
  });

  afterAll(async () => {
    repo.remove();
    rmSync(bin, { recursive: true, force: true });
    await emulator.close();
  });

  // Asynchronous: the emulator answers the CLI's requests from this process's event loop.
  const run = (command: string) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn('sh', ['-c', command], {
        cwd: repo.dir,
        env: {
          // A user's shell, not a runner's: no GITHUB_REPOSITORY, GITHUB_SHA, ... to fill in what the README leaves out.
          ...Object.fromEntries(
            Object.entries(process.env).filter(([key]) => !/^(GITHUB|RUNNER|INPUT)_/.test(key)),
          ),
          PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
          GITHUB_TOKEN: emulator.tokens.app,
          GITHUB_API_URL: emulator.apiUrl,
        },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });

  it('shows plan, validate, drift and bump-yaml', () => {
    expect(readmeCommands().map((command) => command.split(' ')[1])).toEqual([
      'plan',
      'validate',
      'drift',
      'bump-yaml',
    ]);
  });

  it.each(readmeCommands().map((command) => ({ name: command.split(' ')[1], command })))(
    'runs `telefonistka $name` as written',
    async ({ name, command }) => {
      const result = await run(command);
      expect(result.stderr).not.toMatch(/usage|missing --/i);
      expect({ status: result.status, stderr: result.stderr }).toEqual({
        status: 0,
        stderr: expect.any(String) as string,
      });
      if (name === 'plan') expect(result.stdout).toContain('clusters/lab/europe-west4/c1/nginx');
      if (name === 'bump-yaml') expect(result.stdout).toMatch(/-\s*tag: "6\.7\.0"[\s\S]*\+\s*tag: "6\.7\.1"/);
    },
  );
});
