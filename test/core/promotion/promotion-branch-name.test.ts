import { describe, expect, it } from 'vitest';
import { promotionBranchName } from '../../../src/core/promotion/promotion-branch-name.js';

describe('promotionBranchName', () => {
  it.each([
    [11, 'originBranch', ['targetPath1', 'targetPath2'], 'promotions/11-originBranch-676f02019f18'],
    [
      120,
      'feature/my-change',
      ['prod/eu-east-1/', 'prod/eu-west-1/'],
      'promotions/120-feature-my-change-04c4d520b9e9',
    ],
    [7, 'main', ['clusters/prod/us-west1/c2/'], 'promotions/7-main-3959e87c1f89'],
    [
      1,
      'main',
      ['clusters/dev/us-east4/c2/', 'clusters/staging/us-central1/c1/'],
      'promotions/1-main-e6f745b8d770',
    ],
    [1, 'main', ['live/'], 'promotions/1-main-c0c99e7fe3ae'],
    [1, 'main', ['prod/eu-west-1/'], 'promotions/1-main-1770627ce198'],
  ])('names PR %i from %s to %j as the Go bot does', (pr, ref, targets, expected) => {
    expect(promotionBranchName(pr, ref, targets)).toBe(expected);
  });

  it('hashes the targets in sorted order whatever order they are given in', () => {
    expect(promotionBranchName(11, 'originBranch', ['targetPath2', 'targetPath1'])).toBe(
      'promotions/11-originBranch-676f02019f18',
    );
  });

  it('replaces every slash of the head ref, also of a promotion branch on the next hop', () => {
    expect(promotionBranchName(93, 'promotions/92-a/b-0123456789ab', ['live/'])).toBe(
      'promotions/93-promotions-92-a-b-0123456789ab-c0c99e7fe3ae',
    );
  });

  it('cuts the head ref at 200 code points, counting an emoji as one', () => {
    const name = promotionBranchName(5, '🚀'.repeat(300), ['live/']);
    expect(name).toBe(`promotions/5-${'🚀'.repeat(200)}-c0c99e7fe3ae`);
    expect([...name]).toHaveLength(226);
  });

  it('never exceeds 250 code points, even with an absurd PR number', () => {
    const name = promotionBranchName(Number.MAX_SAFE_INTEGER, 'x'.repeat(400), ['live/']);
    expect([...name].length).toBeLessThanOrEqual(250);
    expect(name.endsWith('-c0c99e7fe3ae')).toBe(true);
  });
});
