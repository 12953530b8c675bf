import { afterEach, describe, expect, it } from 'vitest';
import { headShaOf, LAB, numberOf, startPrChecksFixture, type PrChecksFixture } from './pr-checks-fixture.js';

let fixture: PrChecksFixture;
afterEach(async () => fixture.close());

const TOGGLE_CONFIG = [
  'toggleCommitStatus:',
  '  override-deploy: deploy/approval',
  'promotionPaths:',
  '  - sourcePath: "workspace/"',
  '    promotionPrs:',
  '      - targetPaths: ["clusters/lab/europe-west4/c1/"]',
  '',
].join('\n');

describe('pr-checks action, comment commands', () => {
  it('re-runs the checks on /retrigger by a writer, on the PR head it fetches', async () => {
    fixture = await startPrChecksFixture();
    const opened = await fixture.openPr('feature/nginx', { 'workspace/nginx/kustomization.yaml': 'v1\n' });
    await fixture.commitMain({ [`${LAB}/nginx/deployment.yaml`]: 'drifted\n' });
    const comment = await fixture.comment(numberOf(opened), '  /retrigger\n', 'alice');
    const run = await fixture.run('issue_comment', comment);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.outcome).toBe('checked');
    expect(JSON.parse(run.outputs.drift!)).toMatchObject({ drifted: true });
    const comments = fixture.botComments(numberOf(opened));
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('Found drift');
    const statuses = await fixture.statuses(headShaOf(opened));
    expect(statuses.map((s) => s.state)).toEqual(['success', 'pending']);
    expect(statuses[0]!.description).toBe('Drift in 1 of 1 folder pair: see the PR comment');
    expect(statuses[0]!.target_url).toMatch(/\/acme\/iac\/actions\/runs\/1$/);
  });

  it('refuses /retrigger by a reader with a polite reply and changes nothing else', async () => {
    fixture = await startPrChecksFixture();
    const opened = await fixture.openPr('feature/nginx', { 'workspace/nginx/kustomization.yaml': 'v1\n' });
    const comment = await fixture.comment(numberOf(opened), '/retrigger', 'reader');
    const run = await fixture.run('issue_comment', comment);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.outcome).toBe('refused');
    const comments = fixture.botComments(numberOf(opened));
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('@reader thanks for asking! Only people with write access');
    expect(await fixture.statuses(headShaOf(opened))).toEqual([]);
  });

  it("ignores the bot's own comments and comments without a command", async () => {
    fixture = await startPrChecksFixture();
    const opened = await fixture.openPr('feature/nginx', { 'workspace/nginx/kustomization.yaml': 'v1\n' });
    const own = await fixture.comment(numberOf(opened), '/retrigger', 'telefonistka[bot]');
    const ownRun = await fixture.run('issue_comment', own);
    expect(ownRun.exitCode, ownRun.stdout).toBe(0);
    expect(ownRun.outputs.outcome).toBe('ignored');
    expect(ownRun.summary).toContain("the comment is the bot's own");
    const chatter = await fixture.comment(numberOf(opened), 'LGTM', 'alice');
    const chatterRun = await fixture.run('issue_comment', chatter, { checkout: false });
    expect(chatterRun.outputs).toMatchObject({ outcome: 'ignored', 'api-calls': '0' });
    expect(fixture.botComments(numberOf(opened)).filter((c) => c.user !== 'telefonistka[bot]')).toEqual([]);
    expect(await fixture.statuses(headShaOf(opened))).toEqual([]);
  });

  it('flips a toggleCommitStatus status: missing or failed becomes success, success becomes failure', async () => {
    fixture = await startPrChecksFixture({ files: { 'telefonistka.yaml': TOGGLE_CONFIG } });
    const opened = await fixture.openPr('feature/nginx', { 'workspace/nginx/kustomization.yaml': 'v1\n' });
    const first = await fixture.run(
      'issue_comment',
      await fixture.comment(numberOf(opened), 'please /override-deploy thanks', 'alice'),
    );
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs.outcome).toBe('toggled');
    const second = await fixture.run(
      'issue_comment',
      await fixture.comment(numberOf(opened), '/override-deploy', 'alice'),
    );
    expect(second.exitCode, second.stdout).toBe(0);
    const statuses = await fixture.statuses(headShaOf(opened));
    expect(statuses.map((s) => [s.context, s.state])).toEqual([
      ['deploy/approval', 'failure'],
      ['deploy/approval', 'success'],
    ]);
  });
});

describe('pr-checks action, commit status and preview', () => {
  it('sets error with the reason when the configuration on main is invalid, and fails the step', async () => {
    fixture = await startPrChecksFixture({ files: { 'telefonistka.yaml': 'promotionPaths: 3\n' } });
    const opened = await fixture.openPr('feature/nginx', { 'workspace/nginx/kustomization.yaml': 'v1\n' });
    const run = await fixture.run('pull_request', opened);
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toContain('::error file=telefonistka.yaml,line=1');
    const statuses = await fixture.statuses(headShaOf(opened));
    expect(statuses.map((s) => s.state)).toEqual(['error', 'pending']);
    expect(statuses[0]!.description).toMatch(/^telefonistka\.yaml:1:\d+: /);
    expect(statuses[0]!.description!.length).toBeLessThanOrEqual(140);
  });

  it('sets error, not pending, when GitHub refuses the comment midway', async () => {
    fixture = await startPrChecksFixture();
    const opened = await fixture.openPr('feature/nginx', { 'workspace/nginx/kustomization.yaml': 'v1\n' });
    fixture.emulator.faults.add({
      route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      status: 422,
      message: 'Body is too long (maximum is 65536 characters)',
    });
    const run = await fixture.run('pull_request', opened);
    expect(run.exitCode).not.toBe(0);
    const statuses = await fixture.statuses(headShaOf(opened));
    expect(statuses.map((s) => s.state)).toEqual(['error', 'pending']);
    expect(statuses[0]!.description).toContain('Body is too long');
  });

  it('shows the preview only once the show-plan label is added when promotionPreview is label', async () => {
    const config = TOGGLE_CONFIG.replace('promotionPaths:', 'promotionPreview: label\npromotionPaths:');
    fixture = await startPrChecksFixture({ files: { 'telefonistka.yaml': config } });
    const opened = await fixture.openPr('feature/nginx', { 'workspace/nginx/kustomization.yaml': 'v1\n' });
    expect((await fixture.run('pull_request', opened)).exitCode).toBe(0);
    expect(fixture.botComments(numberOf(opened))).toEqual([]);

    const other = await fixture.run('pull_request', await fixture.label(numberOf(opened), 'documentation'));
    expect(other.outputs).toMatchObject({ outcome: 'skipped' });
    expect(await fixture.statuses(headShaOf(opened))).toHaveLength(2);

    const labeled = await fixture.run('pull_request', await fixture.label(numberOf(opened), 'show-plan'));
    expect(labeled.exitCode, labeled.stdout).toBe(0);
    const [comment] = fixture.botComments(numberOf(opened));
    expect(comment!.body).toContain('## 🚀 Promotion preview');
    expect(comment!.body).toContain('| `workspace/nginx` | `clusters/lab/europe-west4/c1/nginx` |');
    expect(comment!.body).toContain('_Shown because this PR has the `show-plan` label._');
    expect((await fixture.statuses(headShaOf(opened))).map((s) => s.state)).toEqual([
      'success',
      'pending',
      'success',
      'pending',
    ]);
  });

  it('previews a removal for a PR that deletes a whole component folder', async () => {
    fixture = await startPrChecksFixture();
    const opened = await fixture.openPr('feature/drop-nginx', {
      'workspace/nginx/deployment.yaml': null,
      'workspace/nginx/kustomization.yaml': null,
    });
    const run = await fixture.run('pull_request', opened);
    expect(run.exitCode, run.stdout).toBe(0);
    const [comment] = fixture.botComments(numberOf(opened));
    expect(comment!.body).toContain(`🗑️ \`${LAB}/nginx\` is removed (the source folder is deleted)`);
  });

  it('previews skipped targets with the list that skips them', async () => {
    fixture = await startPrChecksFixture();
    const opened = await fixture.openPr(
      'feature/podinfo',
      {
        'clusters/staging/us-central1/c1/podinfo/values.yaml': 'replicaCount: 2\n',
      },
      { labels: ['quick_promotion'] },
    );
    const run = await fixture.run('pull_request', opened);
    expect(run.exitCode, run.stdout).toBe(0);
    const [comment] = fixture.botComments(numberOf(opened));
    expect(comment!.body).toContain(
      '- `podinfo` ➡️ `clusters/prod/europe-west4/c2/`: matched by `promotionTargetBlockList` in `clusters/staging/us-central1/c1/podinfo/telefonistka.yaml`',
    );
  });
});

describe('pr-checks action, reading through the API only', () => {
  it('reports the same drift without a checkout and counts its API calls', async () => {
    fixture = await startPrChecksFixture();
    await fixture.commitMain({ [`${LAB}/nginx/deployment.yaml`]: 'image: nginx:hotfix\n' });
    const opened = await fixture.openPr('feature/nginx', { 'workspace/nginx/kustomization.yaml': 'v1\n' });
    const run = await fixture.run('pull_request', opened, { checkout: false });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs.drift!)).toMatchObject({
      drifted: true,
      pairs: [{ changed: ['deployment.yaml'] }],
    });
    // status x2, branch, config, 2 x (commit + tree), PR files, component config (head; none read for a component
    // whose tree has no telefonistka.yaml), 2 blobs, comments, comment
    expect(Number(run.outputs['api-calls'])).toBe(13);
    expect(fixture.botComments(numberOf(opened))[0]!.body).toContain('+image: nginx:hotfix');
  });
});
