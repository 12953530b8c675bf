// Issue 16: the gates sweep never merges a promotion PR into a held folder; after the release it does.
import { afterEach, describe, expect, it } from 'vitest';
import { createApiSnapshot } from '../../../src/adapters/github/create-api-snapshot.js';
import { createOctokitDeployments } from '../../../src/adapters/github/create-octokit-deployments.js';
import { createOctokitGitHub } from '../../../src/adapters/github/create-octokit-github.js';
import { parseRepoConfig } from '../../../src/core/config/parse-repo-config.js';
import { HOLDS_FILE, parseHoldsFile } from '../../../src/core/holds/parse-holds-file.js';
import { silentLogger } from '../../../src/ports/logger.js';
import { sweepGates } from '../../../src/use-cases/gates/sweep-gates.js';
import { createHoldHandler } from '../../../src/use-cases/holds/create-hold-handler.js';
import { createReleaseHandler } from '../../../src/use-cases/holds/create-release-handler.js';
import { promoteMergedPullRequest } from '../../../src/use-cases/promote/promote-merged-pull-request.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';
import { mergedPullRequestOf } from '../../support/merged-pull-request-of.js';

const OWNER = 'acme';
const REPO = 'iac';
const CONFIG = `promotionPaths:
  - sourcePath: clusters/staging/
    conditions: { autoMerge: true }
    gates: { windows: [{ timezone: UTC }] }
    promotionPrs:
      - targetPaths: [clusters/prod/]
`;
const PROD = 'clusters/prod/app';

let emulator: GitHubEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

function wiring(running: GitHubEmulator) {
  const adapter = { token: running.tokens.app, owner: OWNER, repo: REPO, baseUrl: running.apiUrl };
  const github = createOctokitGitHub({ ...adapter, logger: silentLogger, writeIntervalMs: 0 });
  const port = createOctokitDeployments({ ...adapter, logger: silentLogger, writeIntervalMs: 0 });
  const base = { github, logger: silentLogger, sleep: () => Promise.resolve() };
  const holdsDeps = { ...base, defaultBranch: 'main', mergeMethod: 'auto' as const };
  return {
    github,
    hold: createHoldHandler(holdsDeps),
    release: createReleaseHandler(holdsDeps),
    sweep: () =>
      sweepGates(
        parseRepoConfig(CONFIG).config,
        {
          now: Date.parse('2026-12-05T13:30:00Z'),
          confirmation: 'merge',
          mergeMethod: 'merge',
          repositorySettings: undefined,
          ownLogins: ['telefonistka[bot]'],
          dispatchAfterMerge: undefined,
        },
        { ...base, sweep: port, deployments: port, apps: undefined },
      ),
  };
}

async function mergeStagingChange(running: GitHubEmulator) {
  await running.commitFiles({
    owner: OWNER,
    repo: REPO,
    branch: 'bump',
    from: 'main',
    files: { 'clusters/staging/app/values.yaml': 'image: app:2.0\n' },
    message: 'bump',
  });
  const opened = await running.openPullRequest({
    owner: OWNER,
    repo: REPO,
    head: 'bump',
    base: 'main',
    title: 'Bump',
  });
  return running.mergePullRequest({ owner: OWNER, repo: REPO, number: opened.number });
}

describe('the gates sweep and holds', { timeout: 180_000 }, () => {
  it('leaves a PR into a held folder pending and unmerged, and merges it once the hold is released', async () => {
    const running = (emulator = await startGitHubEmulator({ preset: 'permissive' }));
    await running.createRepo({
      owner: OWNER,
      name: REPO,
      files: {
        'telefonistka.yaml': CONFIG,
        'clusters/staging/app/values.yaml': 'image: app:1.0\n',
        [`${PROD}/values.yaml`]: 'image: app:1.0\n',
      },
    });
    const { github, hold, release, sweep } = wiring(running);
    const merged = await mergeStagingChange(running);
    const promoted = await promoteMergedPullRequest(
      mergedPullRequestOf(merged),
      {
        defaultBranch: 'main',
        dryRun: false,
        autoMergeMode: 'direct',
        mergeMethod: 'merge',
        dispatchAfterMerge: undefined,
      },
      {
        github,
        approver: undefined,
        localGit: undefined,
        snapshot: createApiSnapshot(github),
        logger: silentLogger,
        sleep: () => Promise.resolve(),
      },
    );
    const prodPr = promoted.results[0]!.number!;
    expect((await running.getPullRequest(OWNER, REPO, prodPr)).state).toBe('open');

    const held = await hold(
      { kind: 'hold', folder: PROD },
      { actor: 'octocat', now: new Date('2026-12-05T13:00:00Z') },
    );
    expect(held.outcome).toBe('done');
    const first = await sweep();
    expect(first.pullRequests).toEqual([
      expect.objectContaining({
        number: prodPr,
        written: true,
        verdict: expect.objectContaining({
          state: 'pending',
          description: `held: ${PROD} (held from the dashboard by @octocat, by octocat)`,
        }),
      }),
    ]);
    expect(first.pullRequests[0]?.merge).toBeUndefined();
    expect((await running.getPullRequest(OWNER, REPO, prodPr)).merged).toBe(false);
    expect(await running.readFile(OWNER, REPO, 'main', `${PROD}/values.yaml`)).toBe('image: app:1.0\n');

    // Unchanged: the next sweep writes no status again.
    expect((await sweep()).pullRequests[0]).toMatchObject({ written: false, verdict: { state: 'pending' } });

    await release(
      { kind: 'release', folder: PROD },
      { actor: 'octocat', now: new Date('2026-12-05T14:00:00Z') },
    );
    expect(parseHoldsFile((await running.readFile(OWNER, REPO, 'main', HOLDS_FILE)) ?? '').config).toEqual(
      [],
    );
    const after = await sweep();
    expect(after.pullRequests[0]).toMatchObject({ verdict: { state: 'success' }, merge: 'merged' });
    expect(await running.readFile(OWNER, REPO, 'main', `${PROD}/values.yaml`)).toBe('image: app:2.0\n');
  });

  it('keeps every gated PR pending while the holds file is broken', async () => {
    const running = (emulator = await startGitHubEmulator({ preset: 'permissive' }));
    await running.createRepo({
      owner: OWNER,
      name: REPO,
      files: {
        'telefonistka.yaml': CONFIG,
        'clusters/staging/app/values.yaml': 'image: app:1.0\n',
        [`${PROD}/values.yaml`]: 'image: app:1.0\n',
      },
    });
    const { github, sweep } = wiring(running);
    const merged = await mergeStagingChange(running);
    await promoteMergedPullRequest(
      mergedPullRequestOf(merged),
      {
        defaultBranch: 'main',
        dryRun: false,
        autoMergeMode: 'direct',
        mergeMethod: 'merge',
        dispatchAfterMerge: undefined,
      },
      {
        github,
        approver: undefined,
        localGit: undefined,
        snapshot: createApiSnapshot(github),
        logger: silentLogger,
        sleep: () => Promise.resolve(),
      },
    );
    await running.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      files: { [HOLDS_FILE]: 'holds:\n  - folder: [x\n' },
      message: 'broken',
    });
    const swept = await sweep();
    expect(swept.pullRequests[0]).toMatchObject({
      verdict: {
        state: 'pending',
        description: expect.stringMatching(
          /^holds file invalid: \.telefonistka\/holds\.yaml:\d+:\d+: YAML: /,
        ),
      },
    });
    expect(swept.pullRequests[0]?.merge).toBeUndefined();
  });
});
