import { afterEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from '../support/github-emulator/index.js';
import { tokenScopes, declaredPermissions } from '../support/github-emulator/workflow-token.js';
import { errorOf, octokitFor, OWNER, REPO, startSeededEmulator } from './emulator-fixture.js';

const repo = { owner: OWNER, repo: REPO };

let emulator: GitHubEmulator;
afterEach(async () => emulator?.close());

async function refs(): Promise<string[]> {
  const { data } = await octokitFor(emulator, emulator.tokens.admin).rest.git.listMatchingRefs({
    ...repo,
    ref: 'heads/',
  });
  return data.map((ref) => `${ref.ref} ${ref.object.sha}`);
}

/** Creates a branch from main with `token`. */
async function createBranch(token: string, branch: string) {
  const sha = (await emulator.branchSha(OWNER, REPO, 'main'))!;
  return octokitFor(emulator, token).rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
}

describe('tokenScopes: how GitHub decides a job token’s permissions', () => {
  it.each([
    [
      'no block, restricted default',
      undefined,
      'read',
      { contents: 'read', packages: 'read', issues: 'none' },
    ],
    ['no block, permissive default', undefined, 'write', { contents: 'write', 'pull-requests': 'write' }],
    ['write-all', 'write-all', 'read', { contents: 'write', actions: 'write', metadata: 'read' }],
    ['read-all', 'read-all', 'write', { contents: 'read', statuses: 'read' }],
    [
      'a map: what it names, the rest none',
      { contents: 'write' },
      'write',
      { contents: 'write', issues: 'none' },
    ],
    ['an empty map: metadata only', {}, 'write', { contents: 'none', metadata: 'read' }],
  ] as const)('%s', (_name, permissions, fallback, expected) => {
    expect(tokenScopes(permissions, fallback)).toMatchObject(expected);
  });

  it('takes the job’s block over the workflow’s, and the workflow’s when the job has none', () => {
    const yaml = [
      'on: push',
      'permissions:',
      '  contents: read',
      'jobs:',
      '  a:',
      '    permissions: write-all',
      '    runs-on: x',
      '  b:',
      '    runs-on: x',
    ].join('\n');
    expect(declaredPermissions(yaml, 'a')).toBe('write-all');
    expect(declaredPermissions(yaml, 'b')).toEqual({ contents: 'read' });
    expect(declaredPermissions('on: push\njobs:\n  a:\n    runs-on: x\n', undefined)).toBeUndefined();
  });
});

describe('GitHub emulator: a job’s GITHUB_TOKEN', () => {
  it('is read-only when the workflow declares no permissions and the repository default is read', async () => {
    emulator = await startSeededEmulator({ preset: 'new-repository' });
    // .github/workflows/push-only.yml declares no `permissions:`.
    const token = await emulator.workflowToken({ ...repo, workflow: '.github/workflows/push-only.yml' });
    const before = await refs();
    expect(await errorOf(createBranch(token, 'from-job'))).toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    expect(await refs()).toEqual(before);
    // Reads of a public repository need no scope.
    const { data } = await octokitFor(emulator, token).rest.pulls.list(repo);
    expect(data).toEqual([]);
  });

  it('writes when the repository default is write, or when the workflow declares contents: write', async () => {
    emulator = await startSeededEmulator({ preset: 'permissive' });
    const permissive = await emulator.workflowToken({ ...repo, permissions: null });
    expect((await createBranch(permissive, 'one')).status).toBe(201);
    emulator.setRepoSettings(OWNER, REPO, { defaultWorkflowPermissions: 'read' });
    const declared = await emulator.workflowToken({ ...repo, permissions: { contents: 'write' } });
    expect((await createBranch(declared, 'two')).status).toBe(201);
    // contents: write is not pull-requests: write.
    expect(
      await errorOf(
        octokitFor(emulator, declared).rest.pulls.create({ ...repo, head: 'two', base: 'main', title: 'x' }),
      ),
    ).toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    expect(await emulator.listPullRequests(OWNER, REPO)).toEqual([]);
  });

  it('refuses a GraphQL mutation outside its scopes and writes to another repository', async () => {
    emulator = await startSeededEmulator({ preset: 'permissive' });
    await emulator.createRepo({ owner: OWNER, name: 'other', files: { 'a.txt': 'a\n' } });
    const token = await emulator.workflowToken({ ...repo, permissions: { contents: 'read' } });
    const sha = (await emulator.branchSha(OWNER, REPO, 'main'))!;
    const { repository } = await octokitFor(emulator, token).graphql<{ repository: { id: string } }>(
      'query { repository(owner: "acme", name: "iac") { id } }',
    );
    await expect(
      octokitFor(emulator, token).graphql(
        'mutation($r: ID!, $o: GitObjectID!) { updateRefs(input: { repositoryId: $r, refUpdates: [{ name: "refs/heads/x", afterOid: $o }] }) { clientMutationId } }',
        { r: repository.id, o: sha },
      ),
    ).rejects.toThrow(/Resource not accessible by integration/);
    const writer = await emulator.workflowToken({ ...repo, permissions: 'write-all' });
    const otherSha = (await emulator.branchSha(OWNER, 'other', 'main'))!;
    expect(
      await errorOf(
        octokitFor(emulator, writer).rest.git.createRef({
          owner: OWNER,
          repo: 'other',
          ref: 'refs/heads/x',
          sha: otherSha,
        }),
      ),
    ).toMatchObject({ status: 403 });
    expect(emulator.tokenScopes(writer)).toMatchObject({ contents: 'write', 'pull-requests': 'write' });
  });
});
