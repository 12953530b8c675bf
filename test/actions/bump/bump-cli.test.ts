// The CLI commands bump-overwrite, bump-regex and bump-yaml (the Go bot's flags and environment defaults),
// in process against the GitHub emulator. Kept next to the action's end-to-end tests: same scenario, other
// entrypoint.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/run-cli.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';

const VALUES = 'apps/api/values.yaml';
const valuesText = 'image:\n  repository: acme/api # app\n  tag: "1.0.0"\n';
const SHA = '0123456789abcdef0123456789abcdef01234567';
/** The target repo, file and triggering commit most invocations share. */
const TARGET = ['-t', 'acme/iac', '-f', VALUES, '-p', 'acme/api', '-s', SHA];

let emulator: GitHubEmulator;
let scratch: string;

beforeEach(async () => {
  emulator = await startGitHubEmulator();
  await emulator.createRepo({ owner: 'acme', name: 'iac', files: { [VALUES]: valuesText } });
  scratch = mkdtempSync(path.join(tmpdir(), 'bump-cli-'));
  // The CLI reads local files only inside its working directory.
  vi.spyOn(process, 'cwd').mockReturnValue(scratch);
  for (const name of ['TARGET_REPO', 'TARGET_FILE', 'GITHUB_REPOSITORY', 'GITHUB_SHA', 'GITHUB_ACTOR']) {
    vi.stubEnv(name, undefined);
  }
  vi.stubEnv('GITHUB_TOKEN', undefined);
  vi.stubEnv('GITHUB_OAUTH_TOKEN', emulator.tokens.user);
  vi.stubEnv('GITHUB_API_URL', emulator.apiUrl);
  vi.stubEnv('GITHUB_SERVER_URL', emulator.serverUrl);
});

afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  rmSync(scratch, { recursive: true, force: true });
  await emulator.close();
});

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    out: (text) => (out += text),
    err: (text) => (err += text),
    env: process.env,
  });
  return { code, out, err };
}

describe('telefonistka bump-* commands', () => {
  it('bump-yaml takes the target and trigger from the environment like the Go bot', async () => {
    vi.stubEnv('TARGET_REPO', 'acme/iac');
    vi.stubEnv('TARGET_FILE', VALUES);
    vi.stubEnv('GITHUB_REPOSITORY', 'acme/api');
    vi.stubEnv('GITHUB_SHA', SHA);
    vi.stubEnv('GITHUB_ACTOR', 'alice');
    const run = await cli('bump-yaml', '--address', '.image.tag', '-n', '1.1.0');
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('-  tag: "1.0.0"\n+  tag: "1.1.0"');
    expect(run.out).toMatch(/^opened #1 .*\/acme\/iac\/pull\/1$/m);
    const [pr] = await emulator.listPullRequests('acme', 'iac');
    expect(pr).toMatchObject({
      head: `artifact_version_bump/acme/api/${SHA}`,
      title: `acme/api🚠 Bumping version @ ${VALUES}`,
      labels: ['promotion'],
      assignees: ['alice'],
    });
  });

  it('bump-regex takes the Go bot short flags', async () => {
    const run = await cli(
      'bump-regex',
      ...TARGET,
      ...['-a', 'alice'],
      ...['-r', 'tag: "([0-9.]+)"', '-n', 'tag: "2.0.0" # was ${1}'],
    );
    expect(run.code, run.err).toBe(0);
    expect(await emulator.readFile('acme', 'iac', `artifact_version_bump/acme/api/${SHA}`, VALUES)).toContain(
      'tag: "2.0.0" # was 1.0.0',
    );
  });

  it('bump-overwrite creates a missing file from a local file and can merge it', async () => {
    const local = path.join(scratch, 'VERSION');
    writeFileSync(local, '1.1.0\n');
    const run = await cli(
      'bump-overwrite',
      ...[
        '-t',
        'acme/iac',
        '-f',
        'apps/api/VERSION',
        '-p',
        'acme/api',
        '-s',
        SHA,
        '-c',
        local,
        '--auto-merge',
      ],
    );
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/^opened #1 \S+ \(merged\)$/m);
    expect(await emulator.readFile('acme', 'iac', 'main', 'apps/api/VERSION')).toBe('1.1.0\n');
  });

  it('prints the diff and writes nothing with --dry-run', async () => {
    const run = await cli('bump-yaml', ...TARGET, ...['--address', '.image.tag', '-n', '1.1.0'], '--dry-run');
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('+  tag: "1.1.0"');
    expect(run.out).toContain('dry run: would bump acme/iac');
    expect(await emulator.listPullRequests('acme', 'iac')).toEqual([]);
  });

  it('exits 0 and says so when the version is already there', async () => {
    const run = await cli('bump-yaml', ...TARGET, ...['--address', '.image.tag', '-n', '1.0.0']);
    expect(run).toMatchObject({ code: 0, out: 'no change: acme/iac main already has this version\n' });
  });

  it('exits 1 with the reason when the edit cannot be applied', async () => {
    const run = await cli('bump-regex', ...TARGET, ...['-r', 'version: .*', '-n', 'x']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('the regex "version: .*" matched nothing in the file');
  });

  const usage: [why: string, argv: string[], message: RegExp][] = [
    [
      'the target repository is missing',
      ['bump-yaml', '-f', VALUES, '--address', '.a', '-n', 'b'],
      /missing --target-repo\/-t or TARGET_REPO/,
    ],
    [
      'the target file is missing',
      ['bump-yaml', '-t', 'acme/iac', '--address', '.a', '-n', 'b'],
      /missing --target-file\/-f or TARGET_FILE/,
    ],
    [
      'the address is missing',
      ['bump-yaml', '-t', 'acme/iac', '-f', VALUES, '-p', 'a/b', '-s', SHA, '-n', 'b'],
      /bump-yaml needs --address/,
    ],
    [
      'the local file is missing',
      ['bump-overwrite', '-t', 'acme/iac', '-f', VALUES, '-p', 'a/b', '-s', SHA],
      /bump-overwrite needs --file\/-c/,
    ],
    [
      'the target file is absolute',
      [
        'bump-yaml',
        '-t',
        'acme/iac',
        '-f',
        '/etc/passwd',
        '-p',
        'a/b',
        '-s',
        SHA,
        '--address',
        '.a',
        '-n',
        'b',
      ],
      /--target-file: file path "\/etc\/passwd" is absolute/,
    ],
    [
      'the target file is inside .git',
      [
        'bump-yaml',
        '-t',
        'acme/iac',
        '-f',
        '.git/config',
        '-p',
        'a/b',
        '-s',
        SHA,
        '--address',
        '.a',
        '-n',
        'b',
      ],
      /--target-file: file path "\.git\/config" is inside a "\.git" folder/,
    ],
    ['a flag is unknown', ['bump-regex', '--regex', 'x'], /Unknown option '--regex'/],
    [
      'the merge mode is unknown',
      ['bump-yaml', '-t', 'acme/iac', '-f', VALUES, '-p', 'a/b', '-s', SHA, '--auto-merge-mode', 'later'],
      /--auto-merge-mode must be one of direct, native/,
    ],
    [
      'the target repository is not owner/name',
      ['bump-yaml', '-t', 'iac', '-f', VALUES],
      /invalid --target-repo\/-t or TARGET_REPO: "iac"/,
    ],
  ];
  for (const [why, argv, message] of usage) {
    it(`exits 64 when ${why}`, async () => {
      const run = await cli(...argv);
      expect(run.code).toBe(64);
      expect(run.err).toMatch(message);
    });
  }

  it('exits 64 without a token', async () => {
    vi.stubEnv('GITHUB_OAUTH_TOKEN', undefined);
    const run = await cli(
      'bump-yaml',
      '-t',
      'acme/iac',
      '-f',
      VALUES,
      '-p',
      'a/b',
      '-s',
      SHA,
      '--address',
      '.a',
      '-n',
      'b',
    );
    expect(run.code).toBe(64);
    expect(run.err).toContain('set GITHUB_TOKEN (or GITHUB_OAUTH_TOKEN)');
  });

  it('edits .github/workflows/* only with --allow-workflow-files', async () => {
    writeFileSync(path.join(scratch, 'ci.yml'), 'on: push\n');
    const argv = ['bump-overwrite', '-t', 'acme/iac', '-f', '.github/workflows/ci.yml', '-p', 'acme/api'];
    const refused = await cli(...argv, '-s', SHA, '-c', 'ci.yml');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('--allow-workflow-files (CLI) if this is meant');
    expect(await emulator.listPullRequests('acme', 'iac')).toEqual([]);
    const allowed = await cli(...argv, '-s', SHA, '-c', 'ci.yml', '--allow-workflow-files');
    expect(allowed.code, allowed.err).toBe(0);
    expect(
      await emulator.readFile(
        'acme',
        'iac',
        `artifact_version_bump/acme/api/${SHA}`,
        '.github/workflows/ci.yml',
      ),
    ).toBe('on: push\n');
  });

  it('lists the three commands and documents the Go flags', async () => {
    expect((await cli('--help')).out).toMatch(/bump-overwrite[\s\S]*bump-regex[\s\S]*bump-yaml/);
    const help = await cli('bump-regex', '--help');
    for (const flag of [
      '-t, --target-repo',
      '-f, --target-file',
      '-p, --triggering-repo',
      '-s, --triggering-repo-sha',
      '-a, --triggering-actor',
      '--auto-merge',
      '-r, --regex-string',
      '-n, --replacement-string',
    ]) {
      expect(help.out).toContain(flag);
    }
  });

  describe('bump-overwrite --file (item 2 of issue 17)', () => {
    const overwrite = (local: string) =>
      cli(
        'bump-overwrite',
        ...['-t', 'acme/iac', '-f', 'apps/api/VERSION', '-p', 'acme/api', '-s', SHA, '-c', local],
      );

    it('refuses a symlink to /proc/self/environ and to a file outside the directory, writing nothing', async () => {
      const outside = mkdtempSync(path.join(tmpdir(), 'bump-cli-outside-'));
      try {
        writeFileSync(path.join(outside, 'id_rsa'), 'PRIVATE KEY\n');
        symlinkSync('/proc/self/environ', path.join(scratch, 'VERSION'));
        symlinkSync(path.join(outside, 'id_rsa'), path.join(scratch, 'KEY'));
        const environ = await overwrite('VERSION');
        expect(environ.code).toBe(64);
        expect(environ.err).toContain('--file: VERSION is a symbolic link (to /proc/self/environ)');
        const key = await overwrite('KEY');
        expect(key.code).toBe(64);
        expect(key.err).toMatch(/--file: KEY is a symbolic link/);
        const escape = await overwrite(path.join(outside, 'id_rsa'));
        expect(escape.code).toBe(64);
        expect(escape.err).toMatch(/is outside the workspace/);
        expect(await emulator.listPullRequests('acme', 'iac')).toEqual([]);
        expect(await emulator.listFiles('acme', 'iac', 'main')).toEqual([VALUES]);
      } finally {
        rmSync(outside, { recursive: true, force: true });
      }
    });

    it('still reads a pipe, as process substitution <(cmd) gives it', async () => {
      const fifo = path.join(scratch, 'fifo');
      execFileSync('mkfifo', [fifo]);
      symlinkSync(fifo, path.join(scratch, 'fd-63'));
      const writer = writeFile(fifo, '2.0.0\n');
      const run = await overwrite('fd-63');
      await writer;
      expect(run.code, run.err).toBe(0);
      expect(
        await emulator.readFile('acme', 'iac', `artifact_version_bump/acme/api/${SHA}`, 'apps/api/VERSION'),
      ).toBe('2.0.0\n');
    });
  });
});
