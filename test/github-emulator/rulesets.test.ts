import { afterEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from '../support/github-emulator/index.js';
import { errorOf, octokitFor, OWNER, REPO, startSeededEmulator } from './emulator-fixture.js';

const repo = { owner: OWNER, repo: REPO };

let emulator: GitHubEmulator;
afterEach(async () => emulator?.close());

async function openChange(branch: string) {
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
});
