// The dashboard-edit flow run in-process on the GitHub emulator, wired as run-dashboard-edit.ts wires it (Octokit
// issues, GraphQL open PRs, a fresh checkout, the real promote handler), so a test needs no `npm run build`.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createGitHistory } from '../../../src/adapters/git/create-git-history.js';
import { createGraphqlFolderHistory } from '../../../src/adapters/github/create-graphql-folder-history.js';
import { createGraphqlOpenPulls } from '../../../src/adapters/github/create-graphql-open-pulls.js';
import { createOctokitGitHub } from '../../../src/adapters/github/create-octokit-github.js';
import { createOctokitIssues } from '../../../src/adapters/github/create-octokit-issues.js';
import { dashboardActionHandlers } from '../../../src/actions/dashboard/dashboard-action-handlers.js';
import { dashboardEditFromEvent } from '../../../src/actions/dashboard/dashboard-edit-from-event.js';
import { detectRepositoryAccess } from '../../../src/actions/shared/detect-repository-access.js';
import { dashboardActionKey } from '../../../src/core/dashboard/dashboard-action-key.js';
import type { DashboardAction } from '../../../src/core/dashboard/dashboard-action.js';
import { silentLogger } from '../../../src/ports/logger.js';
import {
  handleDashboardEdit,
  type DashboardEditResult,
} from '../../../src/use-cases/dashboard/handle-dashboard-edit.js';
import { readDashboardHead } from '../../../src/use-cases/dashboard/read-dashboard-head.js';
import { updateDashboard } from '../../../src/use-cases/dashboard/update-dashboard.js';
import { octokitFor } from '../../github-emulator/emulator-fixture.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';
import { checkoutRepo } from '../../support/run-action.js';

export const OWNER = 'acme';
export const REPO = 'iac';

export const CHAIN_CONFIG = `promotionPaths:
  - sourcePath: "env/lab/"
    promotionPrs:
      - targetPaths: ["env/staging/"]
dashboard:
  version:
    - file: values.yaml
      path: .image.tag
`;

/** An emulator with a lab -> staging repository whose lab `app-0` differs from staging (pending). */
export interface DashboardEditHarness {
  emulator: GitHubEmulator;
  /** Updates the dashboard as the App (creates it the first time); returns its issue number. */
  render: () => Promise<number>;
  /** The dashboard issue's body as anyone reads it. */
  body: (number: number) => Promise<string>;
  /** `login` ticks the box of `action` in the web UI; returns the `issues` edited payload Actions would get. */
  tick: (number: number, action: DashboardAction, login: string) => Promise<Record<string, unknown>>;
  /** Runs the edit flow on an event payload, as the App. */
  handle: (
    eventName: string,
    payload: Record<string, unknown>,
    options?: { without?: DashboardAction['kind'][] },
  ) => Promise<DashboardEditResult>;
  /** Open PRs from promotion branches. */
  openPromotionPrs: () => Promise<Awaited<ReturnType<GitHubEmulator['listPullRequests']>>>;
  close: () => Promise<void>;
}

/** Starts the emulator with `config` and three components in lab and staging, lab's app-0 ahead. */
export async function startDashboardEditHarness(config = CHAIN_CONFIG): Promise<DashboardEditHarness> {
  const emulator = await startGitHubEmulator();
  const files: Record<string, string> = { 'telefonistka.yaml': config };
  for (let i = 0; i < 3; i++)
    for (const env of ['lab', 'staging'])
      files[`env/${env}/app-${i}/values.yaml`] = `image:\n  tag: 1.0.${i}\n`;
  await emulator.createRepo({ owner: OWNER, name: REPO, files });
  await emulator.commitFiles({
    owner: OWNER,
    repo: REPO,
    branch: 'main',
    message: 'lab app-0 2.0.0',
    files: { 'env/lab/app-0/values.yaml': 'image:\n  tag: 2.0.0\n' },
  });
  const checkouts: string[] = [];
  const adapter = { token: emulator.tokens.app, owner: OWNER, repo: REPO, baseUrl: emulator.apiUrl };
  const head = () =>
    execFileSync('git', ['-C', emulator.gitDir(OWNER, REPO), 'rev-parse', 'refs/heads/main'], {
      encoding: 'utf8',
    }).trim();
  const flowDeps = async () => {
    const github = createOctokitGitHub({ ...adapter, logger: silentLogger, writeIntervalMs: 0 });
    const checkout = await checkoutRepo(emulator, OWNER, REPO, 'main');
    checkouts.push(checkout);
    const access = await detectRepositoryAccess(checkout, github, silentLogger);
    return {
      github,
      access,
      deps: {
        snapshot: access.snapshot,
        history: createGitHistory(checkout),
        openPulls: createGraphqlOpenPulls({ ...adapter, logger: silentLogger }),
        issues: createOctokitIssues({ ...adapter, logger: silentLogger, writeIntervalMs: 0 }),
        logger: silentLogger,
      },
    };
  };
  const reader = octokitFor(emulator, emulator.tokens.reader);
  const body = async (number: number) =>
    (await reader.rest.issues.get({ owner: OWNER, repo: REPO, issue_number: number })).data.body ?? '';
  return {
    emulator,
    body,
    render: async () => {
      const { deps } = await flowDeps();
      const result = await updateDashboard({ commit: head(), today: '2026-12-05' }, deps);
      if (result.status !== 'written') throw new Error(`dashboard not written: ${result.reason}`);
      return result.issue;
    },
    tick: async (number, action, login) => {
      const before = await body(number);
      const box = `- [ ] ${dashboardActionKey(action)}`;
      if (!before.includes(box)) throw new Error(`no unticked box ${box} in the dashboard`);
      emulator.takeEvents();
      await emulator.editIssueBody({
        owner: OWNER,
        repo: REPO,
        number,
        body: before.replace(box, box.replace('[ ]', '[x]')),
        user: login,
      });
      const event = emulator.takeEvents({ forActions: true }).find((e) => e.name === 'issues');
      if (event === undefined) throw new Error('no issues event');
      return event.payload;
    },
    handle: async (eventName, payload, options = {}) => {
      const edit = dashboardEditFromEvent(eventName, payload);
      if (edit === undefined) throw new Error('not an edit event');
      const { github, access, deps } = await flowDeps();
      const handlers = dashboardActionHandlers({
        options: {
          defaultBranch: 'main',
          dryRun: false,
          autoMergeMode: 'direct',
          mergeMethod: 'auto',
          dispatchAfterMerge: undefined,
        },
        deps: {
          github,
          approver: undefined,
          ...access,
          logger: silentLogger,
          sleep: () => Promise.resolve(),
        },
        history: deps.history,
        folderHistory: createGraphqlFolderHistory({ ...adapter, logger: silentLogger }),
        source: `on the promotion dashboard (#${edit.issue.number})`,
      });
      for (const kind of options.without ?? []) delete handlers[kind];
      return handleDashboardEdit(
        { edit, commit: head(), today: '2026-12-05' },
        {
          ...deps,
          permissions: github,
          handlers,
          now: () => new Date('2026-12-05T12:00:00Z'),
          readHead: () => readDashboardHead('main', { github, ...access }),
        },
      );
    },
    openPromotionPrs: async () =>
      (await emulator.listPullRequests(OWNER, REPO)).filter(
        (pr) => pr.state === 'open' && pr.head.startsWith('promotions/'),
      ),
    close: async () => {
      for (const dir of checkouts) rmSync(dir, { recursive: true, force: true });
      await emulator.close();
    },
  };
}
