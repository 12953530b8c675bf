// Issue 16: a merged rollback PR of this tool restores a folder in one environment (staging); the promote flow must
// not carry the old content onward to prod. A stranger's PR from a rollback-looking branch with the rollback label
// is promoted as usual.
import { afterEach, describe, expect, it } from 'vitest';
import { createGitSnapshot } from '../../../src/adapters/git/create-git-snapshot.js';
import { createLocalGit } from '../../../src/adapters/git/create-local-git.js';
import { createGraphqlFolderHistory } from '../../../src/adapters/github/create-graphql-folder-history.js';
import { createOctokitGitHub } from '../../../src/adapters/github/create-octokit-github.js';
import { ROLLBACK_LABEL } from '../../../src/core/rollback/render-rollback-body.js';
import { rollbackBranchName } from '../../../src/core/rollback/rollback-branch-name.js';
import { silentLogger } from '../../../src/ports/logger.js';
import { createRollbackHandler } from '../../../src/use-cases/dashboard/create-rollback-handler.js';
import { checkoutRepo } from '../../support/run-action.js';
import {
  OWNER,
  REPO,
  startPromoteEventHarness,
  type PromoteEventHarness,
} from '../promote/promote-event-harness.js';

const STAGING = 'clusters/staging/europe-west4/c1/nginx';
const PROD = ['clusters/prod/europe-west4/c2/nginx', 'clusters/prod/us-west1/c2/nginx'];

let harness: PromoteEventHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** Opens the rollback PR of `folder` as the dashboard does (the App's token, a checkout of main). */
async function openRollback(h: PromoteEventHarness, folder: string): Promise<number> {
  const dir = await checkoutRepo(h.emulator, OWNER, REPO, 'main');
  const adapter = { token: h.emulator.tokens.app, owner: OWNER, repo: REPO, baseUrl: h.emulator.apiUrl };
  const outcome = await createRollbackHandler({
    github: createOctokitGitHub({ ...adapter, logger: silentLogger, writeIntervalMs: 0 }),
    folderHistory: createGraphqlFolderHistory({ ...adapter, logger: silentLogger }),
    snapshot: createGitSnapshot(dir),
    localGit: createLocalGit(dir),
    defaultBranch: 'main',
    logger: silentLogger,
    sleep: () => Promise.resolve(),
  })({ kind: 'rollback', folder }, { actor: 'octocat', now: new Date('2026-12-05T13:00:00Z') });
  if (outcome.outcome !== 'done' || outcome.pull === undefined)
    throw new Error(`rollback not opened: ${outcome.message}`);
  return outcome.pull.number;
}

describe('a merged rollback PR and the promote flow', { timeout: 120_000 }, () => {
  it('does not promote a merged rollback of this tool onward, and says how to promote it by hand', async () => {
    const h = (harness = await startPromoteEventHarness());
    const good = await h.emulator.readFile(OWNER, REPO, 'main', `${STAGING}/deployment.yaml`);
    await h.mergeChange('staging-bad', { [`${STAGING}/deployment.yaml`]: 'bad\n' });
    const number = await openRollback(h, STAGING);
    const merged = await h.mergeAsUser(number);
    expect(await h.emulator.readFile(OWNER, REPO, 'main', `${STAGING}/deployment.yaml`)).toBe(good);
    const before = (await h.openPromotionPrs()).map((pr) => pr.number);

    const run = await h.promote(merged);

    expect(run.failures).toEqual([]);
    expect(run.results).toEqual([]);
    expect((await h.openPromotionPrs()).map((pr) => pr.number)).toEqual(before);
    for (const folder of PROD)
      expect(await h.emulator.readFile(OWNER, REPO, 'main', `${folder}/deployment.yaml`)).not.toBe('bad\n');
    expect(run.localRollback).toContain(`#${number} is a rollback PR of this tool`);
    expect(run.localRollback).toContain(`synced \`${STAGING}\` into`);
    expect(run.localRollback).toContain(PROD.map((p) => `\`${p}\``).join(', '));
    expect(run.summary).toContain(`### Not promoted onward\n\n#${number} is a rollback PR of this tool`);
    expect(run.summary).toContain('tick *promote* on the component in the promotion dashboard');
    expect(run.summary).toContain(`\`workflow_dispatch\` with the \`component\` input \`${STAGING}\``);
    expect(run.summary).not.toContain('Nothing to promote');
    expect(run.log.lines.join('\n')).toContain('a rollback is local to the environment it was asked for');
  });

  it("promotes a stranger's PR from a rollback-looking branch with the rollback label as usual", async () => {
    const h = (harness = await startPromoteEventHarness());
    const merged = await h.mergeChange(
      rollbackBranchName(STAGING),
      { [`${STAGING}/deployment.yaml`]: 'by alice\n' },
      { labels: [ROLLBACK_LABEL] },
    );

    const run = await h.promote(merged);

    expect(run.failures).toEqual([]);
    expect(run.localRollback).toBeUndefined();
    expect(run.results.flatMap((result) => result.targets).sort()).toEqual(PROD);
    for (const result of run.results) {
      expect(result.action).toBe('opened');
      const pr = await h.emulator.getPullRequest(OWNER, REPO, result.number!);
      for (const target of result.targets)
        expect(await h.emulator.readFile(OWNER, REPO, pr.head, `${target}/deployment.yaml`)).toBe(
          'by alice\n',
        );
    }
  });
});
