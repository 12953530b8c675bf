// Trust audit: the holds file is read by the sweep through GraphQL, whose Blob.text GitHub cuts on large files
// (the emulator at 512 KiB, `isTruncated`). A cut file whose kept part parses (comments, whole entries) would hold
// nothing, and the sweep would merge into a held folder. The file is bounded instead: over the bound it is an
// error at its first line, and every gated PR stays pending (fail closed), as for any broken holds file.
import { afterEach, describe, expect, it } from 'vitest';
import { createApiSnapshot } from '../../src/adapters/github/create-api-snapshot.js';
import { createOctokitDeployments } from '../../src/adapters/github/create-octokit-deployments.js';
import { createOctokitGitHub } from '../../src/adapters/github/create-octokit-github.js';
import { parseRepoConfig } from '../../src/core/config/parse-repo-config.js';
import { ConfigError } from '../../src/core/errors/config-error.js';
import { HOLDS_FILE, parseHoldsFile } from '../../src/core/holds/parse-holds-file.js';
import { silentLogger } from '../../src/ports/logger.js';
import { sweepGates } from '../../src/use-cases/gates/sweep-gates.js';
import { promoteMergedPullRequest } from '../../src/use-cases/promote/promote-merged-pull-request.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';
import { mergedPullRequestOf } from '../support/merged-pull-request-of.js';

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
const ENTRY = `  - folder: ${PROD}\n    reason: incident 4711\n    by: octocat\n    since: "2026-12-05T13:00:00Z"\n`;
/** A valid holds file of about 600 KiB: a long comment (a team's notes), then the one hold. */
const HUGE = `${'# notes about past incidents, kept for the audit trail of holds and releases\n'.repeat(8_000)}holds:\n${ENTRY}`;

let emulator: GitHubEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

/** A promotion PR into PROD opened, then `content` committed as the holds file, then one sweep (no clock). */
async function sweepWithHolds(content: string | Buffer) {
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
  const adapter = { token: running.tokens.app, owner: OWNER, repo: REPO, baseUrl: running.apiUrl };
  const github = createOctokitGitHub({ ...adapter, logger: silentLogger, writeIntervalMs: 0 });
  const port = createOctokitDeployments({ ...adapter, logger: silentLogger, writeIntervalMs: 0 });
  const base = { github, logger: silentLogger, sleep: () => Promise.resolve() };
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
  const merged = await running.mergePullRequest({ owner: OWNER, repo: REPO, number: opened.number });
  const promoted = await promoteMergedPullRequest(
    mergedPullRequestOf(merged),
    {
      defaultBranch: 'main',
      dryRun: false,
      autoMergeMode: 'direct',
      mergeMethod: 'merge',
      dispatchAfterMerge: undefined,
    },
    { ...base, approver: undefined, localGit: undefined, snapshot: createApiSnapshot(github) },
  );
  const prodPr = promoted.results[0]!.number!;
  // The hold lands after the promotion PR was opened (an incident), in a file larger than GitHub returns whole.
  await running.commitFiles({
    owner: OWNER,
    repo: REPO,
    branch: 'main',
    files: { [HOLDS_FILE]: content },
    message: 'hold',
  });

  const swept = await sweepGates(
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
  );
  return { swept, prodPr, running };
}

describe('a holds file GraphQL does not return whole', { timeout: 180_000 }, () => {
  it('is refused at its first line, saying how big it is and what to do', () => {
    expect(() => parseHoldsFile(HUGE)).toThrow(ConfigError);
    expect(() => parseHoldsFile(HUGE)).toThrow(/^\.telefonistka\/holds\.yaml:1:1: the holds file is \d+ KiB/);
  });

  it.each([
    ['larger than GitHub returns whole', HUGE],
    ['saved as UTF-16 (GitHub takes it for binary)', Buffer.from(`\uFEFFholds:\r\n${ENTRY}`, 'utf16le')],
  ])(
    'keeps the promotion PR into the held folder pending and unmerged in the sweep: holds file %s',
    async (_what, content) => {
      const { swept, prodPr, running } = await sweepWithHolds(content);
      expect(swept.pullRequests[0]).toMatchObject({ number: prodPr, verdict: { state: 'pending' } });
      expect(swept.pullRequests[0]?.merge).toBeUndefined();
      expect((await running.getPullRequest(OWNER, REPO, prodPr)).merged).toBe(false);
      expect(await running.readFile(OWNER, REPO, 'main', `${PROD}/values.yaml`)).toBe('image: app:1.0\n');
    },
  );

  // The sweep cut "holds file invalid: <problem>" to 140 code points itself (withHolds in sweep-gates.ts): a problem
  // quoting an emoji key was refused by GitHub, the PR kept its old status (success). It uses shortenStatusDescription.
  it('writes "holds file invalid" GitHub accepts when the problem quotes an emoji', async () => {
    const { swept } = await sweepWithHolds(`holds:\n${ENTRY}    🔥: now\n`);
    expect(swept.pullRequests[0]).toMatchObject({ written: true, verdict: { state: 'pending' } });
    expect(swept.pullRequests[0]?.error).toBeUndefined();
  });
});
