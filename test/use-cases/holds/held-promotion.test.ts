// Issue 16: a held target is skipped by a later promotion; the other targets of the same PR get theirs.
import { afterEach, describe, expect, it } from 'vitest';
import { createOctokitGitHub } from '../../../src/adapters/github/create-octokit-github.js';
import { silentLogger } from '../../../src/ports/logger.js';
import { createHoldHandler } from '../../../src/use-cases/holds/create-hold-handler.js';
import {
  OWNER,
  REPO,
  startPromoteEventHarness,
  type PromoteEventHarness,
} from '../promote/promote-event-harness.js';

let harness: PromoteEventHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const HELD = 'clusters/staging/europe-west4/c1/nginx';
const FREE = 'clusters/staging/us-central1/c1/nginx';

describe('promote with a held target', { timeout: 120_000 }, () => {
  it.each([
    ['from the checkout', true],
    ['through the API', false],
  ])('skips the held folder and promotes the other target (reads %s)', async (_, checkout) => {
    const h = (harness = await startPromoteEventHarness());
    const github = createOctokitGitHub({
      token: h.emulator.tokens.app,
      owner: OWNER,
      repo: REPO,
      baseUrl: h.emulator.apiUrl,
      logger: silentLogger,
      writeIntervalMs: 0,
    });
    const held = await createHoldHandler({
      github,
      logger: silentLogger,
      sleep: () => Promise.resolve(),
      defaultBranch: 'main',
      mergeMethod: 'auto',
    })({ kind: 'hold', folder: HELD }, { actor: 'octocat', now: new Date('2026-12-05T13:00:00Z') });
    expect(held.message).toMatch(/merged$/);
    const before = await h.emulator.readFile(OWNER, REPO, 'main', `${HELD}/deployment.yaml`);

    const run = await h.promote(
      await h.mergeChange('lab-nginx', { 'clusters/lab/europe-west4/c1/nginx/deployment.yaml': 'v7\n' }),
      { checkout },
    );
    expect(run.failures).toEqual([]);
    expect(run.results.map((result) => result.targets)).toEqual([[FREE]]);
    const reason =
      'held (`held from the dashboard by @octocat`, by `octocat`, since 2026-12-05T13:00:00.000Z)';
    expect(run.plan.promotions[0]?.heldTargets).toEqual([
      { component: 'nginx', target: HELD, hold: expect.objectContaining({ folder: HELD, by: 'octocat' }) },
    ]);
    expect(run.summary).toContain(`### Held targets\n\n- 🔒 \`${HELD}\` ${reason}`);
    const pr = await h.emulator.getPullRequest(OWNER, REPO, run.results[0]!.number!);
    expect(pr.body).toContain(`Held, not promoted:\n\n- 🔒 \`${HELD}\` ${reason}`);
    expect(await h.emulator.readFile(OWNER, REPO, pr.head, `${FREE}/deployment.yaml`)).toBe('v7\n');
    expect(await h.emulator.readFile(OWNER, REPO, pr.head, `${HELD}/deployment.yaml`)).toBe(before);
    expect(before).not.toBe('v7\n');
  });
});
