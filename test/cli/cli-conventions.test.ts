// What every command shares: --version, one exit-code convention documented in --help, our own messages for a
// missing or non-git --repo and an unknown revision, a quick "cannot reach" for an API that is down, and the
// warning for an empty telefonistka.yaml.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli, useTempRepos } from './cli-harness.js';

const { exampleRepo, repo: tempRepo } = useTempRepos();
const packageVersion = (
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** Lines only git writes: its fatal errors, hints and usage advice. */
const rawGit = /^(?:fatal|hint|error: pathspec)|The cwd|Use '--' to separate/m;

const scratchDirs: string[] = [];
afterEach(() => scratchDirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const scratch = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'telefonistka-cli-'));
  scratchDirs.push(dir);
  return dir;
};

/** A loopback port nothing listens on: bound once, then released. */
async function refusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('telefonistka --version', () => {
  it("prints package.json's version and exits 0", async () => {
    for (const flag of ['--version', '-V']) {
      expect(await cli([flag])).toEqual({ code: 0, out: `telefonistka ${packageVersion}\n`, err: '' });
    }
  });
});

describe('telefonistka exit codes', () => {
  it('documents 0, 1, 2 and 64 in --help', async () => {
    const { code, out } = await cli(['--help']);
    expect(code).toBe(0);
    for (const line of [
      /^ {2}0 {3}done/m,
      /^ {2}1 {3}runtime failure/m,
      /^ {2}2 {3}invalid configuration/m,
    ]) {
      expect(out).toMatch(line);
    }
    expect(out).toMatch(/^ {2}64 {2}usage/m);
  });

  it('exits 64 with the overview on stderr when no command is given', async () => {
    const { code, out, err } = await cli([]);
    expect({ code, out }).toEqual({ code: 64, out: '' });
    expect(err).toContain('Exit codes');
  });

  it('exits 64 naming the command to ask for help after a usage mistake, without repeating the whole help', async () => {
    const { code, err } = await cli(['drift', '--format', 'yaml']);
    expect(code).toBe(64);
    expect(err).toBe('--format must be json or markdown\n(options: telefonistka drift --help)\n');
  });
});

describe('telefonistka with a --repo or revision that does not exist', () => {
  const missing = () => path.join(scratch(), 'no-such-folder');

  it.each([
    ['validate', (dir: string) => ['validate', '--repo', dir]],
    ['plan', (dir: string) => ['plan', '--repo', dir, '--base', 'main', '--head', 'main']],
    ['drift', (dir: string) => ['drift', '--repo', dir]],
  ])('%s exits 64 saying the folder does not exist', async (_name, argv) => {
    const dir = missing();
    const { code, err } = await cli(argv(dir));
    expect(code).toBe(64);
    expect(err).toContain(`--repo ${dir}: no such folder; pass the path of a git checkout`);
    expect(err).not.toMatch(rawGit);
  });

  it('exits 64 saying a folder is not a git repository', async () => {
    const dir = scratch();
    const { code, err } = await cli(['validate', '--repo', dir]);
    expect(code).toBe(64);
    expect(err).toContain(`--repo ${dir} is not inside a git repository`);
    expect(err).not.toMatch(rawGit);
  });

  it('exits 64 for a sub-folder of a repository, naming the root to pass instead', async () => {
    const repo = exampleRepo();
    const { code, err } = await cli(['validate', '--repo', path.join(repo.dir, 'workspace')]);
    expect(code).toBe(64);
    expect(err).toContain(
      `is a folder inside the git repository ${repo.git('rev-parse', '--show-toplevel').trim()}`,
    );
  });

  it('exits 64 naming the flag of an unknown revision and how to get it, without git hints', async () => {
    const repo = exampleRepo();
    for (const [flag, argv] of [
      ['--base', ['plan', '--repo', repo.dir, '--base', 'release/9', '--head', 'main']],
      ['--head', ['plan', '--repo', repo.dir, '--base', 'main', '--head', 'release/9']],
      [
        '--config-ref',
        ['plan', '--repo', repo.dir, '--base', 'main', '--head', 'main', '--config-ref', 'release/9'],
      ],
      ['--ref', ['validate', '--repo', repo.dir, '--ref', 'release/9']],
    ] as const) {
      const { code, err } = await cli([...argv]);
      expect(code, flag).toBe(64);
      expect(err).toContain(`${flag} release/9: no such commit in ${repo.dir}`);
      expect(err).toContain('git fetch origin release/9');
      expect(err).not.toMatch(rawGit);
    }
  });

  it('exits 64 when --pr-body-file cannot be read', async () => {
    const repo = exampleRepo();
    const file = missing();
    const { code, err } = await cli([
      'plan',
      '--repo',
      repo.dir,
      '--base',
      'main',
      '--head',
      'main',
      '--pr-body-file',
      file,
    ]);
    expect(code).toBe(64);
    expect(err).toContain(`--pr-body-file ${file}: cannot read it (ENOENT)`);
  });
});

describe('telefonistka bump-* with an unreachable API', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('says it cannot reach the URL at once instead of retrying into "HTTP 500"', async () => {
    const port = await refusedPort();
    const apiUrl = `http://127.0.0.1:${port}/api/v3`;
    vi.stubEnv('GITHUB_TOKEN', 'token');
    vi.stubEnv('GITHUB_API_URL', apiUrl);
    const sha = '0123456789abcdef0123456789abcdef01234567';
    const started = performance.now();
    const { code, err } = await cli([
      ...['bump-yaml', '-t', 'acme/iac', '-f', 'values.yaml', '-p', 'acme/api', '-s', sha],
      ...['--address', '.image.tag', '-n', '1.1.0'],
    ]);
    const elapsedMs = performance.now() - started;
    expect(code).toBe(1);
    expect(err).toContain(`cannot reach ${apiUrl}: connect ECONNREFUSED 127.0.0.1:${port}`);
    expect(err).toContain('check the API URL (GITHUB_API_URL or --github-host)');
    expect(err).not.toContain('HTTP 500');
    // Octokit's retries of a refused connection take 1 + 4 + 9 s; failing fast takes milliseconds.
    expect(elapsedMs).toBeLessThan(5_000);
  });
});

describe('telefonistka validate', () => {
  it.each([
    ['an empty file', ''],
    ['only comments and a document marker', '# promotions come later\n---\n'],
  ])('warns about %s and exits 0', async (_why, text) => {
    const repo = tempRepo({ 'telefonistka.yaml': text });
    const { code, err } = await cli(['validate', '--repo', repo.dir]);
    expect(code).toBe(0);
    expect(err).toContain(
      'warning: telefonistka.yaml is empty: nothing will be promoted. Add promotionPaths',
    );
  });

  it('does not warn about a configuration with promotion paths', async () => {
    const repo = exampleRepo();
    const { code, err } = await cli(['validate', '--repo', repo.dir]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
  });
});
