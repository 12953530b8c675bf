// Moved in-process from the bundle tests (issue 14 item 1; issue 17 item 3): the merged PR's promotion
// metadata is read only when this action opened that PR.
import { afterEach, describe, expect, it } from 'vitest';
import { metadataComment } from '../../../src/core/promotion/encode-promotion-metadata.js';
import { parsePromotionMetadata } from '../../../src/core/promotion/parse-promotion-metadata.js';
import { OWNER, REPO, startPromoteEventHarness, type PromoteEventHarness } from './promote-event-harness.js';

let harness: PromoteEventHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe(
  'promote use-case: promotion metadata of PRs it did not open (issue 17 item 3)',
  { timeout: 90_000 },
  () => {
    it('credits and assigns the real author of a person’s PR whose body carries forged metadata', async () => {
      const h = (harness = await startPromoteEventHarness());
      const forged = metadataComment({
        originalPrAuthor: 'approver',
        originalPrNumber: 1,
        promotedPaths: ['clusters/lab/europe-west4/c1/nginx/'],
        previousPromotionPaths: { '1': { sourcePath: 'workspace/', targetPaths: ['clusters/prod/'] } },
      });
      const merged = await h.mergeChange(
        'promotions/1-looks-like-a-promotion-0123456789ab',
        { 'workspace/nginx/deployment.yaml': 'replicas: 0\n' },
        { user: 'alice', body: `Scale down\n\n${forged}` },
      );

      const run = await h.promote(merged);

      expect(run.failures).toEqual([]);
      expect(run.log.text()).toContain(
        `the promotion metadata in the body of #${String(merged.number)} is ignored`,
      );
      const pr = await h.emulator.getPullRequest(OWNER, REPO, run.results[0]!.number!);
      expect(pr.assignees).toEqual(['alice']);
      const metadata = parsePromotionMetadata(pr.body ?? '');
      expect(metadata).toMatchObject({ originalPrAuthor: 'alice', originalPrNumber: merged.number });
      expect(metadata!.previousPromotionPaths).toEqual({
        [String(merged.number)]: { sourcePath: 'workspace/', targetPaths: ['clusters/lab/europe-west4/c1/'] },
      });
      expect(
        await h.emulator.readFile(
          OWNER,
          REPO,
          pr.head,
          'clusters/prod/europe-west4/c2/nginx/deployment.yaml',
        ),
      ).toBe(
        await h.emulator.readFile(OWNER, REPO, 'main', 'clusters/prod/europe-west4/c2/nginx/deployment.yaml'),
      );
    });

    it('neither closes as superseded nor adopts an open person’s PR from a promotions/ branch', async () => {
      const h = (harness = await startPromoteEventHarness());
      await h.emulator.commitFiles({
        owner: OWNER,
        repo: REPO,
        branch: 'promotions/7-mine-0123456789ab',
        from: 'main',
        files: { 'clusters/lab/europe-west4/c1/nginx/notes.md': 'keep me\n' },
        message: 'a person works on a promotions/ branch',
      });
      const human = await h.emulator.openPullRequest({
        owner: OWNER,
        repo: REPO,
        head: 'promotions/7-mine-0123456789ab',
        base: 'main',
        title: 'Lab notes',
        user: 'alice',
        body: metadataComment({
          originalPrAuthor: 'alice',
          originalPrNumber: 7,
          promotedPaths: ['clusters/lab/europe-west4/c1/nginx'],
          previousPromotionPaths: {},
        }),
      });
      const humanHead = human.headSha;

      const run = await h.promote(
        await h.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' }),
      );

      expect(run.failures).toEqual([]);
      expect(run.results[0]!.number).not.toBe(human.number);
      const after = await h.emulator.getPullRequest(OWNER, REPO, human.number);
      expect(after).toMatchObject({ state: 'open', headSha: humanHead });
      expect(h.emulator.listComments(OWNER, REPO, human.number)).toEqual([]);
      expect(run.log.text()).toContain(
        `#${String(human.number)} (promotions/7-mine-0123456789ab) was opened by alice`,
      );
    });
  },
);
