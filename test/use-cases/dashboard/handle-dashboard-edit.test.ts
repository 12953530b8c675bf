import { afterEach, describe, expect, it } from 'vitest';
import { createGitHistory } from '../../../src/adapters/git/create-git-history.js';
import { createGitSnapshot } from '../../../src/adapters/git/create-git-snapshot.js';
import { dashboardActionKey } from '../../../src/core/dashboard/dashboard-action-key.js';
import type { DashboardAction } from '../../../src/core/dashboard/dashboard-action.js';
import { silentLogger } from '../../../src/ports/logger.js';
import { handleDashboardEdit } from '../../../src/use-cases/dashboard/handle-dashboard-edit.js';
import { updateDashboard } from '../../../src/use-cases/dashboard/update-dashboard.js';
import { createTempGitRepo, type TempGitRepo } from '../../support/temp-git-repo.js';
import { createInMemoryIssues } from './in-memory-issues.js';

const BOT = 'github-actions[bot]';
const CONFIG = `promotionPaths:
  - sourcePath: "env/lab/"
    promotionPrs:
      - targetPaths: ["env/staging/"]
`;

const repos: TempGitRepo[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));

/** 400 components, every one of them ahead in lab: the matrix and 200 boxes need more than one part. */
function pendingRepo(): TempGitRepo {
  const files: Record<string, string> = { 'telefonistka.yaml': CONFIG };
  for (let i = 0; i < 400; i++) {
    const name = `component-with-a-long-name-${String(i).padStart(4, '0')}`;
    files[`env/lab/${name}/values.yaml`] = `tag: 2.0.${i}\n`;
    files[`env/staging/${name}/values.yaml`] = `tag: 1.0.${i}\n`;
  }
  const repo = createTempGitRepo({ files });
  repos.push(repo);
  return repo;
}

describe('handleDashboardEdit', () => {
  it('acts on a box ticked in a part comment of a split dashboard and rewrites that comment unticked', async () => {
    const repo = pendingRepo();
    const commit = repo.git('rev-parse', 'HEAD').trim();
    const issues = createInMemoryIssues(BOT);
    const deps = {
      snapshot: createGitSnapshot(repo.dir),
      history: createGitHistory(repo.dir),
      openPulls: { listOpenPullsWithViewer: async () => ({ viewer: BOT, pulls: [] }) },
      issues: issues.port,
      logger: silentLogger,
    };
    const written = await updateDashboard({ commit, today: '2026-12-05' }, deps);
    expect(written).toMatchObject({ status: 'written', created: true });
    const promote: DashboardAction = {
      kind: 'promote',
      folder: 'env/staging/component-with-a-long-name-0198',
    };
    const box = `- [ ] ${dashboardActionKey(promote)}`;
    const comments = await issues.port.listIssueComments(1);
    expect(comments.length).toBeGreaterThan(0);
    const part = comments.find((comment) => comment.body.includes(box))!;
    expect(part).toBeDefined();
    const ticked = part.body.replace(box, box.replace('[ ]', '[x]'));
    await issues.port.updateIssueComment(part.id, ticked);
    const asked: string[] = [];
    const result = await handleDashboardEdit(
      {
        edit: {
          issue: { number: 1, author: BOT, body: issues.shown(1)[0]!, labels: ['telefonistka-dashboard'] },
          comment: { id: part.id, author: BOT, body: ticked },
          previousBody: part.body,
          sender: 'alice',
        },
        commit,
        today: '2026-12-05',
      },
      {
        ...deps,
        permissions: {
          getPermission: async (login) => {
            asked.push(login);
            return 'write';
          },
        },
        handlers: {
          promote: async (action, context) => ({
            action,
            outcome: 'done',
            message: `opened a promotion PR for @${context.actor}`,
            pull: { number: 99, url: 'https://github.test/pull/99' },
          }),
        },
        now: () => new Date('2026-12-05T12:00:00Z'),
      },
    );
    expect(asked).toEqual(['alice']);
    expect(result).toMatchObject({ status: 'acted', outcomes: [{ action: promote, outcome: 'done' }] });
    const shown = issues.shown(1);
    expect(shown.join('\n')).not.toContain('- [x]');
    expect(shown.join('\n')).toContain(box);
    expect(shown[0]).toContain(
      '✅ promote `env/staging/component-with-a-long-name-0198`: opened a promotion PR for @&#8203;alice ([#99](https://github.test/pull/99))',
    );
  });
});
