import { describe, expect, it } from 'vitest';
import { ExternalError } from '../../../src/core/errors/external-error.js';
import { silentLogger } from '../../../src/ports/logger.js';
import { mergeWithRetry } from '../../../src/use-cases/shared/merge-with-retry.js';
import { createFakeGitHub } from '../../support/fake-github/create-fake-github.js';

/** A 502 the client got without an answer from GitHub (the adapter's error for it). */
const noAnswer = () =>
  new ExternalError('Server Error', { service: 'GitHub', operation: 'merge #1', status: 502 });

function setUp() {
  const fake = createFakeGitHub({ files: { 'apps/a.yaml': 'a: 1\n' }, permissions: { alice: 'write' } });
  fake.commit({
    branch: 'feature',
    files: { 'apps/a.yaml': 'a: 2\n' },
    parents: [fake.branches.get('main')!],
  });
  const pr = fake.openPullRequest({ head: 'feature', title: 'Change', author: 'alice' });
  const merge = () =>
    mergeWithRetry(fake.github, pr.number, {
      sha: fake.branches.get('feature')!,
      logger: silentLogger,
      sleep: () => Promise.resolve(),
    });
  return { fake, number: pr.number, merge };
}

describe('mergeWithRetry', () => {
  it('retries a merge call that got no answer while the PR stayed open, and merges once', async () => {
    const { fake, number, merge } = setUp();
    fake.failOn('mergePullRequest', noAnswer());
    const outcome = await merge();
    const pr = fake.pullRequestInfo(number);
    expect(outcome).toEqual({ merged: true, sha: pr.mergeCommitSha });
    expect(fake.calls.filter((call) => call === 'mergePullRequest')).toHaveLength(2);
  });

  it('takes a merge whose answer was lost for its own when the PR is merged by its identity at the checked head', async () => {
    const { fake, number, merge } = setUp();
    fake.beforeNext('mergePullRequest', () => fake.mergeAs(number, 'telefonistka[bot]'));
    fake.failOn('mergePullRequest', noAnswer());
    const outcome = await merge();
    expect(outcome).toEqual({ merged: true, sha: fake.pullRequestInfo(number).mergeCommitSha });
  });

  it.each([
    {
      who: 'another run of the same identity, answered with a refusal',
      login: 'telefonistka[bot]',
      lost: false,
    },
    { who: 'a person, with the answer lost', login: 'alice', lost: true },
    { who: 'a person, answered with a refusal', login: 'alice', lost: false },
  ])('reports a PR merged by $who as merged elsewhere', async ({ login, lost }) => {
    const { fake, number, merge } = setUp();
    fake.beforeNext('mergePullRequest', () => fake.mergeAs(number, login));
    if (lost) fake.failOn('mergePullRequest', noAnswer());
    const outcome = await merge();
    const sha = fake.pullRequestInfo(number).mergeCommitSha!;
    expect(outcome).toEqual({
      merged: false,
      refusal: 'merged-elsewhere',
      message: `merged by @${login} as ${sha.slice(0, 12)}, not by this run`,
    });
  });

  it('throws an answered failure it cannot classify without reading the PR as a merge', async () => {
    const { fake, merge } = setUp();
    const answered = new ExternalError('Teapot', { service: 'GitHub', operation: 'merge #1', status: 418 });
    fake.failOn('mergePullRequest', answered);
    await expect(merge()).rejects.toBe(answered);
    expect(fake.calls.filter((call) => call === 'getPullRequest')).toEqual([]);
  });
});
