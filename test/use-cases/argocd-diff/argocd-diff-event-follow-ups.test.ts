// Moved in-process from the bundle tests (issue 14 item 1): the noop
// label, the no-diff auto-merge of promotion PRs, and promotion metadata believed only from this action's PRs.
import { afterEach, describe, expect, it } from 'vitest';
import { metadataComment } from '../../../src/core/promotion/encode-promotion-metadata.js';
import {
  configWith,
  deployment,
  headShaOf,
  numberOf,
  OWNER,
  REPO,
  startArgoCdDiffEventHarness,
  type ArgoCdDiffEventHarness,
} from './argocd-diff-event-harness.js';

let fixture: ArgoCdDiffEventHarness | undefined;

afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

const start = async () =>
  (fixture = await startArgoCdDiffEventHarness({
    config: configWith('commentDiffonPR: true\nautoMergeNoDiffPRs: true'),
  }));
const same = { target: [deployment('nginx', 'nginx:1.26')], live: [deployment('nginx', 'nginx:1.26')] };
const promotionBody = (author: string) =>
  `Promotion of #1\n\n${metadataComment({
    originalPrAuthor: author,
    originalPrNumber: 1,
    promotedPaths: ['clusters/lab/europe-west4/c1/nginx/'],
    previousPromotionPaths: {
      '1': { sourcePath: 'workspace/', targetPaths: ['clusters/lab/europe-west4/c1/'] },
    },
  })}`;

describe('diffPullRequest: noop label and no-diff auto-merge', { timeout: 90_000 }, () => {
  it('labels a PR without app changes noop, and takes the label off when a later push brings a diff, editing the comment in place', async () => {
    const f = await start();
    f.addApp('nginx-workspace', 'workspace/nginx');
    const opened = await f.openPr('feature/comment-only', { 'workspace/nginx/README.md': 'docs\n' });
    const number = numberOf(opened);
    f.setApp('nginx-workspace', headShaOf(opened), same);

    const first = await f.diff(opened);

    expect(first).toMatchObject({ failures: [], hasDiff: false, noop: true });
    let pr = await f.github.getPullRequest(OWNER, REPO, number);
    expect(pr.labels).toEqual(['noop']);
    expect(pr.merged).toBe(false); // no-diff auto-merge is for promotion PRs only
    expect((await f.statuses(headShaOf(opened)))[0]).toMatchObject({
      state: 'success',
      description: 'No changes in 1 app',
    });
    const [comment] = f.botComments(number);
    expect(comment!.body).toContain('No diff 🤷');

    const pushed = await f.push('feature/comment-only', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    f.setApp('nginx-workspace', headShaOf(pushed), {
      target: [deployment('nginx', 'nginx:1.27')],
      live: [deployment('nginx', 'nginx:1.26')],
    });
    const second = await f.diff(pushed);

    expect(second).toMatchObject({ failures: [], hasDiff: true, labels: { added: [], removed: ['noop'] } });
    pr = await f.github.getPullRequest(OWNER, REPO, number);
    expect(pr.labels).toEqual([]);
    const after = f.botComments(number);
    expect(after.map((c) => c.id)).toEqual([comment!.id]);
    expect(after[0]!.body).toContain('+ nginx:1.27');
    expect(second.summary).toContain('Label removed: `noop`.');
    expect((await f.statuses(headShaOf(pushed)))[0]).toMatchObject({
      state: 'success',
      description: '1 of 1 app change',
    });
  });

  it('merges a promotion PR whose apps do not change, diffing the promoted paths of its metadata', async () => {
    const f = await start();
    f.addApp('nginx-lab', 'clusters/lab/europe-west4/c1/nginx');
    f.addApp('nginx-workspace', 'workspace/nginx');
    const opened = await f.openPr(
      'promotions/1-feature-x-0123456789ab',
      { 'clusters/lab/europe-west4/c1/nginx/deployment.yaml': 'same rendering\n' },
      { labels: ['promotion'], body: promotionBody('alice'), user: 'telefonistka[bot]' },
    );
    const sha = headShaOf(opened);
    f.setApp('nginx-lab', sha, same);

    const run = await f.diff(opened);

    expect(run.failures).toEqual([]);
    expect(run.autoMerge).toMatchObject({ merged: true });
    const pr = await f.github.getPullRequest(OWNER, REPO, numberOf(opened));
    expect(pr.merged).toBe(true);
    expect(pr.labels).toEqual(['promotion', 'noop']);
    expect(
      await f.github.readFile(OWNER, REPO, 'main', 'clusters/lab/europe-west4/c1/nginx/deployment.yaml'),
    ).toBe('same rendering\n');
    // Only the promoted path was diffed, not workspace/nginx.
    expect(f.argocd.countRequests({ app: 'nginx-workspace' })).toBe(0);
    expect((await f.statuses(sha))[0]).toMatchObject({ state: 'success' });
  });

  it('does not merge a no-diff promotion PR when an app failed to diff', async () => {
    const f = await start();
    f.addApp('nginx-lab', 'clusters/lab/europe-west4/c1/nginx');
    const opened = await f.openPr(
      'promotions/1-feature-y-0123456789ab',
      { 'clusters/lab/europe-west4/c1/nginx/deployment.yaml': 'x\n' },
      { labels: ['promotion'], body: promotionBody('alice'), user: 'telefonistka[bot]' },
    );
    f.setApp('nginx-lab', headShaOf(opened), same);
    // A hung request is cut by the adapter's timeout (the e2e suite covers the 2 s input; 300 ms here).
    f.argocd.faults.hang('nginx-lab', { operation: 'ApplicationService_ManagedResources' });

    const run = await f.diff(opened, { argocdTimeoutMs: 300 });

    expect(run.failures).toHaveLength(1);
    expect(run.failures[0]).toMatch(/nginx-lab: .*timeout of 300ms exceeded/);
    const pr = await f.github.getPullRequest(OWNER, REPO, numberOf(opened));
    expect(pr.merged).toBe(false);
    expect(pr.labels).toEqual(['promotion']);
    expect((await f.statuses(headShaOf(opened)))[0]).toMatchObject({ state: 'error' });
  });
});

describe(
  'diffPullRequest: promotion metadata from PRs this action did not open (issue 17 item 3)',
  { timeout: 90_000 },
  () => {
    it('neither labels noop nor merges a person’s PR with forged metadata, and diffs the component it really changes', async () => {
      const f = await start();
      f.addApp('nginx-lab', 'clusters/lab/europe-west4/c1/nginx');
      f.addApp('nginx-workspace', 'workspace/nginx');
      const opened = await f.openPr(
        'promotions/1-feature-x-0123456789ab',
        { 'workspace/nginx/deployment.yaml': 'replicas: 0\n' },
        { labels: ['promotion'], body: promotionBody('mallory') },
      );
      const sha = headShaOf(opened);
      f.setApp('nginx-lab', sha, same);
      f.setApp('nginx-workspace', sha, {
        target: [deployment('nginx', 'nginx:1.26', { replicas: 0 })],
        live: [deployment('nginx', 'nginx:1.26')],
      });

      const run = await f.diff(opened);

      expect(run).toMatchObject({ failures: [], hasDiff: true });
      const pr = await f.github.getPullRequest(OWNER, REPO, numberOf(opened));
      expect(pr.merged).toBe(false);
      expect(pr.labels).toEqual(['promotion']);
      const [comment] = f.botComments(numberOf(opened));
      expect(comment!.body).toContain('nginx-workspace');
      expect(comment!.body).toMatch(/replicas/);
      expect(f.argocd.countRequests({ app: 'nginx-lab' })).toBe(0);
      expect(run.log.text()).toContain('the promotion metadata in the body of #');
      expect(run.log.text()).toContain('opened by alice');
    });

    it('does not merge a promotion PR this action opened once someone pushed a file outside its promoted paths', async () => {
      const f = await start();
      f.addApp('nginx-lab', 'clusters/lab/europe-west4/c1/nginx');
      f.addApp('nginx-workspace', 'workspace/nginx');
      await f.openPr(
        'promotions/1-feature-y-0123456789ab',
        { 'clusters/lab/europe-west4/c1/nginx/deployment.yaml': 'same rendering\n' },
        { labels: ['promotion'], body: promotionBody('mallory'), user: 'telefonistka[bot]' },
      );
      const pushed = await f.push('promotions/1-feature-y-0123456789ab', {
        'workspace/nginx/notes.md': 'an edit next to the promotion\n',
      });
      const sha = headShaOf(pushed);
      f.setApp('nginx-lab', sha, same);
      f.setApp('nginx-workspace', sha, same);

      const run = await f.diff(pushed);

      expect(run.failures).toEqual([]);
      const pr = await f.github.getPullRequest(OWNER, REPO, numberOf(pushed));
      expect(pr.merged).toBe(false);
      expect(run.autoMerge).toMatchObject({ merged: false });
      expect(run.summary).toContain('Not merged: it changes files outside its promoted paths.');
      expect(f.argocd.countRequests({ app: 'nginx-workspace' })).toBeGreaterThan(0);
    });
  },
);
