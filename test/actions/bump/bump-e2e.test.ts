// The bump bundle run as the runner runs it, from a code repository's workflow (acme/api, push to main)
// against an IaC repository (acme/iac) on the GitHub emulator. Needs dist/bump/index.js
// (`npx tsx scripts/build.ts bump`).
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';
import { runAction, type ActionRun } from '../../support/run-action.js';

const BUNDLE = path.resolve(import.meta.dirname, '../../../dist/bump/index.js');
const VALUES = 'clusters/staging/eu/c1/api/values.yaml';
const valuesText = [
  '# api in staging',
  'image:',
  '  repository: "registry.example.com/acme/api"   # mirrored',
  '  tag: "1.0.0"',
  'replicas: 2',
  '',
].join('\n');

let emulator: GitHubEmulator;

beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npx tsx scripts/build.ts bump\``);
});

beforeEach(async () => {
  emulator = await startGitHubEmulator();
  await emulator.createRepo({ owner: 'acme', name: 'api', files: { 'src/main.go': 'package main\n' } });
  await emulator.createRepo({
    owner: 'acme',
    name: 'iac',
    files: { [VALUES]: valuesText, 'README.md': '# iac\n' },
  });
  emulator.takeEvents();
});

afterEach(async () => {
  await emulator.close();
});

/** A push to acme/api main (as the code repository's CI sees it); returns the pushed SHA and the payload. */
async function pushCode(text: string): Promise<{ sha: string; payload: Record<string, unknown> }> {
  emulator.takeEvents();
  const sha = await emulator.commitFiles({
    owner: 'acme',
    repo: 'api',
    branch: 'main',
    files: { 'src/main.go': text },
    message: 'change',
  });
  const push = emulator.takeEvents({ forActions: true }).find((event) => event.name === 'push');
  if (push === undefined) throw new Error('no push event');
  return { sha, payload: push.payload };
}

async function bump(
  push: { sha: string; payload: Record<string, unknown> },
  inputs: Record<string, string>,
  token = emulator.tokens.app,
  workspace?: string,
): Promise<ActionRun> {
  emulator.resetLog();
  return runAction({
    bundle: BUNDLE,
    eventName: 'push',
    payload: push.payload,
    emulator,
    repository: 'acme/api',
    sha: push.sha,
    inputs: { 'github-token': token, 'target-repo': 'acme/iac', 'write-interval-ms': '0', ...inputs },
    ...(workspace === undefined ? {} : { cwd: workspace }),
  });
}

const tagInputs = (value: string) => ({ 'target-file': VALUES, path: '.image.tag', value });
const restCalls = () => emulator.requests.filter((request) => request.graphql === undefined).length;
const graphqlCalls = () => emulator.requests.filter((request) => request.graphql !== undefined).length;
const pulls = () => emulator.listPullRequests('acme', 'iac');

function expectSuccess(run: ActionRun): void {
  if (run.exitCode !== 0) throw new Error(`bump failed (${run.exitCode}):\n${run.stdout}\n${run.stderr}`);
}

describe('bump action (dist/bump) against the emulator', () => {
  it('opens a bump PR in the IaC repository with 5 REST calls and two GraphQL queries', async () => {
    const push = await pushCode('package main // 2\n');
    const run = await bump(push, tagInputs('1.1.0'));
    expectSuccess(run);
    const branch = `artifact_version_bump/acme/api/${push.sha}`;
    expect(run.outputs).toMatchObject({
      changed: 'true',
      result: 'opened',
      'pull-request-number': '1',
      branch,
      merge: 'none',
      // The second query lists the open PRs again after opening: two bumps of one file at once end in one PR.
      'api-calls': '7',
    });
    expect(run.outputs['pull-request-url']).toMatch(/\/acme\/iac\/pull\/1$/);
    expect(restCalls()).toBe(5);
    expect(graphqlCalls()).toBe(2);
    const [pr] = await pulls();
    expect(pr).toMatchObject({
      title: `acme/api🚠 Bumping version @ ${VALUES}`,
      head: branch,
      base: 'main',
      state: 'open',
      labels: ['promotion'],
      assignees: ['alice'],
    });
    expect(pr!.body).toContain(
      `Bumping version triggered by [acme/api@${push.sha}](${emulator.serverUrl}/acme/api/commit/${push.sha})`,
    );
    expect(await emulator.readFile('acme', 'iac', branch, VALUES)).toBe(
      valuesText.replace('"1.0.0"', '"1.1.0"'),
    );
    expect(run.summary).toContain('-  tag: "1.0.0"\n+  tag: "1.1.0"');
    expect(run.summary).toContain('GitHub API calls spent by this step: **7** (2 GraphQL, the rest REST)');
  });

  it('opens no PR and reports changed=false when the IaC repository already has the version', async () => {
    const push = await pushCode('package main // 2\n');
    const run = await bump(push, tagInputs('1.0.0'));
    expectSuccess(run);
    expect(run.outputs).toMatchObject({ changed: 'false', result: 'no-change', 'pull-request-number': '' });
    expect(await pulls()).toEqual([]);
    expect(restCalls()).toBe(0);
    expect(
      await emulator.branchSha('acme', 'iac', `artifact_version_bump/acme/api/${push.sha}`),
    ).toBeUndefined();
  });

  it('updates instead of duplicating when the same commit is bumped again', async () => {
    const push = await pushCode('package main // 2\n');
    expectSuccess(await bump(push, tagInputs('1.1.0')));
    const branch = `artifact_version_bump/acme/api/${push.sha}`;
    const head = await emulator.branchSha('acme', 'iac', branch);

    const again = await bump(push, tagInputs('1.1.0'));
    expectSuccess(again);
    expect(again.outputs).toMatchObject({ result: 'unchanged', changed: 'true', 'pull-request-number': '1' });
    expect(restCalls()).toBe(0);
    expect(await emulator.branchSha('acme', 'iac', branch)).toBe(head);

    await emulator.commitFiles({
      owner: 'acme',
      repo: 'iac',
      branch: 'main',
      files: { 'README.md': 'x\n' },
      message: 'other',
    });
    const changed = await bump(push, tagInputs('1.1.1'));
    expectSuccess(changed);
    expect(changed.outputs).toMatchObject({ result: 'updated', 'pull-request-number': '1' });
    expect(await pulls()).toHaveLength(1);
    expect(await emulator.readFile('acme', 'iac', branch, VALUES)).toContain('tag: "1.1.1"');
    expect(await emulator.readFile('acme', 'iac', branch, 'README.md')).toBe('x\n');
  });

  it('coalesces a newer commit into the open bump PR of the same file, and not with coalesce: false', async () => {
    const first = await pushCode('package main // 2\n');
    expectSuccess(await bump(first, tagInputs('1.1.0')));
    const second = await pushCode('package main // 3\n');
    const run = await bump(second, tagInputs('1.2.0'));
    expectSuccess(run);
    expect(run.outputs).toMatchObject({
      result: 'updated',
      'pull-request-number': '1',
      branch: `artifact_version_bump/acme/api/${first.sha}`,
    });
    // Reads, files at the PR head, repository id, updateRefs; then tree, commit, PR title and body.
    expect(graphqlCalls()).toBe(4);
    expect(restCalls()).toBe(3);
    const [pr] = await pulls();
    expect(pr!.title).toBe(`acme/api🚠 Bumping version @ ${VALUES} (${second.sha.slice(0, 7)})`);
    expect(pr!.body).toContain(`triggered by [acme/api@${second.sha}]`);
    expect(pr!.body).toContain(`Supersedes the bump for [acme/api@${first.sha.slice(0, 12)}]`);
    expect(await emulator.readFile('acme', 'iac', pr!.head, VALUES)).toContain('tag: "1.2.0"');

    const third = await pushCode('package main // 4\n');
    const separate = await bump(third, { ...tagInputs('1.3.0'), coalesce: 'false' });
    expectSuccess(separate);
    expect(separate.outputs).toMatchObject({ result: 'opened', 'pull-request-number': '2' });
  }, 90_000);

  it('merges the PR at once with auto-merge (direct) and the default branch gets the version', async () => {
    const push = await pushCode('package main // 2\n');
    const run = await bump(push, { ...tagInputs('1.1.0'), 'auto-merge': 'true', 'merge-method': 'squash' });
    expectSuccess(run);
    expect(run.outputs).toMatchObject({ result: 'opened', merge: 'merged' });
    expect((await pulls())[0]).toMatchObject({ state: 'closed', merged: true });
    expect(await emulator.readFile('acme', 'iac', 'main', VALUES)).toContain('tag: "1.1.0"');
  });

  it('enables native auto-merge when the IaC repository requires checks', async () => {
    // Native mode needs "Allow auto-merge", off on a new repository: enabled explicitly under both presets (the
    // refusal, through the same merge policy, is promote-on-default-repository's "native mode" test).
    emulator.setRepoSettings('acme', 'iac', { allowAutoMerge: true });
    emulator.setRequiredStatusChecks('acme', 'iac', ['ci']);
    const push = await pushCode('package main // 2\n');
    const run = await bump(push, {
      ...tagInputs('1.1.0'),
      'auto-merge': 'true',
      'auto-merge-mode': 'native',
    });
    expectSuccess(run);
    expect(run.outputs.merge).toBe('auto-merge-enabled');
    expect((await pulls())[0]).toMatchObject({ state: 'open', autoMerge: true });
  });

  it('merges directly in native mode when nothing is pending (GitHub refuses auto-merge on a clean PR)', async () => {
    // With "Allow auto-merge" on (enabled explicitly: off on a new repository), GitHub refuses to wait for nothing:
    // "clean status" where the default branch has a protection rule (permissive), "Protected branch rules not
    // configured" where it has none (new-repository). Either way bump merges directly.
    emulator.setRepoSettings('acme', 'iac', { allowAutoMerge: true });
    const push = await pushCode('package main // 2\n');
    const run = await bump(push, {
      ...tagInputs('1.1.0'),
      'auto-merge': 'true',
      'auto-merge-mode': 'native',
    });
    expectSuccess(run);
    expect(run.outputs.merge).toBe('merged');
    expect((await pulls())[0]).toMatchObject({ merged: true });
  });

  it('applies a list of edits (YAML, regex, new file) in one commit', async () => {
    const push = await pushCode('package main // 2\n');
    const run = await bump(push, {
      edits: JSON.stringify([
        { file: VALUES, path: '.image.tag', value: '1.1.0' },
        { file: VALUES, regex: 'replicas: \\d+', replacement: 'replicas: 3' },
        { file: 'clusters/staging/eu/c1/api/VERSION', content: '1.1.0\n' },
      ]),
    });
    expectSuccess(run);
    const branch = `artifact_version_bump/acme/api/${push.sha}`;
    expect(await emulator.readFile('acme', 'iac', branch, VALUES)).toBe(
      valuesText.replace('"1.0.0"', '"1.1.0"').replace('replicas: 2', 'replicas: 3'),
    );
    expect(await emulator.readFile('acme', 'iac', branch, 'clusters/staging/eu/c1/api/VERSION')).toBe(
      '1.1.0\n',
    );
    expect((await pulls())[0]!.title).toBe(
      `acme/api🚠 Bumping version @ ${VALUES}, clusters/staging/eu/c1/api/VERSION`,
    );
  });

  const failures: [why: string, inputs: Record<string, string>, message: RegExp][] = [
    [
      'the regex matches nothing',
      { 'target-file': VALUES, regex: 'version: .*', replacement: 'x' },
      /the regex "version: \.\*" matched nothing in the file/,
    ],
    [
      'the YAML path matches nothing',
      { 'target-file': VALUES, path: '.db[] | select(.name == "postgres").tag', value: '1' },
      /matched no node/,
    ],
    [
      'the file is missing',
      { 'target-file': 'nope.yaml', path: '.a', value: '1' },
      /nope\.yaml \(yaml path \.a\): the file does not exist on main/,
    ],
    [
      'the target is inside .git (item "Low" of issue 17)',
      { 'target-file': '.git/config', content: '[core]\n' },
      /input "target-file": file path "\.git\/config" is inside a "\.git" folder/,
    ],
    [
      'the target is an absolute path',
      { 'target-file': '/etc/passwd', content: 'x\n' },
      /file path "\/etc\/passwd" is absolute/,
    ],
    [
      'the target path has backslashes',
      { 'target-file': 'clusters\\staging\\values.yaml', content: 'x\n' },
      /contains a backslash/,
    ],
    [
      'the target is a workflow and allow-workflow-files is not set',
      { 'target-file': '.github/workflows/ci.yml', content: 'on: push\n' },
      /\.github\/workflows\/ci\.yml is a GitHub Actions workflow; .*`allow-workflow-files: true`/,
    ],
    [
      'the target repository does not exist',
      { 'target-repo': 'acme/nope', ...tagInputs('1.1.0') },
      /no access to acme\/nope: give the token contents and pull-requests write on it/,
    ],
  ];
  for (const [why, inputs, message] of failures) {
    it(`fails with a message saying what to do when ${why}`, async () => {
      const run = await bump(await pushCode('package main // 2\n'), inputs);
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toMatch(message);
      expect(await pulls()).toEqual([]);
    });
  }

  it('edits a workflow file only with allow-workflow-files: true', async () => {
    const push = await pushCode('package main // 2\n');
    const run = await bump(push, {
      'target-file': '.github/workflows/ci.yml',
      content: 'on: push\n',
      'allow-workflow-files': 'true',
    });
    expectSuccess(run);
    const branch = `artifact_version_bump/acme/api/${push.sha}`;
    expect(await emulator.readFile('acme', 'iac', branch, '.github/workflows/ci.yml')).toBe('on: push\n');
  });

  it('fails with "no access" when the token can only read the IaC repository', async () => {
    const run = await bump(await pushCode('package main // 2\n'), tagInputs('1.1.0'), emulator.tokens.reader);
    expect(run.exitCode).toBe(1);
    // A 403 that names the missing permission ("Resource not accessible by …", as the new-repository preset answers)
    // gets the token-permission fix; a bare 403/404 the generic one.
    expect(run.stdout).toMatch(
      /no access to acme\/iac: give the token contents and pull-requests write on it|The token in github-token may not write to acme\/iac .*Nothing was written\./,
    );
  });

  describe('content-file (item 2 of issue 17: a checkout must not leak the runner into a commit)', () => {
    let scratch: string;
    let workspace: string;
    const VERSION_FILE = 'clusters/staging/eu/c1/api/VERSION';

    beforeEach(() => {
      scratch = mkdtempSync(path.join(tmpdir(), 'bump-content-file-'));
      workspace = path.join(scratch, 'workspace');
      mkdirSync(workspace);
      writeFileSync(path.join(scratch, 'secret.txt'), 'ghp_outside_the_workspace\n');
    });

    afterEach(() => {
      rmSync(scratch, { recursive: true, force: true });
    });

    async function expectRefused(run: ActionRun, message: RegExp): Promise<void> {
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toMatch(message);
      expect(run.stdout).toContain('commit the content itself');
      expect(await pulls()).toEqual([]);
      expect(await emulator.listFiles('acme', 'iac', 'main')).not.toContain(VERSION_FILE);
      expect(emulator.requests.filter((request) => request.method !== 'GET')).toEqual([]);
    }

    it('reads a regular file inside the workspace', async () => {
      writeFileSync(path.join(workspace, 'VERSION'), '1.1.0\n');
      const push = await pushCode('package main // 2\n');
      const run = await bump(
        push,
        { 'target-file': VERSION_FILE, 'content-file': 'VERSION' },
        undefined,
        workspace,
      );
      expectSuccess(run);
      const branch = `artifact_version_bump/acme/api/${push.sha}`;
      expect(await emulator.readFile('acme', 'iac', branch, VERSION_FILE)).toBe('1.1.0\n');
    });

    it('refuses a committed symlink to /proc/self/environ: the token never reaches the IaC repository', async () => {
      symlinkSync('/proc/self/environ', path.join(workspace, 'VERSION'));
      const push = await pushCode('package main // 2\n');
      const run = await bump(
        push,
        { 'target-file': VERSION_FILE, 'content-file': 'VERSION' },
        undefined,
        workspace,
      );
      await expectRefused(
        run,
        /input "content-file": VERSION is a symbolic link \(to \/proc\/self\/environ\)/,
      );
      const branch = `artifact_version_bump/acme/api/${push.sha}`;
      expect(await emulator.branchSha('acme', 'iac', branch)).toBeUndefined();
    });

    it('refuses a symlink to a file outside the workspace, also inside an edits list', async () => {
      symlinkSync(path.join(scratch, 'secret.txt'), path.join(workspace, 'VERSION'));
      const run = await bump(
        await pushCode('package main // 2\n'),
        { edits: JSON.stringify([{ file: VERSION_FILE, 'content-file': 'VERSION' }]) },
        undefined,
        workspace,
      );
      await expectRefused(run, /VERSION is a symbolic link/);
    });

    it('refuses a path that leaves the workspace through ".." or a linked folder', async () => {
      symlinkSync(scratch, path.join(workspace, 'linked'));
      for (const contentFile of ['../secret.txt', 'linked/secret.txt', path.join(scratch, 'secret.txt')]) {
        const run = await bump(
          await pushCode(`package main // ${contentFile}\n`),
          { 'target-file': VERSION_FILE, 'content-file': contentFile },
          undefined,
          workspace,
        );
        await expectRefused(run, /is outside the workspace/);
      }
    });
  });
});
