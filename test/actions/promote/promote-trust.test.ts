// Issue 17 item 3: the merged PR's promotion metadata (original author and PR, chain history) is read only
// when this action opened that PR; a person pasting a metadata comment into a PR body is not believed.
import { afterEach, describe, expect, it } from 'vitest';
import { metadataComment } from '../../../src/core/promotion/encode-promotion-metadata.js';
import { parsePromotionMetadata } from '../../../src/core/promotion/parse-promotion-metadata.js';
import { OWNER, REPO, startPromoteFixture, type PromoteFixture } from './promote-fixture.js';

let fixture: PromoteFixture;
afterEach(async () => fixture.close());

const prsOf = (run: { outputs: Record<string, string> }) =>
  JSON.parse(run.outputs['pull-requests'] ?? '[]') as { number: number }[];

describe('promote action: promotion metadata of PRs it did not open (issue 17 item 3)', () => {
  it('credits and assigns the real author of a person’s PR whose body carries forged metadata', async () => {
    fixture = await startPromoteFixture();
    const forged = metadataComment({
      originalPrAuthor: 'approver',
      originalPrNumber: 1,
      promotedPaths: ['clusters/lab/europe-west4/c1/nginx/'],
      previousPromotionPaths: { '1': { sourcePath: 'workspace/', targetPaths: ['clusters/prod/'] } },
    });
    const merged = await fixture.mergeChange(
      'promotions/1-looks-like-a-promotion-0123456789ab',
      { 'workspace/nginx/deployment.yaml': 'replicas: 0\n' },
      { user: 'alice', body: `Scale down\n\n${forged}` },
    );

    const run = await fixture.promote(merged);

    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain(
      `the promotion metadata in the body of #${String(merged.number)} is ignored`,
    );
    const [opened] = prsOf(run);
    const pr = await fixture.emulator.getPullRequest(OWNER, REPO, opened!.number);
    expect(pr.assignees).toEqual(['alice']);
    expect(parsePromotionMetadata(pr.body ?? '')).toMatchObject({
      originalPrAuthor: 'alice',
      originalPrNumber: merged.number,
      previousPromotionPaths: {
        [String(merged.number)]: { sourcePath: 'workspace/', targetPaths: ['clusters/lab/europe-west4/c1/'] },
      },
    });
    expect(Object.keys(parsePromotionMetadata(pr.body ?? '')!.previousPromotionPaths)).toEqual([
      String(merged.number),
    ]);
  });

  it('neither closes as superseded nor adopts an open person’s PR from a promotions/ branch', async () => {
    fixture = await startPromoteFixture();
    await fixture.emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'promotions/7-mine-0123456789ab',
      from: 'main',
      files: { 'clusters/lab/europe-west4/c1/nginx/notes.md': 'keep me\n' },
      message: 'a person works on a promotions/ branch',
    });
    const human = await fixture.emulator.openPullRequest({
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
    const merged = await fixture.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });

    const run = await fixture.promote(merged);

    expect(run.exitCode, run.stdout).toBe(0);
    const [opened] = prsOf(run);
    expect(opened!.number).not.toBe(human.number);
    const after = await fixture.emulator.getPullRequest(OWNER, REPO, human.number);
    expect(after.state).toBe('open');
    expect(fixture.emulator.listComments(OWNER, REPO, human.number)).toEqual([]);
    expect(run.stdout).toContain(
      `#${String(human.number)} (promotions/7-mine-0123456789ab) was opened by alice`,
    );
  });
});
