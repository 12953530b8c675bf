import { describe, expect, it } from 'vitest';
import type { BumpEdit } from '../../../src/core/bump/bump-edit.js';
import { parseBumpMetadata } from '../../../src/core/bump/bump-metadata.js';
import { ExternalError } from '../../../src/core/errors/external-error.js';
import { silentLogger } from '../../../src/ports/logger.js';
import type { BumpRequest } from '../../../src/use-cases/bump/bump-types.js';
import { bumpVersion } from '../../../src/use-cases/bump/bump-version.js';
import { createFakeGitHub } from '../../support/fake-github/create-fake-github.js';
import { createFakeBumpReader } from './fake-bump-reader.js';

const values = 'image:\n  repository: "acme/api"   # the app\n  tag: "1.0"\nworker:\n  tag: "1.0"\n';
const tag = (value: string): BumpEdit => ({ file: 'values.yaml', mode: 'yaml', path: '.image.tag', value });

function request(overrides: Partial<BumpRequest> = {}): BumpRequest {
  return {
    targetRepo: 'acme/iac',
    edits: [tag('1.1')],
    triggeringRepo: 'acme/api',
    sha: 'sha1',
    actor: 'alice',
    labels: [],
    coalesce: true,
    autoMerge: 'off',
    mergeMethod: 'merge',
    serverUrl: 'https://github.test',
    dryRun: false,
    allowWorkflowFiles: false,
    ...overrides,
  };
}

const BRANCH = 'artifact_version_bump/acme/api/sha1';

/** The target repository (alice may be assigned; auto-merge allowed) and a bump run against it. */
function setup(files: Record<string, string> = { 'values.yaml': values }) {
  const repo = createFakeGitHub({
    files,
    permissions: { alice: 'write' },
    settings: { allowAutoMerge: true },
  });
  const deps = {
    github: repo.github,
    reader: createFakeBumpReader(repo),
    logger: silentLogger,
    sleep: async () => undefined,
  };
  return { repo, run: (overrides: Partial<BumpRequest> = {}) => bumpVersion(request(overrides), deps) };
}

describe('bumpVersion', () => {
  it('opens a PR with one commit on the default branch, the Go names, label and assignee', async () => {
    const { repo, run } = setup();
    const result = await run();
    expect(result).toMatchObject({
      result: 'opened',
      changed: true,
      branch: BRANCH,
    });
    expect(repo.read(BRANCH, 'values.yaml')).toBe(values.replace('"1.0"', '"1.1"'));
    const commit = repo.commitOf(BRANCH);
    expect(commit.parents).toEqual([repo.branches.get('main')]);
    expect(commit.message).toBe('Bumping version @ values.yaml\n\nTriggered by acme/api@sha1');
    const [pr] = repo.state.pulls;
    expect(pr).toMatchObject({
      title: 'acme/api🚠 Bumping version @ values.yaml',
      base: 'main',
      labels: ['promotion'],
      assignees: ['alice'],
    });
    expect(pr!.body).toMatch(
      /^Bumping version triggered by \[acme\/api@sha1\]\(https:\/\/github\.test\/acme\/api\/commit\/sha1\)/,
    );
    expect(result.files[0]!.diff).toContain('-  tag: "1.0"\n+  tag: "1.1"');
  });

  it('writes with five calls besides the reads: tree, commit, ref, PR, labels and assignee', async () => {
    const { repo, run } = setup();
    await run();
    expect(repo.calls).toEqual([
      'readTarget',
      'createTree',
      'createCommit',
      'createBranch',
      'createPullRequest',
      // Open PRs again: catches a bump of the same file that opened its PR at the same time.
      'listOpenPullRequests',
      'setLabelsAndAssignees',
    ]);
  });

  it('opens no PR when the default branch already has the value', async () => {
    const { repo, run } = setup();
    const result = await run({ edits: [tag('1.0')] });
    expect(result).toMatchObject({ result: 'no-change', changed: false, pullRequest: undefined });
    expect(repo.calls).toEqual(['readTarget']);
  });

  it('writes nothing on a re-run for the same SHA that finds its content in place', async () => {
    const { repo, run } = setup();
    await run();
    const head = repo.branches.get(BRANCH);
    repo.calls.length = 0;
    const again = await run();
    expect(again).toMatchObject({ result: 'unchanged', changed: true, pullRequest: { number: 1 } });
    expect(repo.branches.get(BRANCH)).toBe(head);
    expect(repo.calls).toEqual(['readTarget', 'readFiles']);
    expect(repo.state.pulls).toHaveLength(1);
  });

  it('rebuilds the branch on the current default branch when a re-run brings a new value', async () => {
    const { repo, run } = setup();
    await run();
    repo.commit({ branch: 'main', files: { 'README.md': 'moved on\n' } });
    const result = await run({ edits: [tag('1.2')] });
    expect(result.result).toBe('updated');
    const commit = repo.commitOf(BRANCH);
    expect(commit.parents).toEqual([repo.branches.get('main')]);
    expect(repo.read(BRANCH, 'values.yaml')).toContain('tag: "1.2"');
    expect(repo.state.pulls).toHaveLength(1);
  });

  it('keeps the edit of an earlier step for the same SHA when a second step bumps another value', async () => {
    const { repo, run } = setup();
    await run();
    await run({ edits: [{ file: 'values.yaml', mode: 'yaml', path: '.worker.tag', value: '2.0' }] });
    const text = repo.read(BRANCH, 'values.yaml')!;
    expect(text).toContain('  tag: "1.1"\nworker:\n  tag: "2.0"');
    expect(repo.state.pulls).toHaveLength(1);
  });

  it('coalesces a newer SHA into the open bump PR of the same file, naming both SHAs', async () => {
    const { repo, run } = setup();
    await run();
    const result = await run({ sha: 'sha2', edits: [tag('1.2')] });
    expect(result).toMatchObject({
      result: 'updated',
      pullRequest: { number: 1 },
      branch: BRANCH,
      superseded: ['sha1'],
    });
    expect(repo.state.pulls).toHaveLength(1);
    expect(repo.state.pulls[0]!.title).toBe('acme/api🚠 Bumping version @ values.yaml (sha2)');
    expect(repo.state.pulls[0]!.body).toContain('Bumping version triggered by [acme/api@sha2]');
    expect(repo.state.pulls[0]!.body).toContain('Supersedes the bump for [acme/api@sha1]');
    expect(parseBumpMetadata(repo.state.pulls[0]!.body)).toMatchObject({ sha: 'sha2', superseded: ['sha1'] });
    expect(repo.read(BRANCH, 'values.yaml')).toContain('tag: "1.2"');
  });

  it('opens a second PR when coalescing is off', async () => {
    const { run } = setup();
    await run();
    const result = await run({ sha: 'sha2', edits: [tag('1.2')], coalesce: false });
    expect(result).toMatchObject({ result: 'opened', pullRequest: { number: 2 } });
  });

  it('leaves a Go bot bump PR alone and opens its own', async () => {
    const { repo, run } = setup();
    repo.openPullRequest({
      head: 'artifact_version_bump/acme/api/old',
      files: { 'values.yaml': values.replace('"1.0"', '"0.9"') },
      title: 'earlier bump',
      body: 'Bumping version triggered by acme/api@old',
      author: 'telefonistka[bot]',
      labels: ['promotion'],
    });
    expect(await run()).toMatchObject({ result: 'opened', pullRequest: { number: 2 } });
  });

  it('starts over when someone moves the bump branch between its read and its write', async () => {
    const { repo, run } = setup();
    await run();
    repo.beforeNext('replaceBranch', () =>
      repo.commit({ branch: BRANCH, files: {}, message: 'someone else' }),
    );
    const result = await run({ edits: [tag('1.3')] });
    expect(result.result).toBe('updated');
    expect(repo.calls.filter((method) => method === 'readTarget')).toHaveLength(3);
    expect(repo.read(BRANCH, 'values.yaml')).toContain('tag: "1.3"');
  });

  it('merges directly with the head SHA when auto-merge is direct', async () => {
    const { repo, run } = setup();
    const result = await run({ autoMerge: 'direct' });
    expect(result.merge).toBe('merged');
    expect(repo.state.pulls[0]).toMatchObject({ state: 'closed', merged: true });
    expect(repo.read('main', 'values.yaml')).toContain('tag: "1.1"');
  });

  it('enables native auto-merge when checks are pending, merges at once when the PR is clean', async () => {
    const pending = setup();
    pending.repo.protect('main', { requiredApprovingReviews: 0, requiredStatusChecks: ['ci'] });
    expect((await pending.run({ autoMerge: 'native' })).merge).toBe('auto-merge-enabled');
    expect(pending.repo.state.pulls[0]).toMatchObject({ state: 'open', autoMerge: 'merge' });
    const clean = setup();
    clean.repo.protect('main', { requiredApprovingReviews: 0, requiredStatusChecks: [] });
    expect((await clean.run({ autoMerge: 'native' })).merge).toBe('merged');
    expect(clean.repo.read('main', 'values.yaml')).toContain('tag: "1.1"');
  });

  it('reports a merge failure without losing the PR', async () => {
    const { repo, run } = setup();
    repo.failOn(
      'mergePullRequest',
      new ExternalError('Required status check "ci" is expected.', {
        service: 'GitHub',
        operation: 'merge',
        status: 405,
      }),
    );
    const result = await run({ autoMerge: 'direct' });
    expect(result).toMatchObject({ result: 'opened', merge: 'none', pullRequest: { number: 1 } });
    expect(result.mergeError).toMatch(/Required status check/);
  });

  it('warns instead of failing when the actor cannot be assigned (a bot)', async () => {
    const { repo, run } = setup();
    const result = await run({ actor: 'renovate[bot]', labels: ['bump', 'promotion'] });
    expect(result.warnings).toEqual([
      '#1: could not assign renovate[bot] (bots and users without access cannot be assignees)',
    ]);
    expect(repo.state.pulls[0]!.labels).toEqual(['promotion', 'bump']);
  });

  it('creates a missing file in overwrite mode and applies several edits in one commit', async () => {
    const { repo, run } = setup();
    const result = await run({
      edits: [
        tag('1.1'),
        { file: 'VERSION', mode: 'overwrite', content: '1.1\n' },
        {
          file: 'values.yaml',
          mode: 'regex',
          regex: '(?m)^(worker:\\n  tag: )"[^"]*"',
          replacement: '${1}"1.1"',
        },
      ],
    });
    expect(result.files.map((file) => [file.path, file.created])).toEqual([
      ['values.yaml', false],
      ['VERSION', true],
    ]);
    expect(repo.read(BRANCH, 'VERSION')).toBe('1.1\n');
    expect(repo.read(BRANCH, 'values.yaml')).toContain('worker:\n  tag: "1.1"');
    expect(repo.state.pulls[0]!.title).toBe('acme/api🚠 Bumping version @ values.yaml, VERSION');
  });

  it('computes the change without writing in a dry run', async () => {
    const { repo, run } = setup();
    const result = await run({ dryRun: true });
    expect(result).toMatchObject({ result: 'dry-run', changed: true, pullRequest: undefined });
    expect(repo.calls).toEqual(['readTarget']);
  });

  const failures: [why: string, edit: BumpEdit, message: RegExp][] = [
    [
      'the file is missing for a YAML edit',
      { file: 'nope.yaml', mode: 'yaml', path: '.a', value: 'b' },
      /nope\.yaml \(yaml path \.a\): the file does not exist on main; yaml edits change an existing file/,
    ],
    [
      'the regex matches nothing',
      { file: 'values.yaml', mode: 'regex', regex: 'version: .*', replacement: 'x' },
      /values\.yaml \(regex "version: \.\*"\): the regex "version: \.\*" matched nothing/,
    ],
    [
      'the YAML path matches nothing',
      { file: 'values.yaml', mode: 'yaml', path: '.db[] | select(.name == "x").tag', value: '1' },
      /matched no node/,
    ],
  ];
  for (const [why, edit, message] of failures) {
    it(`fails without writing when ${why}`, async () => {
      const { repo, run } = setup();
      await expect(run({ edits: [edit] })).rejects.toThrow(message);
      expect(repo.calls).toEqual(['readTarget']);
    });
  }

  it('says which access the token needs when the target repository answers 404', async () => {
    const { repo, run } = setup();
    repo.failOn(
      'readTarget',
      new ExternalError('Could not resolve to a Repository', {
        service: 'GitHub',
        operation: 'read',
        status: 404,
      }),
    );
    await expect(run()).rejects.toThrow(
      /^bump: reading the bump target acme\/iac: no access to acme\/iac: give the token contents and pull-requests write on it/,
    );
  });

  it('says which phase failed when writing the bump branch fails, and leaves no branch behind', async () => {
    const { repo, run } = setup();
    repo.failOn(
      'createTree',
      new ExternalError('Server Error', { service: 'GitHub', operation: 'create tree', status: 500 }),
    );
    await expect(run()).rejects.toThrow(
      `bump: writing the bump branch ${BRANCH}: GitHub create tree failed (HTTP 500): Server Error`,
    );
    expect(repo.branches.has(BRANCH)).toBe(false);
    expect(repo.state.pulls).toEqual([]);
  });

  it('refuses an edit of .github/workflows/* before any call, and makes it with allowWorkflowFiles', async () => {
    const workflow: BumpEdit = {
      file: '.github/workflows/deploy.yml',
      mode: 'overwrite',
      content: 'on: push\n',
    };
    const { repo, run } = setup();
    await expect(run({ edits: [tag('1.1'), workflow] })).rejects.toThrow(
      /^\.github\/workflows\/deploy\.yml is a GitHub Actions workflow; .*set `allow-workflow-files: true` \(action\) or --allow-workflow-files \(CLI\)/,
    );
    expect(repo.calls).toEqual([]);
    const allowed = await run({ edits: [workflow], allowWorkflowFiles: true });
    expect(allowed.result).toBe('opened');
    expect(repo.read(allowed.branch!, '.github/workflows/deploy.yml')).toBe('on: push\n');
  });
});
