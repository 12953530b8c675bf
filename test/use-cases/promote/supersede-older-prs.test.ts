import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/ports/logger.js';
import {
  supersedeOlderPrs,
  type SupersedeContext,
} from '../../../src/use-cases/promote/supersede-older-prs.js';
import { createFakeGitHub } from '../../support/fake-github/create-fake-github.js';

/** Open promotion PRs #3 and #4 by this tool; `forged` is a look-alike comment on #3 by a reader. */
function setUp(forged?: string) {
  const fake = createFakeGitHub();
  for (const [number, head] of [
    [3, 'promotions/3-y-def'],
    [4, 'promotions/4-z'],
  ] as const) {
    fake.openPullRequest({
      number,
      head,
      title: 'promotion',
      body: 'Promotion path(x):',
      author: 'telefonistka[bot]',
      labels: ['promotion'],
      files: { [`prod/${number}/nginx/values.yaml`]: 'v' },
    });
  }
  if (forged !== undefined) fake.addComment(3, forged, 'reader');
  const older = fake.pullRequestInfo(3);
  const context: SupersedeContext = {
    github: fake.github,
    logger: silentLogger,
    openPromotionPrs: [older, fake.pullRequestInfo(4)],
  };
  const bodiesOn = (number: number) =>
    fake.state.comments.filter((c) => c.issueNumber === number).map((c) => c.body);
  const closed = () => fake.state.pulls.filter((p) => p.state === 'closed').map((p) => p.number);
  return { fake, older, context, bodiesOn, closed };
}

describe('supersedeOlderPrs', () => {
  it('closes an older PR with one comment linking the newer PR and naming the shared targets', async () => {
    const { older, context, bodiesOn, closed } = setUp();
    expect(
      await supersedeOlderPrs([{ pr: older, sharedTargets: ['prod/a/nginx'] }], 9, 'close', context),
    ).toEqual([3]);
    expect(bodiesOn(3)).toEqual([
      expect.stringMatching(
        /^<!-- telefonistka_tag -->\n<!-- telefonistka:superseded-by 9 -->\nSuperseded by #9, which promotes newer content to `prod\/a\/nginx`\. This PR was closed/,
      ),
    ]);
    expect(closed()).toEqual([3]);
    expect(context.openPromotionPrs.map((p) => p.number)).toEqual([4]);
  });

  it('comments once per pair with supersede: comment, however often it runs (issue 17, Low)', async () => {
    const { older, context, bodiesOn, closed } = setUp();
    for (let run = 0; run < 3; run++) {
      context.openPromotionPrs = [older];
      await supersedeOlderPrs([{ pr: older, sharedTargets: ['prod/b/nginx'] }], 9, 'comment', context);
    }
    expect(bodiesOn(3)).toHaveLength(1);
    expect(bodiesOn(3)[0]).toContain('Do not merge this PR');
    await supersedeOlderPrs([{ pr: older, sharedTargets: ['prod/b/nginx'] }], 12, 'comment', context);
    expect(bodiesOn(3)).toHaveLength(2);
    expect(closed()).toEqual([]);
  });

  it('is not silenced by a look-alike comment from someone else', async () => {
    const { older, context, bodiesOn } = setUp('<!-- telefonistka:superseded-by 9 -->');
    await supersedeOlderPrs([{ pr: older, sharedTargets: ['prod/b/nginx'] }], 9, 'comment', context);
    expect(bodiesOn(3)).toHaveLength(2);
  });

  it('does nothing with supersede: off', async () => {
    const { fake, older, context, bodiesOn, closed } = setUp();
    expect(await supersedeOlderPrs([{ pr: older, sharedTargets: ['x'] }], 9, 'off', context)).toEqual([]);
    expect(bodiesOn(3)).toEqual([]);
    expect(closed()).toEqual([]);
    expect(fake.github.callCount()).toBe(0);
  });
});
