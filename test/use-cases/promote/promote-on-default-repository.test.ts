import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chainWorkflowProblem } from '../../../src/actions/shared/chain-workflow-problem.js';
import { createGitSnapshot } from '../../../src/adapters/git/create-git-snapshot.js';
import { createLocalGit } from '../../../src/adapters/git/create-local-git.js';
import { createOctokitGitHub } from '../../../src/adapters/github/create-octokit-github.js';
import { silentLogger } from '../../../src/ports/logger.js';
import {
  promoteMergedPullRequest,
  type PromoteOptions,
} from '../../../src/use-cases/promote/promote-merged-pull-request.js';
import type { EmulatorPreset } from '../../support/github-emulator/index.js';
import { checkoutRepo } from '../../support/run-action.js';
import { OWNER, REPO, startPromoteHarness, type PromoteHarness } from './promote-harness.js';
import type { MergedPullRequest } from '../../../src/ports/pull-request-ref.js';

const AUTO_MERGE_CONFIG = `promotionPaths:
  - sourcePath: "workspace/"
    conditions:
      autoMerge: true
    promotionPrs:
      - targetPaths: ["clusters/lab/europe-west4/c1/"]
  - sourcePath: "clusters/lab/[^/]*/[^/]*/"
    promotionPrs:
      - targetPaths: ["clusters/staging/us-central1/c1/"]
`;

const TWO_TARGETS_CONFIG = `promotionPaths:
  - sourcePath: "workspace/"
    promotionPrs:
      - targetPaths: ["clusters/lab/europe-west4/c1/"]
      - targetPaths: ["clusters/staging/us-central1/c1/"]
`;

let harness: PromoteHarness | undefined;
const dirs: string[] = [];

afterEach(async () => {
  await harness?.close();
  harness = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(preset: EmulatorPreset, config: string) {
  process.env.TELEFONISTKA_EMULATOR_PRESET = preset;
  try {
    harness = await startPromoteHarness({ config });
  } finally {
    delete process.env.TELEFONISTKA_EMULATOR_PRESET;
  }
  return harness;
}

/** Runs promote in-process with `token` (the App's unless given) on a fresh checkout of main. */
async function promote(
  h: PromoteHarness,
  pr: MergedPullRequest,
  run: { token?: string; options?: Partial<PromoteOptions>; checkout?: string } = {},
) {
  const github = createOctokitGitHub({
    token: run.token ?? h.emulator.tokens.app,
    owner: OWNER,
    repo: REPO,
    baseUrl: h.emulator.apiUrl,
    logger: silentLogger,
    writeIntervalMs: 0,
  });
  const dir = run.checkout ?? (await checkoutRepo(h.emulator, OWNER, REPO, 'main'));
  dirs.push(dir);
  const result = await promoteMergedPullRequest(
    pr,
    {
      defaultBranch: 'main',
      dryRun: false,
      autoMergeMode: 'direct',
      mergeMethod: 'auto',
      dispatchAfterMerge: undefined,
      ...run.options,
    },
    {
      github,
      approver: undefined,
      localGit: createLocalGit(dir),
      snapshot: createGitSnapshot(dir),
      logger: silentLogger,
      sleep: () => Promise.resolve(),
    },
  );
  return { ...result, apiCalls: github.callCount() };
}

/** Every ref of the emulated repository with its SHA: the repository state a refused run must not change. */
function refs(h: PromoteHarness): string {
  return execFileSync('git', ['for-each-ref', '--format=%(refname) %(objectname)'], {
    cwd: h.emulator.gitDir(OWNER, REPO),
    encoding: 'utf8',
  });
}

const change = { 'workspace/nginx/deployment.yaml': 'v2\n' };

describe(
  'promote on a new repository where Actions may not create pull requests',
  { timeout: 90_000 },
  () => {
    it('stops before writing anything and names the setting, where it is and the App-token alternative', async () => {
      const h = await start('new-repository', TWO_TARGETS_CONFIG);
      const pr = await h.mergeChange('feature/nginx', change);
      const before = refs(h);
      const pullsBefore = await h.emulator.listPullRequests(OWNER, REPO);
      const result = await promote(h, pr, { token: h.emulator.tokens.actions });
      expect(result.failures).toHaveLength(1);
      const [failure] = result.failures;
      expect(failure).toContain('"Allow GitHub Actions to create and approve pull requests"');
      expect(failure).toContain('Settings → Actions → General → Workflow permissions');
      expect(failure).toContain('actions/create-github-app-token');
      expect(result.results).toHaveLength(1); // the second target was not attempted
      expect(refs(h)).toBe(before);
      expect(await h.emulator.listPullRequests(OWNER, REPO)).toEqual(pullsBefore);
      expect(h.emulator.listComments(OWNER, REPO, pr.number)).toEqual([]);
    });

    it('works with an App token on the same repository', async () => {
      const h = await start('new-repository', TWO_TARGETS_CONFIG);
      const pr = await h.mergeChange('feature/nginx', change);
      const result = await promote(h, pr);
      expect(result.failures).toEqual([]);
      expect(await h.openPromotionPrs()).toHaveLength(2);
    });
  },
);

describe.each(['new-repository', 'permissive'] as const)(
  'promote auto-merge under the %s preset',
  (preset) => {
    it('merges with merge-method auto, using a method the repository allows', async () => {
      const h = await start(preset, AUTO_MERGE_CONFIG);
      const pr = await h.mergeChange('feature/nginx', change);
      h.emulator.setRepoSettings(OWNER, REPO, { allowMergeCommit: false, allowRebaseMerge: false });
      const result = await promote(h, pr);
      expect(result.failures).toEqual([]);
      const [merged] = result.results;
      expect(merged).toMatchObject({ action: 'merged', merge: 'merged' });
      expect((await h.emulator.getPullRequest(OWNER, REPO, merged!.number!)).merged).toBe(true);
      expect(
        await h.emulator.readFile(OWNER, REPO, 'main', 'clusters/lab/europe-west4/c1/nginx/deployment.yaml'),
      ).toBe('v2\n');
      const note = h.emulator.listComments(OWNER, REPO, pr.number).map((c) => c.body);
      expect(note).toEqual([
        `<!-- telefonistka_tag -->\n\n✅ Auto merge is enabled\n🚀 Merging promotion PR: #${merged!.number}\n`,
      ]);
    });

    it('leaves the PR open with the reason when an explicit merge method is not allowed', async () => {
      const h = await start(preset, AUTO_MERGE_CONFIG);
      const pr = await h.mergeChange('feature/nginx', change);
      h.emulator.setRepoSettings(OWNER, REPO, { allowMergeCommit: false });
      const result = await promote(h, pr, { options: { mergeMethod: 'merge' } });
      expect(result.failures).toEqual([]);
      const [open] = result.results;
      expect(open).toMatchObject({ action: 'opened', merge: 'left-open' });
      expect(open!.mergeNote).toMatch(/not allowed on this repository.*merge-method input to auto/);
      expect(result.warnings.join('\n')).toContain(open!.mergeNote);
      expect((await h.emulator.getPullRequest(OWNER, REPO, open!.number!)).state).toBe('open');
      expect(h.emulator.listComments(OWNER, REPO, pr.number)).toEqual([]);
    });

    it('native mode: enables auto-merge only where allowed, else leaves the PR open saying which setting', async () => {
      const h = await start(preset, AUTO_MERGE_CONFIG);
      const pr = await h.mergeChange('feature/nginx', change);
      const result = await promote(h, pr, { options: { autoMergeMode: 'native' } });
      expect(result.failures).toEqual([]);
      const [promoted] = result.results;
      const emulated = await h.emulator.getPullRequest(OWNER, REPO, promoted!.number!);
      const comments = h.emulator.listComments(OWNER, REPO, pr.number);
      if (preset === 'new-repository') {
        expect(promoted).toMatchObject({ action: 'opened', merge: 'left-open' });
        expect(promoted!.mergeNote).toContain('"Allow auto-merge"');
        expect(emulated).toMatchObject({ state: 'open', autoMerge: false });
        expect(comments).toEqual([]);
      } else {
        // The default branch's rule requires nothing: GitHub answers "clean status" and the policy merges.
        expect(promoted).toMatchObject({ action: 'merged', merge: 'merged' });
        expect(emulated.merged).toBe(true);
        expect(comments).toHaveLength(1);
      }
    });

    it('leaves the PR open when branch protection requires an approving review', async () => {
      const h = await start(preset, AUTO_MERGE_CONFIG);
      const pr = await h.mergeChange('feature/nginx', change);
      h.emulator.setBranchProtection(OWNER, REPO, 'main', { requiredApprovingReviewCount: 1 });
      const result = await promote(h, pr);
      expect(result.failures).toEqual([]);
      const [open] = result.results;
      expect(open).toMatchObject({ action: 'opened', merge: 'left-open' });
      expect(open!.mergeNote).toContain('requires an approving review');
      expect((await h.emulator.getPullRequest(OWNER, REPO, open!.number!)).state).toBe('open');
    });
  },
);

describe('promote chain dispatch', { timeout: 90_000 }, () => {
  const chain = { dispatchAfterMerge: { workflow: 'telefonistka.yaml', ref: 'main' } };

  it('a lost merge answer still counts as merged and the next hop is dispatched (issue 17 item 11)', async () => {
    const h = await start('permissive', AUTO_MERGE_CONFIG);
    const pr = await h.mergeChange('feature/nginx', change);
    h.emulator.takeEvents();
    // The merge happens, the client sees 502; its retry is then refused 405 "Pull Request is not mergeable".
    h.emulator.faults.add({
      route: 'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge',
      status: 502,
      afterHandler: true,
    });
    const result = await promote(h, pr, { options: chain });
    expect(result.failures).toEqual([]);
    const [merged] = result.results;
    expect(merged).toMatchObject({ action: 'merged' });
    expect((await h.emulator.getPullRequest(OWNER, REPO, merged!.number!)).merged).toBe(true);
    const dispatch = h.emulator.takeEvents().find((e) => e.name === 'workflow_dispatch');
    expect(dispatch?.payload).toMatchObject({ inputs: { 'merged-pr': String(merged!.number) } });
  });

  it('does not merge into a broken chain: a workflow without the merged-pr input gets the YAML to add', async () => {
    const h = await start('new-repository', AUTO_MERGE_CONFIG);
    await h.emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      files: {
        '.github/workflows/telefonistka.yaml': 'on:\n  pull_request:\n  workflow_dispatch:\njobs: {}\n',
      },
      message: 'a bare workflow_dispatch',
    });
    const pr = await h.mergeChange('feature/nginx', change);
    h.emulator.takeEvents();
    const dir = await checkoutRepo(h.emulator, OWNER, REPO, 'main');
    const problem = await chainWorkflowProblem(dir, 'telefonistka.yaml', ['merged-pr']);
    expect(problem).toContain('      merged-pr:');
    const result = await promote(h, pr, {
      checkout: dir,
      options: { dispatchAfterMerge: { ...chain.dispatchAfterMerge, problem: problem! } },
    });
    const [open] = result.results;
    expect(open).toMatchObject({ action: 'opened', merge: 'left-open' });
    expect(open!.mergeNote).toContain('on:\n      workflow_dispatch:\n        inputs:\n          merged-pr:');
    expect((await h.emulator.getPullRequest(OWNER, REPO, open!.number!)).state).toBe('open');
    expect(h.emulator.takeEvents().some((e) => e.name === 'workflow_dispatch')).toBe(false);
  });

  it('finds no problem in a workflow that declares merged-pr', async () => {
    const dir = path.join(await import('node:os').then((os) => os.tmpdir()), `chain-${process.pid}`);
    dirs.push(dir);
    mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(
      path.join(dir, '.github/workflows/promote.yml'),
      'on:\n  workflow_dispatch:\n    inputs:\n      merged-pr:\n        required: false\n',
    );
    expect(await chainWorkflowProblem(dir, 'promote.yml', ['merged-pr'])).toBeUndefined();
  });
});
