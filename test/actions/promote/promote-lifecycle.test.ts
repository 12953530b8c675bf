import { afterEach, describe, expect, it } from 'vitest';
import { OWNER, REPO, startPromoteFixture, type PromoteFixture } from './promote-fixture.js';

let fixture: PromoteFixture;
afterEach(async () => fixture.close());

const prsOf = (run: { outputs: Record<string, string> }) => JSON.parse(run.outputs['pull-requests'] ?? '[]');
const openPrs = async () =>
  (await fixture.emulator.listPullRequests(OWNER, REPO)).filter((pr) => pr.state === 'open');

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

describe('promote action, re-runs and superseding', () => {
  it('re-running the same event opens no second PR and makes no new commit', async () => {
    fixture = await startPromoteFixture();
    const payload = await fixture.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    const first = await fixture.promote(payload);
    const [opened] = prsOf(first);
    const headBefore = (await fixture.emulator.getPullRequest(OWNER, REPO, opened.number)).headSha;
    fixture.emulator.resetLog();
    const second = await fixture.promote(payload);
    expect(second.exitCode, second.stdout).toBe(0);
    expect(prsOf(second)).toMatchObject([{ number: opened.number, action: 'unchanged' }]);
    expect((await fixture.emulator.getPullRequest(OWNER, REPO, opened.number)).headSha).toBe(headBefore);
    expect(await openPrs()).toHaveLength(1);
    // GraphQL queries are POSTs too: the re-run reads the token's login to recognise its own open PR.
    const writes = fixture.emulator.requests.filter(
      (r) => r.method !== 'GET' && !(r.graphql ?? '').startsWith('query'),
    );
    expect(writes).toEqual([]);
  });

  it('updates the existing promotion branch with a compare-and-swap when its content is stale', async () => {
    fixture = await startPromoteFixture();
    const payload = await fixture.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    const [opened] = prsOf(await fixture.promote(payload));
    const pr = await fixture.emulator.getPullRequest(OWNER, REPO, opened.number);
    await fixture.emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: pr.head,
      files: { 'clusters/lab/europe-west4/c1/nginx/deployment.yaml': 'hand edit\n' },
      message: 'someone edited the promotion branch',
    });
    const rerun = await fixture.promote(payload);
    expect(rerun.exitCode, rerun.stdout).toBe(0);
    expect(prsOf(rerun)).toMatchObject([{ number: opened.number, action: 'updated' }]);
    const after = await fixture.emulator.getPullRequest(OWNER, REPO, opened.number);
    expect(
      await fixture.emulator.readFile(
        OWNER,
        REPO,
        after.head,
        'clusters/lab/europe-west4/c1/nginx/deployment.yaml',
      ),
    ).toBe('v2\n');
    expect(await openPrs()).toHaveLength(1);
  });

  it('closes an older open promotion PR for the same target with a link to the newer one', async () => {
    fixture = await startPromoteFixture();
    const [older] = prsOf(
      await fixture.promote(await fixture.mergeChange('one', { 'workspace/nginx/deployment.yaml': 'v2\n' })),
    );
    const newerRun = await fixture.promote(
      await fixture.mergeChange('two', { 'workspace/nginx/deployment.yaml': 'v3\n' }),
    );
    expect(newerRun.exitCode, newerRun.stdout).toBe(0);
    const [newer] = prsOf(newerRun);
    expect(newer).toMatchObject({ action: 'opened', superseded: [older.number] });
    expect((await fixture.emulator.getPullRequest(OWNER, REPO, older.number)).state).toBe('closed');
    const comments = fixture.emulator.listComments(OWNER, REPO, older.number);
    expect(comments.map((c) => c.body).join('\n')).toContain(`Superseded by #${newer.number}`);
    expect((await openPrs()).map((p) => p.number)).toEqual([newer.number]);
  });

  it('only comments on the older PR with supersede: comment', async () => {
    fixture = await startPromoteFixture({
      config: `promotionPaths:\n  - sourcePath: "workspace/"\n    promotionPrs:\n      - targetPaths: ["clusters/lab/europe-west4/c1/"]\nsupersede: comment\n`,
    });
    const [older] = prsOf(
      await fixture.promote(await fixture.mergeChange('one', { 'workspace/nginx/deployment.yaml': 'v2\n' })),
    );
    await fixture.promote(await fixture.mergeChange('two', { 'workspace/nginx/deployment.yaml': 'v3\n' }));
    expect((await fixture.emulator.getPullRequest(OWNER, REPO, older.number)).state).toBe('open');
    expect(fixture.emulator.listComments(OWNER, REPO, older.number)).toHaveLength(1);
  });
});

describe('promote action, dry run', () => {
  it('comments the plan once and updates that comment on a re-run', async () => {
    fixture = await startPromoteFixture();
    const payload = await fixture.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    const run = await fixture.promote(payload, { inputs: { 'dry-run': 'true' } });
    expect(run.exitCode, run.stdout).toBe(0);
    await fixture.promote(payload, { inputs: { 'dry-run': 'true' } });
    const comments = fixture.emulator.listComments(OWNER, REPO, payload.number as number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('## Telefonistka Promotion Dry Run Message:');
    expect(comments[0]?.body).toContain(' ✅ workspace/nginx ➡️  clusters/lab/europe-west4/c1/nginx');
    expect(await openPrs()).toEqual([]);
  });
});

describe('promote action, auto-merge', () => {
  it('merges the promotion PR with the head SHA guard and says so on the merged PR', async () => {
    fixture = await startPromoteFixture({ config: AUTO_MERGE_CONFIG });
    const payload = await fixture.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    const run = await fixture.promote(payload);
    expect(run.exitCode, run.stdout).toBe(0);
    const [merged] = prsOf(run);
    expect(merged.action).toBe('merged');
    expect((await fixture.emulator.getPullRequest(OWNER, REPO, merged.number)).merged).toBe(true);
    expect(
      await fixture.emulator.readFile(
        OWNER,
        REPO,
        'main',
        'clusters/lab/europe-west4/c1/nginx/deployment.yaml',
      ),
    ).toBe('v2\n');
    const note = fixture.emulator.listComments(OWNER, REPO, payload.number as number)[0]?.body ?? '';
    expect(note).toBe(
      `<!-- telefonistka_tag -->\n\n✅ Auto merge is enabled\n🚀 Merging promotion PR: #${merged.number}\n`,
    );
  });

  it('retries the merge when GitHub answers 405 "try the merge again"', async () => {
    fixture = await startPromoteFixture({ config: AUTO_MERGE_CONFIG });
    const payload = await fixture.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    fixture.emulator.faults.add({
      route: 'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge',
      status: 405,
      times: 2,
      message: 'Base branch was modified. Review and try the merge again.',
    });
    const run = await fixture.promote(payload);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(prsOf(run)[0].action).toBe('merged');
  });

  it('enables GitHub auto-merge instead with auto-merge-mode: native', async () => {
    fixture = await startPromoteFixture({ config: AUTO_MERGE_CONFIG });
    // Set before the merge: the event payload carries the settings. Off on a new repository (the new-repository preset); promote-on-default-repository covers it.
    fixture.emulator.setRepoSettings(OWNER, REPO, { allowAutoMerge: true });
    const payload = await fixture.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    fixture.emulator.setRequiredStatusChecks(OWNER, REPO, ['ci']);
    const run = await fixture.promote(payload, { inputs: { 'auto-merge-mode': 'native' } });
    expect(run.exitCode, run.stdout).toBe(0);
    const [result] = prsOf(run);
    expect(result.action).toBe('opened');
    const pr = await fixture.emulator.getPullRequest(OWNER, REPO, result.number);
    expect(pr).toMatchObject({ merged: false, autoMerge: true });
  });

  it('dispatches the workflow for the next hop when merging with GITHUB_TOKEN, and the dispatch promotes on', async () => {
    fixture = await startPromoteFixture({ config: AUTO_MERGE_CONFIG });
    const payload = await fixture.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    const token = fixture.emulator.tokens.actions;
    // The workflow token opens PRs only with "Allow GitHub Actions to create and approve pull requests".
    fixture.emulator.setRepoSettings(OWNER, REPO, { canApprovePullRequestReviews: true });
    const env = {
      GITHUB_WORKFLOW_REF: `${OWNER}/${REPO}/.github/workflows/telefonistka.yaml@refs/heads/main`,
    };
    const run = await fixture.promote(payload, {
      inputs: { 'github-token': token, 'workflow-token': token },
      env,
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const [merged] = prsOf(run);
    const dispatch = fixture.emulator
      .takeEvents({ forActions: true })
      .find((e) => e.name === 'workflow_dispatch');
    expect(dispatch?.payload).toMatchObject({
      inputs: { 'merged-pr': String(merged.number) },
      workflow: '.github/workflows/telefonistka.yaml',
    });
    const next = await fixture.promote(dispatch!.payload, {
      eventName: 'workflow_dispatch',
      inputs: { 'github-token': token, 'workflow-token': token },
      env,
    });
    expect(next.exitCode, next.stdout).toBe(0);
    const [staging] = prsOf(next);
    expect(staging).toMatchObject({ action: 'opened', targets: ['clusters/staging/us-central1/c1/nginx'] });
    expect((await fixture.emulator.getPullRequest(OWNER, REPO, staging.number)).assignees).toEqual(['alice']);
  });

  it('does not dispatch when an App token merges, because its merge starts the next run itself', async () => {
    fixture = await startPromoteFixture({ config: AUTO_MERGE_CONFIG });
    const payload = await fixture.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    const env = {
      GITHUB_WORKFLOW_REF: `${OWNER}/${REPO}/.github/workflows/telefonistka.yaml@refs/heads/main`,
    };
    const run = await fixture.promote(payload, {
      inputs: { 'workflow-token': fixture.emulator.tokens.actions },
      env,
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(fixture.emulator.takeEvents().some((e) => e.name === 'workflow_dispatch')).toBe(false);
  });
});
