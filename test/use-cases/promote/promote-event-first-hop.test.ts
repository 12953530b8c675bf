// Moved in-process from the bundle tests (issue 14 item 1): the first hop of a merged PR, tree writes
// under both tree-entry semantics, API-only reads, nothing to promote and an invalid configuration.
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/core/errors/config-error.js';
import { OWNER, REPO, startPromoteEventHarness, type PromoteEventHarness } from './promote-event-harness.js';

let harness: PromoteEventHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const LAB = 'clusters/lab/europe-west4/c1';

describe.each(['replace', 'merge'] as const)(
  'promote use-case, first hop (tree entries: %s)',
  { timeout: 90_000 },
  (semantics) => {
    it('opens the labelled, assigned lab PR whose branch holds the merged content', async () => {
      const h = (harness = await startPromoteEventHarness({ treeEntrySemantics: semantics }));
      const payload = await h.mergeChange('feature/nginx', {
        'workspace/nginx/deployment.yaml': 'image: nginx:1.28\n',
      });
      const run = await h.promote(payload);
      expect(run.failures).toEqual([]);
      const [result] = run.results;
      expect(result).toMatchObject({ action: 'opened', targets: [`${LAB}/nginx`] });
      const pr = await h.emulator.getPullRequest(OWNER, REPO, result!.number!);
      expect(pr).toMatchObject({
        title: '🚀 Promotion: nginx ➡️  Lab clusters',
        labels: ['promotion', 'gitops'],
        assignees: ['alice'],
        base: 'main',
        state: 'open',
      });
      expect(pr.head).toMatch(/^promotions\/\d+-feature-nginx-[0-9a-f]{12}$/);
      expect(pr.body).toContain('↘️  #');
      expect(pr.body).toMatch(/<!--\|Telefonistka data, do not delete\|[A-Za-z0-9+/=]+\|-->$/);
      expect(await h.emulator.readFile(OWNER, REPO, pr.head, `${LAB}/nginx/deployment.yaml`)).toBe(
        'image: nginx:1.28\n',
      );
      expect(await h.emulator.readFile(OWNER, REPO, pr.head, `${LAB}/nginx/kustomization.yaml`)).toContain(
        'Kustomization',
      );
      const message = execFileSync('git', ['log', '-1', '--format=%s', pr.headSha], {
        cwd: h.emulator.gitDir(OWNER, REPO),
        encoding: 'utf8',
      });
      expect(message.trim()).toBe('Syncing from workspace/');
      // 6 writes and reads, plus one listing of open promotion PRs after opening (issue 17 item 8).
      expect(run.apiCalls).toBe(7);
      expect(run.summary).toContain('GitHub API calls spent by this step: **7**');
    });

    it('removes files that exist only in the target folder', async () => {
      const h = (harness = await startPromoteEventHarness({
        treeEntrySemantics: semantics,
        files: { [`${LAB}/nginx/lab-only.yaml`]: 'lab: true\n', [`${LAB}/nginx/extra/deep.yaml`]: 'deep\n' },
      }));
      const run = await h.promote(
        await h.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' }),
      );
      expect(run.failures).toEqual([]);
      const pr = await h.emulator.getPullRequest(OWNER, REPO, run.results[0]!.number!);
      expect(await h.emulator.listFiles(OWNER, REPO, pr.head, `${LAB}/nginx`)).toEqual([
        `${LAB}/nginx/deployment.yaml`,
        `${LAB}/nginx/kustomization.yaml`,
      ]);
      expect(await h.emulator.listFiles(OWNER, REPO, pr.head, `${LAB}/podinfo`)).toHaveLength(2);
    });

    it('removes the target folder in a deletion promotion', async () => {
      const h = (harness = await startPromoteEventHarness({ treeEntrySemantics: semantics }));
      const run = await h.promote(
        await h.mergeChange('drop-nginx', {
          'workspace/nginx/deployment.yaml': null,
          'workspace/nginx/kustomization.yaml': null,
          'CHANGELOG.md': 'nginx retired\n',
        }),
      );
      expect(run.failures).toEqual([]);
      const pr = await h.emulator.getPullRequest(OWNER, REPO, run.results[0]!.number!);
      expect(await h.emulator.listFiles(OWNER, REPO, pr.head, `${LAB}/nginx`)).toEqual([]);
      expect(await h.emulator.listFiles(OWNER, REPO, pr.head, `${LAB}/podinfo`)).toHaveLength(2);
      expect(await h.emulator.listFiles(OWNER, REPO, 'main', `${LAB}/nginx`)).toHaveLength(2);
    });
  },
);

describe('promote use-case, reading without a checkout', { timeout: 90_000 }, () => {
  it('opens the same PR through the API alone', async () => {
    const h = (harness = await startPromoteEventHarness());
    const run = await h.promote(
      await h.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v3\n' }),
      { checkout: false },
    );
    expect(run.failures).toEqual([]);
    const pr = await h.emulator.getPullRequest(OWNER, REPO, run.results[0]!.number!);
    expect(await h.emulator.readFile(OWNER, REPO, pr.head, `${LAB}/nginx/deployment.yaml`)).toBe('v3\n');
    expect(run.log.text()).toContain('through the GitHub API');
  });
});

describe('promote use-case, nothing to do', { timeout: 90_000 }, () => {
  it('does nothing for a PR closed without merge', async () => {
    const h = (harness = await startPromoteEventHarness());
    const run = await h.promote(
      { action: 'closed', number: 1, pull_request: { merged: false } },
      { checkout: false },
    );
    expect(run.results).toEqual([]);
    expect(run.apiCalls).toBe(0);
    expect(await h.emulator.listPullRequests(OWNER, REPO)).toEqual([]);
  });

  it('opens nothing for a change outside every source folder', async () => {
    const h = (harness = await startPromoteEventHarness());
    const run = await h.promote(await h.mergeChange('docs', { 'README.md': 'docs\n' }));
    expect(run.results).toEqual([]);
    expect(run.plan.promotions).toEqual([]);
    expect(await h.openPromotionPrs()).toEqual([]);
    expect(run.summary).toContain('Nothing to promote');
  });
});

describe('promote use-case, invalid configuration', { timeout: 90_000 }, () => {
  it('throws a ConfigError at the file, line and column of the problem, and opens nothing', async () => {
    const h = (harness = await startPromoteEventHarness({
      config: 'promotionPaths:\n  - sourcePath: "workspace/"\n    promotionPRs: []\n',
    }));
    const payload = await h.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    const failure = await h.promote(payload).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ConfigError);
    const [problem] = (failure as ConfigError).problems;
    expect(problem).toMatchObject({ file: 'telefonistka.yaml', line: 3, column: 5 });
    expect(problem!.message).toMatch(/promotionPRs.*promotionPrs/);
    expect(await h.emulator.listPullRequests(OWNER, REPO)).toHaveLength(1);
    expect(await h.openPromotionPrs()).toEqual([]);
  });
});
