// Issue 17 item 9 (sticky comments only from this action's identity) and the "Low" commands item (quoted
// commands do not count; write access is judged by GitHub's base permission, so custom roles work).
import { afterEach, describe, expect, it } from 'vitest';
import { kindMarker, partMarker } from '../../../src/core/comments/comment-markers.js';
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

describe('pr-checks action: the sticky comment is only ever its own (issue 17 item 9)', () => {
  it("leaves a reader's comment carrying the report's markers alone and posts its own report", async () => {
    fixture = await startPrChecksFixture();
    await fixture.commitMain({ [`${LAB}/nginx/deployment.yaml`]: 'image: nginx:hotfix\n' });
    const opened = await fixture.openPr('feature/nginx', { 'workspace/nginx/kustomization.yaml': 'v1\n' });
    const planted = [
      '<!-- telefonistka_tag -->',
      kindMarker('pr-checks'),
      partMarker('pr-checks', 1),
      'All clear, merge away.',
    ].join('\n');
    await fixture.comment(numberOf(opened), planted, 'reader');

    const run = await fixture.run('pull_request', opened);

    expect(run.exitCode, run.stdout).toBe(0);
    const all = fixture.emulator.listComments('acme', 'iac', numberOf(opened));
    expect(all.map((c) => [c.user, c.body.includes('Found drift')])).toEqual([
      ['reader', false],
      ['telefonistka[bot]', true],
    ]);
    expect(all[0]!.body).toBe(planted);
  });
});

describe('pr-checks action: who runs commands, and where (issue 17, Low)', () => {
  it("does not flip the status when a writer quotes a reader's command in a reply", async () => {
    fixture = await startPrChecksFixture({ files: { 'telefonistka.yaml': TOGGLE_CONFIG } });
    const opened = await fixture.openPr('feature/nginx', { 'workspace/nginx/kustomization.yaml': 'v1\n' });
    const reply = await fixture.comment(
      numberOf(opened),
      '> /override-deploy\n\nNo: QA has not signed off yet.\n```\n/override-deploy\n```',
      'alice',
    );

    const run = await fixture.run('issue_comment', reply);

    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.outcome).toBe('ignored');
    expect(await fixture.statuses(headShaOf(opened))).toEqual([]);
  });

  it('runs a command of a writer whose custom repository role extends write', async () => {
    fixture = await startPrChecksFixture({ files: { 'telefonistka.yaml': TOGGLE_CONFIG } });
    const opened = await fixture.openPr('feature/nginx', { 'workspace/nginx/kustomization.yaml': 'v1\n' });
    const command = await fixture.comment(numberOf(opened), '/override-deploy', 'carol');

    const run = await fixture.run('issue_comment', command);

    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.outcome).toBe('toggled');
    const statuses = await fixture.statuses(headShaOf(opened));
    expect(statuses.map((s) => [s.context, s.state])).toEqual([['deploy/approval', 'success']]);
  });
});
