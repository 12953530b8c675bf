// Trust audit of dashboard edits (issue 16) on the GitHub emulator: who may act through the dashboard issue, and
// whether the text of someone without write access survives. The outcome asserted is the dashboard issue's body
// and comments as anyone reads them, and the promotion PRs the emulator holds.
import { afterEach, describe, expect, it } from 'vitest';
import { kindMarker, telefonistkaTag } from '../../src/core/comments/comment-markers.js';
import { dashboardActionKey } from '../../src/core/dashboard/dashboard-action-key.js';
import type { DashboardAction } from '../../src/core/dashboard/dashboard-action.js';
import { DASHBOARD_KIND } from '../../src/core/dashboard/dashboard-document.js';
import { holdBranchName } from '../../src/core/holds/hold-branch-name.js';
import { octokitFor } from '../github-emulator/emulator-fixture.js';
import {
  OWNER,
  REPO,
  startDashboardEditHarness,
  type DashboardEditHarness,
} from '../use-cases/dashboard/dashboard-edit-harness.js';

const PROMOTE_APP_0: DashboardAction = { kind: 'promote', folder: 'env/staging/app-0' };
const DEFACED = '## Promotion dashboard\n\n[Download the fix](https://evil.example/fix.sh) — the team';

let harness: DashboardEditHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** `user` edits the dashboard body in the web UI; returns the `issues` edited payload Actions gets. */
async function editBody(h: DashboardEditHarness, number: number, body: string, user: string) {
  h.emulator.takeEvents();
  await h.emulator.editIssueBody({ owner: OWNER, repo: REPO, number, body, user });
  const event = h.emulator.takeEvents({ forActions: true }).find((e) => e.name === 'issues');
  if (event === undefined) throw new Error('no issues event');
  return event.payload;
}

describe('dashboard edits by people without write access', { timeout: 180_000 }, () => {
  it("ignores a stranger's comment on the dashboard that copies its markers and ticked keys, whoever edits it", async () => {
    const h = (harness = await startDashboardEditHarness());
    const number = await h.render();
    const lookalike = `${telefonistkaTag}\n${kindMarker(DASHBOARD_KIND)}\n- [ ] ${dashboardActionKey(PROMOTE_APP_0)} promote`;
    const reader = octokitFor(h.emulator, h.emulator.tokens.reader);
    const { data: comment } = await reader.rest.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: number,
      body: lookalike,
    });
    for (const user of ['reader', 'alice']) {
      h.emulator.takeEvents();
      await h.emulator.editComment({
        owner: OWNER,
        repo: REPO,
        id: comment.id,
        body: lookalike.replace('- [ ]', '- [x]'),
        user,
      });
      const event = h.emulator.takeEvents({ forActions: true }).find((e) => e.name === 'issue_comment');
      expect((await h.handle('issue_comment', event!.payload)).status).toBe('ignored');
    }
    expect(await h.openPromotionPrs()).toEqual([]);
  });

  // Reverting to `changes.body.from` restores the body before THIS edit: when a reader edits twice, the second
  // revert restores the first defacement. Fix (src/use-cases/dashboard/handle-dashboard-edit.ts, not this
  // engineer's): restore the last body this tool's identity wrote (re-render, `force`), not the event's `from`.
  it.fails(
    'restores its own dashboard after a reader edits it twice, not the reader’s first edit',
    async () => {
      const h = (harness = await startDashboardEditHarness());
      const number = await h.render();
      const ours = await h.body(number);
      const first = await editBody(h, number, `${ours}\n\n${DEFACED}`, 'reader');
      const second = await editBody(h, number, `${ours}\n\nsecond edit`, 'reader');
      expect(await h.handle('issues', first)).toMatchObject({ status: 'reverted' });
      expect(await h.handle('issues', second)).toMatchObject({ status: 'reverted' });
      expect(await h.body(number)).not.toContain('evil.example');
      expect(await h.body(number)).toBe(ours);
    },
  );

  // An edit whose event lacks `changes.body.from` is ignored before the sender's permission is read, and the next
  // update writes nothing while the digest matches, so a reader's text stays. Fix (same file): check the sender of
  // any edit of a dashboard body, and restore by re-rendering with `force` when there is no `from`.
  it.fails('does not keep a reader’s edit whose event lacks changes.body.from', async () => {
    const h = (harness = await startDashboardEditHarness());
    const number = await h.render();
    const ours = await h.body(number);
    const payload = await editBody(h, number, `${ours}\n\n${DEFACED}`, 'reader');
    delete (payload as { changes?: unknown }).changes;
    await h.handle('issues', payload);
    await h.render();
    expect(await h.body(number)).not.toContain('evil.example');
  });
});

describe('a stranger on the branch names this tool writes', { timeout: 180_000 }, () => {
  it('holds a folder although a fork PR by a stranger uses the hold branch name (a fork branch is not ours)', async () => {
    const h = (harness = await startDashboardEditHarness());
    const number = await h.render();
    const hold: DashboardAction = { kind: 'hold', folder: 'env/staging/app-0' };
    await h.emulator.openForkPullRequest({
      owner: OWNER,
      repo: REPO,
      fork: 'mallory/iac',
      head: holdBranchName('hold', hold.folder),
      base: 'main',
      title: 'Hold env/staging/app-0',
      user: 'mallory',
      files: { '.telefonistka/holds.yaml': 'holds: []\n' },
    });
    const result = await h.handle('issues', await h.tick(number, hold, 'alice'));
    expect(result).toMatchObject({
      status: 'acted',
      outcomes: [{ action: hold, outcome: 'done' }],
    });
    const holds = await h.emulator.readFile(OWNER, REPO, 'main', '.telefonistka/holds.yaml');
    expect(holds).toContain('folder: env/staging/app-0');
    expect(holds).toContain('by: alice');
  });
});
