import { GraphqlResponseError } from '@octokit/graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { PRESET_ENV, startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';
import { errorOf, git, octokitFor, OWNER, REPO, startSeededEmulator } from './emulator-fixture.js';

const repo = { owner: OWNER, repo: REPO };
const ENABLE_AUTO_MERGE =
  'mutation($id: ID!) { enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: MERGE }) { clientMutationId } }';

let emulator: GitHubEmulator;
afterEach(async () => emulator?.close());

async function openChange(branch = 'change'): Promise<{ number: number; nodeId: string; headSha: string }> {
  await emulator.commitFiles({
    ...repo,
    branch,
    from: 'main',
    files: { [`${branch}.txt`]: 'x\n' },
    message: branch,
  });
  const pull = await emulator.openPullRequest({ ...repo, head: branch, base: 'main', title: branch });
  return { number: pull.number, nodeId: pull.nodeId, headSha: pull.headSha };
}

/** The GraphQL errors (and data) of a request that must fail. */
async function graphqlErrorOf(request: Promise<unknown>) {
  try {
    await request;
  } catch (error) {
    if (error instanceof GraphqlResponseError) return { errors: error.errors, data: error.data as unknown };
    throw error;
  }
  throw new Error('expected a GraphQL error');
}

describe('GitHub emulator presets', () => {
  it('new-repository serves GitHub defaults: no auto-merge, all methods, read-only workflow token', async () => {
    emulator = await startSeededEmulator({ preset: 'new-repository' });
    const { data } = await octokitFor(emulator, emulator.tokens.actions).rest.repos.get(repo);
    expect(data).toMatchObject({
      allow_auto_merge: false,
      allow_merge_commit: true,
      allow_squash_merge: true,
      allow_rebase_merge: true,
      delete_branch_on_merge: false,
    });
    const admin = octokitFor(emulator, emulator.tokens.admin);
    const workflow = await admin.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository(repo);
    expect(workflow.data).toEqual({
      default_workflow_permissions: 'read',
      can_approve_pull_request_reviews: false,
    });
    expect(await errorOf(admin.rest.repos.getBranchProtection({ ...repo, branch: 'main' }))).toMatchObject({
      status: 404,
      message: expect.stringContaining('Branch not protected'),
    });
  });

  it('permissive allows auto-merge and Actions PRs and protects the default branch without requirements', async () => {
    emulator = await startSeededEmulator({ preset: 'permissive' });
    const admin = octokitFor(emulator, emulator.tokens.admin);
    expect((await admin.rest.repos.get(repo)).data.allow_auto_merge).toBe(true);
    const workflow = await admin.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository(repo);
    expect(workflow.data.can_approve_pull_request_reviews).toBe(true);
    const protection = await admin.rest.repos.getBranchProtection({ ...repo, branch: 'main' });
    expect(protection.data).toMatchObject({ enabled: true, name: 'main' });
    expect(protection.data.required_pull_request_reviews).toBeUndefined();
    expect(protection.data.required_status_checks).toBeUndefined();
  });

  it(`takes the preset from ${PRESET_ENV} when the option is absent, the option first`, async () => {
    const saved = process.env[PRESET_ENV];
    process.env[PRESET_ENV] = 'new-repository';
    try {
      emulator = await startGitHubEmulator();
      expect(emulator.preset).toBe('new-repository');
      await emulator.close();
      emulator = await startGitHubEmulator({ preset: 'permissive' });
      expect(emulator.preset).toBe('permissive');
      await emulator.close();
      process.env[PRESET_ENV] = 'lenient';
      await expect(startGitHubEmulator()).rejects.toThrow(
        /lenient is not a preset; use new-repository or permissive/,
      );
    } finally {
      if (saved === undefined) delete process.env[PRESET_ENV];
      else process.env[PRESET_ENV] = saved;
    }
  });
});

describe('GitHub emulator repository settings endpoints', () => {
  it('changes merge settings and the default branch with PATCH /repos as an admin', async () => {
    emulator = await startSeededEmulator({ preset: 'new-repository' });
    await emulator.createBranch({ ...repo, branch: 'trunk', from: 'main' });
    const admin = octokitFor(emulator, emulator.tokens.admin);
    const { data } = await admin.rest.repos.update({
      ...repo,
      allow_auto_merge: true,
      allow_merge_commit: false,
      delete_branch_on_merge: true,
      default_branch: 'trunk',
    });
    expect(data).toMatchObject({
      allow_auto_merge: true,
      allow_merge_commit: false,
      default_branch: 'trunk',
    });
    expect(emulator.repoSettings(OWNER, REPO)).toMatchObject({
      allowAutoMerge: true,
      allowMergeCommit: false,
      deleteBranchOnMerge: true,
    });
  });

  it('refuses settings to the Actions token (403 integration) and to write collaborators (403 admin rights)', async () => {
    emulator = await startSeededEmulator({ preset: 'new-repository' });
    const actions = octokitFor(emulator, emulator.tokens.actions);
    const user = octokitFor(emulator, emulator.tokens.user);
    for (const client of [actions, user]) {
      const expected =
        client === actions
          ? 'Resource not accessible by integration'
          : 'Must have admin rights to Repository.';
      for (const request of [
        () => client.rest.repos.update({ ...repo, allow_auto_merge: true }),
        () => client.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository(repo),
        () =>
          client.rest.actions.setGithubActionsDefaultWorkflowPermissionsRepository({
            ...repo,
            can_approve_pull_request_reviews: true,
          }),
        () => client.rest.repos.getBranchProtection({ ...repo, branch: 'main' }),
      ]) {
        const failure = await errorOf(request());
        expect(failure.status).toBe(403);
        expect(failure.message).toContain(expected);
      }
    }
    expect(emulator.repoSettings(OWNER, REPO)).toMatchObject({
      allowAutoMerge: false,
      canApprovePullRequestReviews: false,
    });
  });

  it('hides the merge settings from a caller without write access, as GitHub does', async () => {
    emulator = await startSeededEmulator({ preset: 'permissive' });
    const { data } = await octokitFor(emulator, emulator.tokens.reader).rest.repos.get(repo);
    expect(data.permissions).toMatchObject({ admin: false, push: false, pull: true });
    for (const field of [
      'allow_merge_commit',
      'allow_squash_merge',
      'allow_rebase_merge',
      'allow_auto_merge',
    ]) {
      expect(data).not.toHaveProperty(field);
    }
  });

  it('refuses a PATCH field it does not model instead of ignoring it', async () => {
    emulator = await startSeededEmulator();
    const admin = octokitFor(emulator, emulator.tokens.admin);
    const failure = await errorOf(admin.rest.repos.update({ ...repo, has_wiki: false }));
    expect(failure).toMatchObject({
      status: 422,
      message: expect.stringContaining('does not model has_wiki'),
    });
  });
});

describe('GitHub emulator: Actions may not create or approve pull requests', () => {
  it('answers 403 to POST /pulls by the workflow token and opens nothing', async () => {
    emulator = await startSeededEmulator({ preset: 'new-repository' });
    await emulator.commitFiles({
      ...repo,
      branch: 'promo',
      from: 'main',
      files: { 'a.txt': 'a\n' },
      message: 'a',
    });
    emulator.takeEvents();
    const actions = octokitFor(emulator, emulator.tokens.actions);
    const failure = await errorOf(
      actions.rest.pulls.create({ ...repo, head: 'promo', base: 'main', title: 'Promote' }),
    );
    expect(failure.status).toBe(403);
    expect(failure.message).toContain('GitHub Actions is not permitted to create or approve pull requests.');
    expect(await emulator.listPullRequests(OWNER, REPO)).toEqual([]);
    expect(emulator.takeEvents()).toEqual([]);
    // The App token is not the workflow token: it may open the PR.
    const app = octokitFor(emulator, emulator.tokens.app);
    const created = await app.rest.pulls.create({ ...repo, head: 'promo', base: 'main', title: 'Promote' });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(created.data.url);
  });

  it('lets the workflow token open PRs once an admin allows it', async () => {
    emulator = await startSeededEmulator({ preset: 'new-repository' });
    await emulator.commitFiles({
      ...repo,
      branch: 'promo',
      from: 'main',
      files: { 'a.txt': 'a\n' },
      message: 'a',
    });
    await octokitFor(
      emulator,
      emulator.tokens.admin,
    ).rest.actions.setGithubActionsDefaultWorkflowPermissionsRepository({
      ...repo,
      default_workflow_permissions: 'write',
      can_approve_pull_request_reviews: true,
    });
    const actions = octokitFor(emulator, emulator.tokens.actions);
    const created = await actions.rest.pulls.create({
      ...repo,
      head: 'promo',
      base: 'main',
      title: 'Promote',
    });
    expect(created.data.user?.login).toBe('github-actions[bot]');
  });

  it('answers 403 to an approving review by the workflow token, but accepts its comments', async () => {
    emulator = await startSeededEmulator({ preset: 'new-repository' });
    const { number } = await openChange();
    const actions = octokitFor(emulator, emulator.tokens.actions);
    const failure = await errorOf(
      actions.rest.pulls.createReview({ ...repo, pull_number: number, event: 'APPROVE' }),
    );
    expect(failure).toMatchObject({
      status: 403,
      message: expect.stringContaining('not permitted to create or approve'),
    });
    await actions.rest.pulls.createReview({
      ...repo,
      pull_number: number,
      event: 'COMMENT',
      body: 'looks fine',
    });
    const reviews = await actions.rest.pulls.listReviews({ ...repo, pull_number: number });
    expect(reviews.data.map((review) => review.state)).toEqual(['COMMENTED']);
  });
});

describe('GitHub emulator merge refusals', () => {
  it.each([
    ['merge', { allowMergeCommit: false }, 'Merge commits are not allowed on this repository.'],
    ['squash', { allowSquashMerge: false }, 'Squash merges are not allowed on this repository.'],
    ['rebase', { allowRebaseMerge: false }, 'Rebase merges are not allowed on this repository.'],
  ] as const)(
    'answers 405 to a %s merge the settings disallow and leaves the base alone',
    async (method, off, message) => {
      emulator = await startSeededEmulator();
      emulator.setRepoSettings(OWNER, REPO, off);
      const { number } = await openChange();
      const before = await emulator.branchSha(OWNER, REPO, 'main');
      const octokit = octokitFor(emulator, emulator.tokens.user);
      const failure = await errorOf(
        octokit.rest.pulls.merge({ ...repo, pull_number: number, merge_method: method }),
      );
      expect(failure.status).toBe(405);
      expect(failure.message).toContain(message);
      expect(await emulator.branchSha(OWNER, REPO, 'main')).toBe(before);
      expect((await emulator.getPullRequest(OWNER, REPO, number)).state).toBe('open');
    },
  );

  it('requires approving reviews set with PUT …/protection before merging (405), then merges once approved', async () => {
    emulator = await startSeededEmulator({ preset: 'new-repository' });
    const admin = octokitFor(emulator, emulator.tokens.admin);
    const put = await admin.rest.repos.updateBranchProtection({
      ...repo,
      branch: 'main',
      required_status_checks: null,
      enforce_admins: null,
      required_pull_request_reviews: { required_approving_review_count: 1 },
      restrictions: null,
    });
    expect(put.data.required_pull_request_reviews?.required_approving_review_count).toBe(1);
    const got = await admin.rest.repos.getBranchProtection({ ...repo, branch: 'main' });
    expect(got.data.required_pull_request_reviews?.required_approving_review_count).toBe(1);
    const { number } = await openChange();
    const user = octokitFor(emulator, emulator.tokens.user);
    expect((await user.rest.pulls.get({ ...repo, pull_number: number })).data.mergeable_state).toBe(
      'blocked',
    );
    const failure = await errorOf(user.rest.pulls.merge({ ...repo, pull_number: number }));
    expect(failure).toMatchObject({
      status: 405,
      message: expect.stringContaining(
        'At least 1 approving review is required by reviewers with write access.',
      ),
    });
    await octokitFor(emulator, emulator.tokens.approver).rest.pulls.createReview({
      ...repo,
      pull_number: number,
      event: 'APPROVE',
    });
    expect((await user.rest.pulls.get({ ...repo, pull_number: number })).data.mergeable_state).toBe('clean');
    const merged = await user.rest.pulls.merge({ ...repo, pull_number: number });
    expect(git(emulator.gitDir(OWNER, REPO), 'rev-parse', 'main')).toBe(merged.data.sha);
  });

  it('deletes the head branch after the merge when delete_branch_on_merge is on', async () => {
    emulator = await startSeededEmulator();
    emulator.setRepoSettings(OWNER, REPO, { deleteBranchOnMerge: true });
    const { number } = await openChange('short-lived');
    await octokitFor(emulator, emulator.tokens.user).rest.pulls.merge({ ...repo, pull_number: number });
    expect(await emulator.branchSha(OWNER, REPO, 'short-lived')).toBeUndefined();
  });
});

describe('GitHub emulator auto-merge refusals (GraphQL enablePullRequestAutoMerge)', () => {
  const expectRefusal = async (nodeId: string, message: string) => {
    const octokit = octokitFor(emulator, emulator.tokens.actions);
    const { errors, data } = await graphqlErrorOf(octokit.graphql(ENABLE_AUTO_MERGE, { id: nodeId }));
    expect(errors).toEqual([
      expect.objectContaining({ type: 'UNPROCESSABLE', message, path: ['enablePullRequestAutoMerge'] }),
    ]);
    expect(data).toEqual({ enablePullRequestAutoMerge: null });
  };

  it('refuses when the repository does not allow auto-merge', async () => {
    emulator = await startSeededEmulator({ preset: 'new-repository' });
    const { nodeId, number } = await openChange();
    await expectRefusal(nodeId, 'Pull request Auto merge is not allowed for this repository');
    expect((await emulator.getPullRequest(OWNER, REPO, number)).autoMerge).toBe(false);
  });

  it('refuses when the base branch has no protection rule', async () => {
    emulator = await startSeededEmulator({ preset: 'new-repository' });
    emulator.setRepoSettings(OWNER, REPO, { allowAutoMerge: true });
    const { nodeId } = await openChange();
    await expectRefusal(nodeId, 'Pull request Protected branch rules not configured for this branch');
  });

  it('refuses a clean pull request (nothing pending) and an unstable one (an optional check failed)', async () => {
    emulator = await startSeededEmulator({ preset: 'permissive' });
    const { nodeId, headSha } = await openChange();
    await expectRefusal(nodeId, 'Pull request Pull request is in clean status');
    const octokit = octokitFor(emulator, emulator.tokens.actions);
    await octokit.rest.repos.createCommitStatus({ ...repo, sha: headSha, state: 'failure', context: 'lint' });
    await expectRefusal(nodeId, 'Pull request Pull request is in unstable status');
  });

  it('enables auto-merge while an approval is missing and merges when the approval arrives', async () => {
    emulator = await startSeededEmulator({ preset: 'permissive' });
    emulator.setBranchProtection(OWNER, REPO, 'main', { requiredApprovingReviewCount: 1 });
    const { nodeId, number } = await openChange();
    await octokitFor(emulator, emulator.tokens.actions).graphql(ENABLE_AUTO_MERGE, { id: nodeId });
    expect(await emulator.getPullRequest(OWNER, REPO, number)).toMatchObject({
      autoMerge: true,
      merged: false,
    });
    await octokitFor(emulator, emulator.tokens.approver).rest.pulls.createReview({
      ...repo,
      pull_number: number,
      event: 'APPROVE',
    });
    expect(await emulator.getPullRequest(OWNER, REPO, number)).toMatchObject({
      merged: true,
      state: 'closed',
    });
  });
});

describe('GitHub emulator workflow_dispatch validation', () => {
  const WORKFLOW = 'chain.yml';
  const dispatch = (inputs: Record<string, string>, ref = 'main') =>
    octokitFor(emulator, emulator.tokens.actions).rest.actions.createWorkflowDispatch({
      ...repo,
      workflow_id: WORKFLOW,
      ref,
      inputs,
    });

  const withWorkflow = async (source: string) => {
    emulator = await startSeededEmulator();
    await emulator.commitFiles({
      ...repo,
      branch: 'main',
      files: { [`.github/workflows/${WORKFLOW}`]: source },
      message: 'wf',
    });
    emulator.takeEvents();
  };

  it('refuses inputs the workflow does not declare (422 Unexpected inputs provided)', async () => {
    await withWorkflow('on:\n  workflow_dispatch:\n');
    const failure = await errorOf(dispatch({ 'merged-pr': '7', extra: 'x' }));
    expect(failure.status).toBe(422);
    expect(failure.message).toContain('Unexpected inputs provided: ["merged-pr", "extra"]');
    expect(emulator.takeEvents()).toEqual([]);
  });

  it("refuses a missing required input without default (422 Required input 'x' not provided)", async () => {
    await withWorkflow(
      'on:\n  workflow_dispatch:\n    inputs:\n      x:\n        required: true\n      y:\n        required: true\n        default: d\n',
    );
    const failure = await errorOf(dispatch({ y: 'given' }));
    expect(failure).toMatchObject({
      status: 422,
      message: expect.stringContaining("Required input 'x' not provided"),
    });
    await dispatch({ x: '1' });
    expect(emulator.takeEvents().map((event) => event.name)).toEqual(['workflow_dispatch']);
  });

  it('refuses a workflow without the workflow_dispatch trigger (422) and a missing workflow (404)', async () => {
    await withWorkflow('on:\n  push:\n    branches: [main]\n');
    expect(await errorOf(dispatch({}))).toMatchObject({
      status: 422,
      message: expect.stringContaining("Workflow does not have 'workflow_dispatch' trigger"),
    });
    const missing = octokitFor(emulator, emulator.tokens.actions).rest.actions.createWorkflowDispatch({
      ...repo,
      workflow_id: 'nope.yml',
      ref: 'main',
    });
    expect((await errorOf(missing)).status).toBe(404);
  });

  it('validates against the workflow file at the dispatched ref, not the default branch', async () => {
    await withWorkflow('on: [push, workflow_dispatch]\n');
    await emulator.commitFiles({
      ...repo,
      branch: 'next',
      from: 'main',
      files: { [`.github/workflows/${WORKFLOW}`]: 'on:\n  workflow_dispatch:\n    inputs:\n      pr: {}\n' },
      message: 'declare pr',
    });
    expect((await errorOf(dispatch({ pr: '1' }))).message).toContain('Unexpected inputs provided: ["pr"]');
    await dispatch({ pr: '1' }, 'next');
    expect(emulator.takeEvents().filter((event) => event.name === 'workflow_dispatch')).toHaveLength(1);
  });
});
