import { describe, expect, it } from 'vitest';
import { encodePromotionMetadata } from '../../../src/core/promotion/encode-promotion-metadata.js';
import type { Promotion, PromotionMetadata } from '../../../src/core/promotion/types.js';
import type { GitHubPort, PullRequestInfo } from '../../../src/ports/git-hub-port.js';
import { silentLogger } from '../../../src/ports/logger.js';
import type { PromotionContext } from '../../../src/use-cases/promote/promotion-context.js';
import { supersedeOlderPrs } from '../../../src/use-cases/promote/supersede-older-prs.js';

const metadata = (promotedPaths: string[]): PromotionMetadata => ({
  originalPrAuthor: 'alice',
  originalPrNumber: 1,
  promotedPaths,
  previousPromotionPaths: {},
});

function pr(number: number, branch: string, promotedPaths: string[]): PullRequestInfo {
  return {
    number,
    nodeId: `PR_${number}`,
    url: `https://github.test/acme/iac/pull/${number}`,
    title: 'promotion',
    body: `Promotion path(x):\n\n<!--|Telefonistka data, do not delete|${encodePromotionMetadata(metadata(promotedPaths))}|-->`,
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

/** Records the writes supersedeOlderPrs makes; every other port method is unused and throws. */
function recordingContext(open: PullRequestInfo[]) {
  const writes: string[] = [];
  const github = new Proxy({} as GitHubPort, {
    get: (_target, name) => {
      if (name === 'createComment')
        return (n: number, body: string) => (writes.push(`comment #${n}: ${body}`), Promise.resolve());
      if (name === 'updatePullRequest')
        return (n: number, change: { state?: string }) => (
          writes.push(`update #${n}: ${change.state ?? ''}`),
          Promise.resolve()
        );
      return () => Promise.reject(new Error(`unexpected call ${String(name)}`));
    },
  });
  const context = { github, logger: silentLogger, openPromotionPrs: open } as unknown as PromotionContext;
  return { context, writes };
}

const promotion = {
  branch: 'promotions/9-x-abc',
  metadata: metadata(['prod/a/nginx', 'prod/b/nginx']),
} as Promotion;
const current = pr(9, 'promotions/9-x-abc', ['prod/a/nginx', 'prod/b/nginx']);

describe('supersedeOlderPrs', () => {
  it('closes older open promotion PRs that share a target, with a link to the new PR', async () => {
    const { context, writes } = recordingContext([
      pr(3, 'promotions/3-y-def', ['prod/a/nginx']),
      pr(4, 'promotions/4-z-123', ['prod/c/nginx']),
      current,
    ]);
    expect(await supersedeOlderPrs(promotion, current, 'close', context)).toEqual([3]);
    expect(writes).toEqual([
      expect.stringMatching(
        /^comment #3: <!-- telefonistka_tag -->\nSuperseded by #9, which promotes newer content to `prod\/a\/nginx`\./,
      ),
      'update #3: closed',
    ]);
    expect(context.openPromotionPrs.map((p) => p.number)).toEqual([4, 9]);
  });

  it('only comments with supersede: comment, and does nothing with supersede: off', async () => {
    const commented = recordingContext([pr(3, 'promotions/3-y-def', ['prod/b/nginx'])]);
    expect(await supersedeOlderPrs(promotion, current, 'comment', commented.context)).toEqual([3]);
    expect(commented.writes).toHaveLength(1);
    expect(commented.writes[0]).toContain('Do not merge this PR');
    const off = recordingContext([pr(3, 'promotions/3-y-def', ['prod/b/nginx'])]);
    expect(await supersedeOlderPrs(promotion, current, 'off', off.context)).toEqual([]);
    expect(off.writes).toEqual([]);
  });

  it('leaves newer PRs, the PR on the same branch and PRs without metadata alone', async () => {
    const noMetadata = { ...pr(2, 'promotions/2-old', []), body: 'hand-written' };
    const { context, writes } = recordingContext([
      pr(12, 'promotions/12-n', ['prod/a/nginx']),
      noMetadata,
      current,
    ]);
    expect(await supersedeOlderPrs(promotion, current, 'close', context)).toEqual([]);
    expect(writes).toEqual([]);
  });
});
