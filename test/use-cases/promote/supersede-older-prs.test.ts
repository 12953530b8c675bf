import { describe, expect, it } from 'vitest';
import type { CommentInfo, GitHubPort, PullRequestInfo } from '../../../src/ports/github-port.js';
import { silentLogger } from '../../../src/ports/logger.js';
import type { PromotionContext } from '../../../src/use-cases/promote/promotion-context.js';
import { supersedeOlderPrs } from '../../../src/use-cases/promote/supersede-older-prs.js';

function pr(number: number, branch: string): PullRequestInfo {
  return {
    number,
    nodeId: `PR_${number}`,
    url: `https://github.test/acme/iac/pull/${number}`,
    title: 'promotion',
    body: 'Promotion path(x):',
    state: 'open',
    merged: false,
    headRef: branch,
    headSha: 'sha',
    baseRef: 'main',
    baseSha: 'base',
    author: 'telefonistka[bot]',
    labels: ['promotion'],
    mergeCommitSha: undefined,
  };
}

/** A GitHub fake holding comments and PR states; every other port method is unused and throws. */
function fakeContext(open: PullRequestInfo[], existing: CommentInfo[] = []) {
  const comments = new Map<number, CommentInfo[]>([[3, [...existing]]]);
  const closed: number[] = [];
  const github = new Proxy({} as GitHubPort, {
    get: (_target, name) => {
      if (name === 'listComments') return (n: number) => Promise.resolve(comments.get(n) ?? []);
      if (name === 'createComment')
        return (n: number, body: string) => {
          const comment = { id: 1, nodeId: 'C', body, author: 'telefonistka[bot]' };
          comments.set(n, [...(comments.get(n) ?? []), comment]);
          return Promise.resolve(comment);
        };
      if (name === 'updatePullRequest')
        return (n: number, change: { state?: string }) => {
          if (change.state === 'closed') closed.push(n);
          return Promise.resolve();
        };
      return () => Promise.reject(new Error(`unexpected call ${String(name)}`));
    },
  });
  const context = { github, logger: silentLogger, openPromotionPrs: open } as unknown as PromotionContext;
  return { context, comments, closed };
}

const older = pr(3, 'promotions/3-y-def');

describe('supersedeOlderPrs', () => {
  it('closes an older PR with one comment linking the newer PR and naming the shared targets', async () => {
    const { context, comments, closed } = fakeContext([older, pr(4, 'promotions/4-z')]);
    expect(
      await supersedeOlderPrs([{ pr: older, sharedTargets: ['prod/a/nginx'] }], 9, 'close', context),
    ).toEqual([3]);
    expect(comments.get(3)?.map((c) => c.body)).toEqual([
      expect.stringMatching(
        /^<!-- telefonistka_tag -->\n<!-- telefonistka:superseded-by 9 -->\nSuperseded by #9, which promotes newer content to `prod\/a\/nginx`\. This PR was closed/,
      ),
    ]);
    expect(closed).toEqual([3]);
    expect(context.openPromotionPrs.map((p) => p.number)).toEqual([4]);
  });

  it('comments once per pair with supersede: comment, however often it runs (issue 17, Low)', async () => {
    const { context, comments, closed } = fakeContext([older]);
    for (let run = 0; run < 3; run++) {
      context.openPromotionPrs = [older];
      await supersedeOlderPrs([{ pr: older, sharedTargets: ['prod/b/nginx'] }], 9, 'comment', context);
    }
    expect(comments.get(3)).toHaveLength(1);
    expect(comments.get(3)?.[0]?.body).toContain('Do not merge this PR');
    await supersedeOlderPrs([{ pr: older, sharedTargets: ['prod/b/nginx'] }], 12, 'comment', context);
    expect(comments.get(3)).toHaveLength(2);
    expect(closed).toEqual([]);
  });

  it('is not silenced by a look-alike comment from someone else', async () => {
    const forged = { id: 7, nodeId: 'F', body: '<!-- telefonistka:superseded-by 9 -->', author: 'reader' };
    const { context, comments } = fakeContext([older], [forged]);
    await supersedeOlderPrs([{ pr: older, sharedTargets: ['prod/b/nginx'] }], 9, 'comment', context);
    expect(comments.get(3)).toHaveLength(2);
  });

  it('does nothing with supersede: off', async () => {
    const { context, comments, closed } = fakeContext([older]);
    expect(await supersedeOlderPrs([{ pr: older, sharedTargets: ['x'] }], 9, 'off', context)).toEqual([]);
    expect(comments.get(3)).toEqual([]);
    expect(closed).toEqual([]);
  });
});
