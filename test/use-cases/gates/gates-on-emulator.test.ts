import { afterEach, describe, expect, it } from 'vitest';
import { createOctokitDeployments } from '../../../src/adapters/github/create-octokit-deployments.js';
import { createOctokitGitHub } from '../../../src/adapters/github/create-octokit-github.js';
import { parseRepoConfig } from '../../../src/core/config/parse-repo-config.js';
import { silentLogger } from '../../../src/ports/logger.js';
import { recordMergeDeployments } from '../../../src/use-cases/gates/record-merge-deployments.js';
import { sweepGates } from '../../../src/use-cases/gates/sweep-gates.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';
import { mergedPullRequestOf } from '../../support/merged-pull-request-of.js';

let emulator: GitHubEmulator | undefined;
afterEach(async () => emulator?.close());

const CONFIG = [
  'environments:',
  '  - { path: "clusters/staging/", name: staging }',
  '  - { path: "clusters/prod/", name: production }',
  'promotionPaths:',
  '  - sourcePath: clusters/staging/',
  '    gates: { soak: 1h }',
  '    promotionPrs: [{ targetPaths: [clusters/prod/] }]',
  '',
].join('\n');

describe('gated delivery on the GitHub emulator', () => {
  it('records a direct edit of staging as a deployment, and a sweep over it reads in one GraphQL request', async () => {
    emulator = await startGitHubEmulator();
    await emulator.createRepo({
      owner: 'acme',
      name: 'iac',
      files: {
        'telefonistka.yaml': CONFIG,
        'clusters/staging/nginx/values.yaml': 'a: 1\n',
        'README.md': 'x\n',
      },
    });
    await emulator.commitFiles({
      owner: 'acme',
      repo: 'iac',
      branch: 'edit',
      from: 'main',
      files: { 'clusters/staging/nginx/values.yaml': 'a: 2\n', 'README.md': 'y\n' },
      message: 'edit',
    });
    const opened = await emulator.openPullRequest({
      owner: 'acme',
      repo: 'iac',
      head: 'edit',
      base: 'main',
      title: 'Edit',
      user: 'alice',
    });
    const merged = await emulator.mergePullRequest({ owner: 'acme', repo: 'iac', number: opened.number });
    const options = {
      token: emulator.tokens.app,
      owner: 'acme',
      repo: 'iac',
      baseUrl: emulator.apiUrl,
      logger: silentLogger,
      writeIntervalMs: 0,
    };
    const github = createOctokitGitHub(options);
    const records = createOctokitDeployments(options);
    const config = parseRepoConfig(CONFIG).config;
    const recorded = await recordMergeDeployments(
      {
        pullRequest: mergedPullRequestOf(merged),
        url: 'https://github.com/acme/iac/pull/1',
        config,
        confirmation: 'merge',
      },
      { github, deployments: records, localGit: undefined, logger: silentLogger },
    );
    expect(recorded.map((r) => [r.environment, r.outcome])).toEqual([['staging', 'success']]);
    const [deployment] = emulator.listDeployments('acme', 'iac', 'staging');
    expect(deployment).toMatchObject({
      sha: merged.mergeCommitSha,
      environment: 'staging',
      latestStatus: 'success',
    });
    expect(deployment?.payload).toMatchObject({
      tool: 'telefonistka',
      components: ['clusters/staging/nginx/'],
      pullRequest: { number: merged.number },
    });
    expect(emulator.listDeployments('acme', 'iac', 'production')).toEqual([]);

    const before = records.callCount() + github.callCount();
    const result = await sweepGates(
      config,
      {
        now: Date.now(),
        confirmation: 'merge',
        mergeMethod: 'merge',
        repositorySettings: undefined,
        ownLogins: [],
        dispatchAfterMerge: undefined,
      },
      {
        github,
        sweep: records,
        deployments: records,
        apps: undefined,
        logger: silentLogger,
        sleep: async () => {},
      },
    );
    expect(result).toEqual({ pullRequests: [], confirmed: [], ungated: [] });
    expect(records.callCount() + github.callCount() - before).toBe(1);
  });
});
