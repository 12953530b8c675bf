// Moved in-process from the bundle tests (issue 14 item 1): re-runs, compare-and-swap updates,
// superseding, dry run, and auto-merge with its retries, native mode and chain dispatch.
import { afterEach, describe, expect, it } from 'vitest';
import { OWNER, REPO, startPromoteEventHarness, type PromoteEventHarness } from './promote-event-harness.js';

let harness: PromoteEventHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const LAB_FILE = 'clusters/lab/europe-west4/c1/nginx/deployment.yaml';
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
const change = { 'workspace/nginx/deployment.yaml': 'v2\n' };

describe('promote use-case, re-runs and superseding', { timeout: 90_000 }, () => {
  it('re-running the same event opens no second PR and writes nothing', async () => {
    const h = (harness = await startPromoteEventHarness());
    const payload = await h.mergeChange('feature/nginx', change);
    const [opened] = (await h.promote(payload)).results;
    const headBefore = (await h.emulator.getPullRequest(OWNER, REPO, opened!.number!)).headSha;
    h.emulator.resetLog();
    const second = await h.promote(payload);
    expect(second.failures).toEqual([]);
    expect(second.results).toMatchObject([{ number: opened!.number, action: 'unchanged' }]);
    expect((await h.emulator.getPullRequest(OWNER, REPO, opened!.number!)).headSha).toBe(headBefore);
    expect(await h.openPromotionPrs()).toHaveLength(1);
    // GraphQL queries are POSTs too: the re-run reads the token's login to recognise its own open PR.
    const writes = h.emulator.requests.filter(
      (r) => r.method !== 'GET' && !(r.graphql ?? '').startsWith('query'),
    );
    expect(writes).toEqual([]);
  });

  it('updates the existing promotion branch with a compare-and-swap when its content is stale', async () => {
    const h = (harness = await startPromoteEventHarness());
    const payload = await h.mergeChange('feature/nginx', change);
    const [opened] = (await h.promote(payload)).results;
    const pr = await h.emulator.getPullRequest(OWNER, REPO, opened!.number!);
    await h.emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: pr.head,
      files: { [LAB_FILE]: 'hand edit\n' },
      message: 'someone edited the promotion branch',
    });
    const rerun = await h.promote(payload);
    expect(rerun.failures).toEqual([]);
    expect(rerun.results).toMatchObject([{ number: opened!.number, action: 'updated' }]);
    const after = await h.emulator.getPullRequest(OWNER, REPO, opened!.number!);
    expect(await h.emulator.readFile(OWNER, REPO, after.head, LAB_FILE)).toBe('v2\n');
    expect(await h.openPromotionPrs()).toHaveLength(1);
  });

  it('closes an older open promotion PR for the same target with a link to the newer one', async () => {
    const h = (harness = await startPromoteEventHarness());
    const [older] = (await h.promote(await h.mergeChange('one', change))).results;
    const newerRun = await h.promote(
      await h.mergeChange('two', { 'workspace/nginx/deployment.yaml': 'v3\n' }),
    );
    expect(newerRun.failures).toEqual([]);
    const [newer] = newerRun.results;
    expect(newer).toMatchObject({ action: 'opened', superseded: [older!.number] });
    expect((await h.emulator.getPullRequest(OWNER, REPO, older!.number!)).state).toBe('closed');
    const comments = h.emulator.listComments(OWNER, REPO, older!.number!);
    expect(comments.map((c) => c.body).join('\n')).toContain(`Superseded by #${newer!.number}`);
    expect((await h.openPromotionPrs()).map((p) => p.number)).toEqual([newer!.number]);
  });

  it('only comments on the older PR with supersede: comment', async () => {
    const h = (harness = await startPromoteEventHarness({
      config: `promotionPaths:\n  - sourcePath: "workspace/"\n    promotionPrs:\n      - targetPaths: ["clusters/lab/europe-west4/c1/"]\nsupersede: comment\n`,
    }));
    const [older] = (await h.promote(await h.mergeChange('one', change))).results;
    await h.promote(await h.mergeChange('two', { 'workspace/nginx/deployment.yaml': 'v3\n' }));
    expect((await h.emulator.getPullRequest(OWNER, REPO, older!.number!)).state).toBe('open');
    expect(h.emulator.listComments(OWNER, REPO, older!.number!)).toHaveLength(1);
    expect(await h.openPromotionPrs()).toHaveLength(2);
  });
});

describe('promote use-case, dry run', { timeout: 90_000 }, () => {
  it('comments the plan once and updates that comment on a re-run', async () => {
    const h = (harness = await startPromoteEventHarness());
    const payload = await h.mergeChange('feature/nginx', change);
    const run = await h.promote(payload, { options: { dryRun: true } });
    expect(run).toMatchObject({ dryRun: true, results: [], failures: [] });
    await h.promote(payload, { options: { dryRun: true } });
    const comments = h.emulator.listComments(OWNER, REPO, payload.number as number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('## Telefonistka Promotion Dry Run Message:');
    expect(comments[0]?.body).toContain(' ✅ workspace/nginx ➡️  clusters/lab/europe-west4/c1/nginx');
    expect(await h.emulator.listPullRequests(OWNER, REPO)).toHaveLength(1);
  });
});

describe('promote use-case, auto-merge', { timeout: 90_000 }, () => {
  it('merges the promotion PR and says so on the merged PR', async () => {
    const h = (harness = await startPromoteEventHarness({ config: AUTO_MERGE_CONFIG }));
    const payload = await h.mergeChange('feature/nginx', change);
    const run = await h.promote(payload);
    expect(run.failures).toEqual([]);
    const [merged] = run.results;
    expect(merged!.action).toBe('merged');
    expect((await h.emulator.getPullRequest(OWNER, REPO, merged!.number!)).merged).toBe(true);
    expect(await h.emulator.readFile(OWNER, REPO, 'main', LAB_FILE)).toBe('v2\n');
    expect(h.emulator.listComments(OWNER, REPO, payload.number as number)[0]?.body).toBe(
      `<!-- telefonistka_tag -->\n\n✅ Auto merge is enabled\n🚀 Merging promotion PR: #${merged!.number}\n`,
    );
  });

  it('retries the merge when GitHub answers 405 "try the merge again"', async () => {
    const h = (harness = await startPromoteEventHarness({ config: AUTO_MERGE_CONFIG }));
    const payload = await h.mergeChange('feature/nginx', change);
    h.emulator.faults.add({
      route: 'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge',
      status: 405,
      times: 2,
      message: 'Base branch was modified. Review and try the merge again.',
    });
    const run = await h.promote(payload);
    expect(run.failures).toEqual([]);
    expect(run.results[0]!.action).toBe('merged');
    expect(h.emulator.faults.pending()).toBe(0);
    expect(await h.emulator.readFile(OWNER, REPO, 'main', LAB_FILE)).toBe('v2\n');
  });

  it('enables GitHub auto-merge instead with auto-merge-mode: native', async () => {
    const h = (harness = await startPromoteEventHarness({ config: AUTO_MERGE_CONFIG }));
    // Set before the merge: the event payload carries the settings (off on a new repository).
    h.emulator.setRepoSettings(OWNER, REPO, { allowAutoMerge: true });
    const payload = await h.mergeChange('feature/nginx', change);
    h.emulator.setRequiredStatusChecks(OWNER, REPO, ['ci']);
    const run = await h.promote(payload, { options: { autoMergeMode: 'native' } });
    expect(run.failures).toEqual([]);
    expect(run.results[0]!.action).toBe('opened');
    const pr = await h.emulator.getPullRequest(OWNER, REPO, run.results[0]!.number!);
    expect(pr).toMatchObject({ merged: false, autoMerge: true });
  });

  it('dispatches the workflow for the next hop after merging with GITHUB_TOKEN, and the dispatch promotes on', async () => {
    const h = (harness = await startPromoteEventHarness({ config: AUTO_MERGE_CONFIG }));
    const payload = await h.mergeChange('feature/nginx', change);
    const token = h.emulator.tokens.actions;
    // The workflow token opens PRs only with "Allow GitHub Actions to create and approve pull requests".
    h.emulator.setRepoSettings(OWNER, REPO, { canApprovePullRequestReviews: true });
    const chained = { token, chainWorkflow: 'telefonistka.yaml' };
    const run = await h.promote(payload, chained);
    expect(run.failures).toEqual([]);
    const [merged] = run.results;
    const dispatch = h.emulator.takeEvents({ forActions: true }).find((e) => e.name === 'workflow_dispatch');
    expect(dispatch?.payload).toMatchObject({
      inputs: { 'merged-pr': String(merged!.number) },
      workflow: '.github/workflows/telefonistka.yaml',
    });
    const next = await h.promote(dispatch!.payload, { ...chained, eventName: 'workflow_dispatch' });
    expect(next.failures).toEqual([]);
    const [staging] = next.results;
    expect(staging).toMatchObject({ action: 'opened', targets: ['clusters/staging/us-central1/c1/nginx'] });
    expect((await h.emulator.getPullRequest(OWNER, REPO, staging!.number!)).assignees).toEqual(['alice']);
  });
});
