import { afterEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from '../support/github-emulator/index.js';
import { unmetChecks } from '../support/github-emulator/merge-requirements.js';
import type { StatusRecord } from '../support/github-emulator/state.js';
import { errorOf, octokitFor, OWNER, REPO, startSeededEmulator } from './emulator-fixture.js';

const repo = { owner: OWNER, repo: REPO };

let emulator: GitHubEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function openChange(branch: string) {
  if (emulator === undefined) throw new Error('start the emulator first');
  await emulator.commitFiles({
    ...repo,
    branch,
    from: 'main',
    files: { [`${branch}.txt`]: 'x\n' },
    message: branch,
  });
  return emulator.openPullRequest({ ...repo, head: branch, base: 'main', title: branch, user: 'alice' });
}

describe('GitHub emulator: repository rulesets', () => {
  it('lists the rules of the default branch to any reader, and none for another branch', async () => {
    emulator = await startSeededEmulator({ preset: 'new-repository' });
    const id = emulator.addRuleset(OWNER, REPO, {
      name: 'main',
      requiredApprovingReviewCount: 1,
      requiredStatusChecks: ['ci'],
    });
    const reader = octokitFor(emulator, emulator.tokens.reader);
    const { data } = await reader.request('GET /repos/{owner}/{repo}/rules/branches/{branch}', {
      ...repo,
      branch: 'main',
    });
    expect(data).toEqual([
      expect.objectContaining({
        type: 'pull_request',
        ruleset_id: id,
        parameters: expect.objectContaining({ required_approving_review_count: 1 }),
      }),
      expect.objectContaining({
        type: 'required_status_checks',
        parameters: expect.objectContaining({ required_status_checks: [{ context: 'ci' }] }),
      }),
    ]);
    const other = await reader.request('GET /repos/{owner}/{repo}/rules/branches/{branch}', {
      ...repo,
      branch: 'feature/x',
    });
    expect(other.data).toEqual([]);
  });

  it('refuses the merge with "Repository rule violations found" until a writer approves', async () => {
    emulator = await startSeededEmulator({ preset: 'new-repository' });
    emulator.addRuleset(OWNER, REPO, { name: 'reviews', requiredApprovingReviewCount: 1 });
    const pull = await openChange('change');
    const before = await emulator.branchSha(OWNER, REPO, 'main');
    const alice = octokitFor(emulator, emulator.tokens.user);
    expect(await errorOf(alice.rest.pulls.merge({ ...repo, pull_number: pull.number }))).toEqual({
      status: 405,
      message: expect.stringContaining(
        'Repository rule violations found\n\nAt least 1 approving review is required by reviewers with write access.',
      ),
    });
    expect(await emulator.branchSha(OWNER, REPO, 'main')).toBe(before);
    const { data } = await alice.rest.pulls.get({ ...repo, pull_number: pull.number });
    expect(data.mergeable_state).toBe('blocked');
    await octokitFor(emulator, emulator.tokens.approver).rest.pulls.createReview({
      ...repo,
      pull_number: pull.number,
      event: 'APPROVE',
    });
    expect((await alice.rest.pulls.merge({ ...repo, pull_number: pull.number })).data.merged).toBe(true);
  });

  it('counts as a protection rule for auto-merge: no "Protected branch rules not configured"', async () => {
    emulator = await startSeededEmulator({ preset: 'new-repository' });
    emulator.setRepoSettings(OWNER, REPO, { allowAutoMerge: true });
    emulator.addRuleset(OWNER, REPO, { name: 'checks', requiredStatusChecks: ['ci'] });
    const pull = await openChange('auto');
    await octokitFor(emulator, emulator.tokens.user).graphql(
      'mutation($id: ID!) { enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: MERGE }) { clientMutationId } }',
      { id: pull.nodeId },
    );
    expect(await emulator.getPullRequest(OWNER, REPO, pull.number)).toMatchObject({
      autoMerge: true,
      merged: false,
    });
  });

  it('counts several unmet required status checks as GitHub does, and names a single one', async () => {
    emulator = await startSeededEmulator({ preset: 'new-repository' });
    emulator.addRuleset(OWNER, REPO, { name: 'checks', requiredStatusChecks: ['build', 'test'] });
    const pull = await openChange('checked');
    const alice = octokitFor(emulator, emulator.tokens.user);
    const merge = () => errorOf(alice.rest.pulls.merge({ ...repo, pull_number: pull.number }));
    expect(await merge()).toEqual({
      status: 405,
      message: expect.stringContaining(
        'Repository rule violations found\n\n2 of 2 required status checks are expected.',
      ),
    });
    await alice.rest.repos.createCommitStatus({
      ...repo,
      sha: (await emulator.branchSha(OWNER, REPO, 'checked'))!,
      context: 'build',
      state: 'failure',
    });
    expect((await merge()).message).toContain(
      '2 of 2 required status checks have not succeeded: 1 expected and 1 failing.',
    );
  });
});

describe("unmetChecks: GitHub's sentence for required status checks", () => {
  const status = (context: string, state: StatusRecord['state']) => ({ context, state }) as StatusRecord;
  it.each([
    [['ci'], [], 'Required status check "ci" is expected.'],
    [['ci'], [status('ci', 'pending')], 'Required status check "ci" is pending.'],
    [['ci'], [status('ci', 'error')], 'Required status check "ci" is failing.'],
    [['ci'], [status('ci', 'success')], undefined],
    [['a', 'b', 'c'], [status('c', 'success')], '2 of 3 required status checks are expected.'],
    [
      ['a', 'b', 'c'],
      [status('a', 'pending'), status('b', 'failure')],
      '3 of 3 required status checks have not succeeded: 1 expected, 1 pending and 1 failing.',
    ],
  ] as const)('%j with %j: %s', (required, latest, expected) => {
    expect(unmetChecks(required, latest)).toBe(expected);
  });
});
