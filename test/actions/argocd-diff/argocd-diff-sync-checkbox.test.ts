import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  configWith,
  deployment,
  headShaOf,
  numberOf,
  startArgoCdDiffFixture,
  type ArgoCdDiffFixture,
} from './argocd-diff-fixture.js';

let fixture: ArgoCdDiffFixture;

beforeEach(async () => {
  fixture = await startArgoCdDiffFixture({
    config: configWith(`commentDiffonPR: true\nallowSyncfromBranchPathRegex: '^workspace/'`),
  });
  fixture.addApp('nginx-workspace', 'workspace/nginx');
  fixture.addApp('nginx-lab', 'clusters/lab/europe-west4/c1/nginx');
});

afterEach(async () => {
  await fixture.close();
});

const checkbox =
  '- [ ] <!-- telefonistka-argocd-branch-sync --> Set ArgoCD apps Target Revision to `feature/sync`';

function targetRevision(name: string): unknown {
  const app = fixture.argocd.getApplication(name) as { spec: { source: { targetRevision: string } } };
  return app.spec.source.targetRevision;
}

describe('argocd-diff action: sync from the PR branch', () => {
  it('offers the checkbox, points matching apps at the branch when a writer ticks it, skips the diff while they follow it, and points them back at HEAD on merge', async () => {
    const opened = await fixture.openPr('feature/sync', {
      'workspace/nginx/deployment.yaml': 'image: nginx:1.27\n',
      'clusters/lab/europe-west4/c1/nginx/deployment.yaml': 'image: nginx:1.27\n',
    });
    const number = numberOf(opened);
    for (const name of ['nginx-workspace', 'nginx-lab'])
      fixture.setApp(name, headShaOf(opened), {
        target: [deployment('nginx', 'nginx:1.27')],
        live: [deployment('nginx', 'nginx:1.26')],
      });
    const diffed = await fixture.run('pull_request', opened);
    expect(diffed.exitCode).toBe(0);
    const [comment] = fixture.botComments(number);
    expect(comment!.body.endsWith(`\n\n${checkbox}`)).toBe(true);
    await expect(comment!.body).toMatchFileSnapshot('../../golden/argocd-diff/sync-checkbox.md');

    // A reader's tick (as a payload could claim) changes nothing.
    const byReader = await fixture.editComment(comment!.id, comment!.body.replace('- [ ]', '- [x]'), 'user');
    byReader.sender = { login: 'reader', type: 'User' };
    const refused = await fixture.run('issue_comment', byReader);
    expect(refused.exitCode).toBe(0);
    expect(refused.summary).toContain('reader has read access; syncing from a branch needs write access');
    expect(targetRevision('nginx-workspace')).toBe('HEAD');

    // Alice ticks it (after un-ticking the reader's tick).
    await fixture.editComment(comment!.id, comment!.body, 'user');
    const ticked = await fixture.editComment(comment!.id, comment!.body.replace('- [ ]', '- [x]'), 'user');
    const synced = await fixture.run('issue_comment', ticked);
    expect(synced.exitCode).toBe(0);
    expect(targetRevision('nginx-workspace')).toBe('feature/sync');
    expect(targetRevision('nginx-lab')).toBe('HEAD');
    expect(synced.summary).toContain(
      '| `workspace/nginx` | nginx-workspace | `HEAD` → `feature/sync` | set |',
    );
    expect(fixture.argocd.countRequests({ operation: 'ApplicationService_Patch' })).toBe(1);

    // Un-ticking does nothing.
    const unticked = await fixture.editComment(comment!.id, comment!.body, 'user');
    const ignored = await fixture.run('issue_comment', unticked);
    expect(ignored.summary).toContain('Nothing to do: the sync checkbox is not ticked.');

    // The next push: the app follows the branch with auto-sync, so its diff is skipped and the box is gone.
    const pushed = await fixture.push('feature/sync', {
      'workspace/nginx/deployment.yaml': 'image: nginx:1.28\n',
    });
    fixture.setApp('nginx-lab', headShaOf(pushed), {
      target: [deployment('nginx', 'nginx:1.28')],
      live: [deployment('nginx', 'nginx:1.26')],
    });
    const rediffed = await fixture.run('pull_request', pushed);
    expect(rediffed.exitCode).toBe(0);
    const [updated] = fixture.botComments(number);
    expect(updated!.id).toBe(comment!.id);
    expect(updated!.body).toContain(
      'The app already has this branch set as the source target revision, and autosync is enabled. Diff calculation was skipped.',
    );
    expect(updated!.body).not.toContain('telefonistka-argocd-branch-sync');

    const closed = await fixture.merge(number);
    const reverted = await fixture.run('pull_request', closed);
    expect(reverted.exitCode).toBe(0);
    expect(targetRevision('nginx-workspace')).toBe('HEAD');
    expect(reverted.summary).toContain(
      '| `workspace/nginx` | nginx-workspace | `feature/sync` → `HEAD` | set |',
    );
  });

  it('ignores a tick in a comment that is not the bot’s Argo CD diff comment', async () => {
    const opened = await fixture.openPr('feature/sync', { 'workspace/nginx/deployment.yaml': 'x\n' });
    const own = await fixture.github.addComment({
      owner: 'acme',
      repo: 'iac',
      number: numberOf(opened),
      body: checkbox,
      user: 'alice',
    });
    const ticked = await fixture.editComment(own.id, checkbox.replace('- [ ]', '- [x]'), 'user');
    const run = await fixture.run('issue_comment', ticked);
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('Nothing to do: the edited comment is not an Argo CD diff comment.');
    expect(targetRevision('nginx-workspace')).toBe('HEAD');
  });
});
