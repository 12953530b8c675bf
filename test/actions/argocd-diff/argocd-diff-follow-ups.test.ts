import { afterEach, describe, expect, it } from 'vitest';
import { metadataComment } from '../../../src/core/promotion/encode-promotion-metadata.js';
import {
  configWith,
  deployment,
  headShaOf,
  numberOf,
  OWNER,
  REPO,
  startArgoCdDiffFixture,
  type ArgoCdDiffFixture,
} from './argocd-diff-fixture.js';

let fixture: ArgoCdDiffFixture;

afterEach(async () => {
  await fixture.close();
});

describe('argocd-diff action: noop label and no-diff auto-merge', () => {
  it('labels a PR without app changes noop, and takes the label off when a later push brings a diff, editing the comment in place', async () => {
    fixture = await startArgoCdDiffFixture({
      config: configWith('commentDiffonPR: true\nautoMergeNoDiffPRs: true'),
    });
    fixture.addApp('nginx-workspace', 'workspace/nginx');
    const opened = await fixture.openPr('feature/comment-only', { 'workspace/nginx/README.md': 'docs\n' });
    const number = numberOf(opened);
    const same = { target: [deployment('nginx', 'nginx:1.26')], live: [deployment('nginx', 'nginx:1.26')] };
    fixture.setApp('nginx-workspace', headShaOf(opened), same);

    const first = await fixture.run('pull_request', opened);

    expect(first.exitCode).toBe(0);
    expect(first.outputs['has-diff']).toBe('false');
    let pr = await fixture.github.getPullRequest(OWNER, REPO, number);
    expect(pr.labels).toEqual(['noop']);
    expect(pr.merged).toBe(false); // no-diff auto-merge is for promotion PRs only
    expect((await fixture.statuses(headShaOf(opened)))[0]).toMatchObject({
      state: 'success',
      description: 'No changes in 1 app',
    });
    const [comment] = fixture.botComments(number);
    expect(comment!.body).toContain('No diff 🤷');

    const pushed = await fixture.push('feature/comment-only', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    fixture.setApp('nginx-workspace', headShaOf(pushed), {
      target: [deployment('nginx', 'nginx:1.27')],
      live: [deployment('nginx', 'nginx:1.26')],
    });
    const second = await fixture.run('pull_request', pushed);

    expect(second.exitCode).toBe(0);
    expect(second.outputs['has-diff']).toBe('true');
    pr = await fixture.github.getPullRequest(OWNER, REPO, number);
    expect(pr.labels).toEqual([]);
    const after = fixture.botComments(number);
    expect(after.map((c) => c.id)).toEqual([comment!.id]);
    expect(after[0]!.body).toContain('+ nginx:1.27');
    expect(second.summary).toContain('Label removed: `noop`.');
    expect((await fixture.statuses(headShaOf(pushed)))[0]).toMatchObject({
      state: 'success',
      description: '1 of 1 app change',
    });
  });

  it('merges a promotion PR whose apps do not change, diffing the promoted paths of its metadata', async () => {
    fixture = await startArgoCdDiffFixture({
      config: configWith('commentDiffonPR: true\nautoMergeNoDiffPRs: true'),
    });
    fixture.addApp('nginx-lab', 'clusters/lab/europe-west4/c1/nginx');
    fixture.addApp('nginx-workspace', 'workspace/nginx');
    const body = `Promotion of #1\n\n${metadataComment({
      originalPrAuthor: 'alice',
      originalPrNumber: 1,
      promotedPaths: ['clusters/lab/europe-west4/c1/nginx/'],
      previousPromotionPaths: {
        '1': { sourcePath: 'workspace/', targetPaths: ['clusters/lab/europe-west4/c1/'] },
      },
    })}`;
    const opened = await fixture.openPr(
      'promotions/1-feature-x-0123456789ab',
      { 'clusters/lab/europe-west4/c1/nginx/deployment.yaml': 'same rendering\n' },
      { labels: ['promotion'], body, user: 'telefonistka[bot]' },
    );
    const sha = headShaOf(opened);
    fixture.setApp('nginx-lab', sha, {
      target: [deployment('nginx', 'nginx:1.26')],
      live: [deployment('nginx', 'nginx:1.26')],
    });

    const run = await fixture.run('pull_request', opened);

    expect(run.exitCode).toBe(0);
    const pr = await fixture.github.getPullRequest(OWNER, REPO, numberOf(opened));
    expect(pr.merged).toBe(true);
    expect(pr.labels).toEqual(['promotion', 'noop']);
    expect(run.summary).toContain('Merged: no app changes.');
    // Only the promoted path was diffed, not workspace/nginx.
    expect(fixture.argocd.countRequests({ app: 'nginx-workspace' })).toBe(0);
    expect((await fixture.statuses(sha))[0]).toMatchObject({ state: 'success' });
  });

  it('does not merge a no-diff promotion PR when an app failed to diff', async () => {
    fixture = await startArgoCdDiffFixture({
      config: configWith('commentDiffonPR: true\nautoMergeNoDiffPRs: true'),
    });
    fixture.addApp('nginx-lab', 'clusters/lab/europe-west4/c1/nginx');
    const body = metadataComment({
      originalPrAuthor: 'alice',
      originalPrNumber: 1,
      promotedPaths: ['clusters/lab/europe-west4/c1/nginx'],
      previousPromotionPaths: {},
    });
    const opened = await fixture.openPr(
      'promotions/1-feature-y-0123456789ab',
      { 'clusters/lab/europe-west4/c1/nginx/deployment.yaml': 'x\n' },
      { labels: ['promotion'], body, user: 'telefonistka[bot]' },
    );
    fixture.setApp('nginx-lab', headShaOf(opened), {
      target: [deployment('nginx', 'nginx:1.26')],
      live: [deployment('nginx', 'nginx:1.26')],
    });
    fixture.argocd.faults.hang('nginx-lab', { operation: 'ApplicationService_ManagedResources' });

    const run = await fixture.run('pull_request', opened);

    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/nginx-lab: .*timeout of 2000ms exceeded/);
    const pr = await fixture.github.getPullRequest(OWNER, REPO, numberOf(opened));
    expect(pr.merged).toBe(false);
    expect(pr.labels).toEqual(['promotion']);
  });
});
