import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHistory } from '../../../src/adapters/git/create-git-history.js';
import { createGitSnapshot } from '../../../src/adapters/git/create-git-snapshot.js';
import { createGraphqlOpenPulls } from '../../../src/adapters/github/create-graphql-open-pulls.js';
import { createOctokitIssues } from '../../../src/adapters/github/create-octokit-issues.js';
import { silentLogger, type Logger } from '../../../src/ports/logger.js';
import { createRecordingLogger } from '../../support/recording-logger.js';
import { updateDashboard } from '../../../src/use-cases/dashboard/update-dashboard.js';
import { octokitFor } from '../../github-emulator/emulator-fixture.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';

const OWNER = 'acme';
const REPO = 'iac';
const CONFIG = `promotionPaths:
  - sourcePath: "env/lab/"
    promotionPrs:
      - targetPaths: ["env/staging/"]
dashboard:
  version:
    - file: values.yaml
      path: .image.tag
`;

let emulator: GitHubEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

function files(components: number): Record<string, string> {
  const result: Record<string, string> = { 'telefonistka.yaml': CONFIG };
  for (let i = 0; i < components; i++) {
    for (const env of ['lab', 'staging'])
      result[`env/${env}/app-${i}/values.yaml`] = `image:\n  tag: 1.0.${i}\n`;
  }
  return result;
}

/** The dashboard flow wired as the action wires it: Octokit issues, GraphQL open PRs, the emulator's bare repository. */
function flow(running: GitHubEmulator, logger: Logger = silentLogger) {
  const gitDir = running.gitDir(OWNER, REPO);
  const adapter = { token: running.tokens.actions, owner: OWNER, repo: REPO, baseUrl: running.apiUrl };
  const issues = createOctokitIssues({ ...adapter, logger: silentLogger, writeIntervalMs: 0 });
  const head = execFileSync('git', ['-C', gitDir, 'rev-parse', 'refs/heads/main'], {
    encoding: 'utf8',
  }).trim();
  return {
    run: () =>
      updateDashboard(
        { commit: head, today: '2026-12-05' },
        {
          snapshot: createGitSnapshot(gitDir),
          history: createGitHistory(gitDir),
          openPulls: createGraphqlOpenPulls({ ...adapter, logger: silentLogger }),
          issues,
          logger,
        },
      ),
  };
}

const isWrite = (request: { method: string; graphql?: string }): boolean =>
  request.method !== 'GET' && !(request.method === 'POST' && request.graphql?.startsWith('query'));

describe('updateDashboard on the GitHub emulator', () => {
  it('creates a labelled plain issue, then costs 2 requests and 0 writes when nothing changed', async () => {
    emulator = await startGitHubEmulator();
    await emulator.createRepo({ owner: OWNER, name: REPO, files: files(3) });
    const first = await flow(emulator).run();
    expect(first).toMatchObject({ status: 'written', created: true, parts: 1 });
    const octokit = octokitFor(emulator, emulator.tokens.reader);
    const listed = await octokit.rest.issues.listForRepo({
      owner: OWNER,
      repo: REPO,
      labels: 'telefonistka-dashboard',
    });
    expect(listed.data).toHaveLength(1);
    const issue = listed.data[0]!;
    expect(issue.pull_request).toBeUndefined();
    expect(issue.user?.login).toBe('github-actions[bot]');
    expect(issue.body).toContain('| `app-1` | `1.0.1`');

    emulator.resetLog();
    const again = await flow(emulator).run();
    expect(again).toMatchObject({ status: 'written', created: false, unchanged: true, writes: 0 });
    // dashboardUpdateCalls on the emulator's request log.
    expect(emulator.requests.map((request) => request.route)).toEqual([
      'POST /graphql',
      'GET /repos/{owner}/{repo}/issues',
    ]);
    expect(emulator.requests.filter(isWrite)).toEqual([]);
  });

  it('edits the same issue in place when a version changes, and never adopts a look-alike by someone else', async () => {
    emulator = await startGitHubEmulator();
    await emulator.createRepo({ owner: OWNER, name: REPO, files: files(2) });
    const someoneElse = octokitFor(emulator, emulator.tokens.user);
    await someoneElse.rest.issues.create({
      owner: OWNER,
      repo: REPO,
      title: 'Promotion dashboard',
      body: '<!-- telefonistka_tag -->\n<!-- telefonistka:dashboard -->\nfake',
      labels: ['telefonistka-dashboard'],
    });
    const created = await flow(emulator).run();
    expect(created).toMatchObject({ status: 'written', created: true, issue: 2 });
    await emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      message: 'lab 2.0.0',
      files: { 'env/lab/app-0/values.yaml': 'image:\n  tag: 2.0.0\n' },
    });
    emulator.resetLog();
    const updated = await flow(emulator).run();
    expect(updated).toMatchObject({
      status: 'written',
      created: false,
      unchanged: false,
      issue: 2,
      writes: 1,
    });
    expect(emulator.requests.filter(isWrite).map((request) => request.route)).toEqual([
      'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
    ]);
    const reader = octokitFor(emulator, emulator.tokens.reader);
    const body =
      (await reader.rest.issues.get({ owner: OWNER, repo: REPO, issue_number: 2 })).data.body ?? '';
    expect(body).toContain('| `app-0` | `2.0.0`');
    expect(body).toContain('🔶');
    const fake = (await reader.rest.issues.get({ owner: OWNER, repo: REPO, issue_number: 1 })).data.body;
    expect(fake).toContain('fake');
  });

  it('pins the dashboard issue when it creates it', async () => {
    emulator = await startGitHubEmulator();
    await emulator.createRepo({ owner: OWNER, name: REPO, files: files(1) });
    const created = await flow(emulator).run();
    expect(created).toMatchObject({ status: 'written', created: true, pin: { pinned: true } });
    expect(emulator.requests.filter(isWrite).map((request) => request.graphql ?? request.route)).toContain(
      'mutation pinIssue',
    );
    expect(await pinnedIssues(emulator)).toEqual([1]);
  });

  it('does not try to pin while three issues are pinned, still writes the dashboard, and pins it on a later update once one is unpinned', async () => {
    emulator = await startGitHubEmulator();
    await emulator.createRepo({ owner: OWNER, name: REPO, files: files(1) });
    const user = octokitFor(emulator, emulator.tokens.user);
    const others: string[] = [];
    for (const title of ['one', 'two', 'three']) {
      const issue = (await user.rest.issues.create({ owner: OWNER, repo: REPO, title })).data;
      await user.graphql(PIN, { id: issue.node_id });
      others.push(issue.node_id);
    }
    emulator.resetLog();
    const logger = createRecordingLogger();
    const created = await flow(emulator, logger).run();
    expect(created).toMatchObject({ status: 'written', created: true, issue: 4, pin: { pinned: false } });
    if (created.status !== 'written' || created.pin?.pinned !== false)
      throw new Error('expected a refused pin');
    expect(created.pin.reason).toBe('3 issues are pinned already (#1, #2, #3)');
    // Known from the query the update makes anyway: no pin request GitHub would refuse.
    expect(emulator.requests.map((request) => request.graphql ?? request.route)).not.toContain(
      'mutation pinIssue',
    );
    expect(logger.text()).toMatch(
      /warning: Dashboard #4 was not pinned: 3 issues are pinned already.*tries again/,
    );
    expect(await pinnedIssues(emulator)).toEqual([1, 2, 3]);
    const reader = octokitFor(emulator, emulator.tokens.reader);
    const body = async () =>
      (await reader.rest.issues.get({ owner: OWNER, repo: REPO, issue_number: 4 })).data.body ?? '';
    expect(await body()).toContain('| `app-0` |');

    // Still three pinned: the next update tries nothing and writes nothing.
    emulator.resetLog();
    const still = await flow(emulator).run();
    expect(still).toMatchObject({ status: 'written', unchanged: true, writes: 0 });
    expect(emulator.requests.map((request) => request.route)).toEqual([
      'POST /graphql',
      'GET /repos/{owner}/{repo}/issues',
    ]);

    // Someone unpins #2: the next update (nothing else changed) pins the dashboard, in one attempt.
    await user.graphql(UNPIN, { id: others[1] });
    emulator.resetLog();
    const retried = await flow(emulator).run();
    expect(retried).toMatchObject({ status: 'written', issue: 4, pin: { pinned: true } });
    expect(emulator.requests.filter(isWrite).map((request) => request.graphql ?? request.route)).toEqual([
      'mutation pinIssue',
      'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
    ]);
    expect(await pinnedIssues(emulator)).toEqual([1, 3, 4]);

    // Pinned: no pin request and no write any more (2 requests).
    emulator.resetLog();
    const pinned = await flow(emulator).run();
    expect(pinned).toMatchObject({ status: 'written', unchanged: true, writes: 0 });
    expect(emulator.requests).toHaveLength(2);
  });

  it('leaves a dashboard someone unpinned by hand alone: no pin request on later updates', async () => {
    emulator = await startGitHubEmulator();
    await emulator.createRepo({ owner: OWNER, name: REPO, files: files(1) });
    const created = await flow(emulator).run();
    expect(created).toMatchObject({ created: true, pin: { pinned: true } });
    // A maintainer unpins it on purpose: later updates do not pin it again.
    const user = octokitFor(emulator, emulator.tokens.user);
    const node = (await user.rest.issues.get({ owner: OWNER, repo: REPO, issue_number: 1 })).data.node_id;
    await user.graphql(UNPIN, { id: node });
    emulator.resetLog();
    const after = await flow(emulator).run();
    expect(after).toMatchObject({ status: 'written', unchanged: true, writes: 0 });
    expect(emulator.requests).toHaveLength(2);
    expect(await pinnedIssues(emulator)).toEqual([]);
  });
});

const PIN = 'mutation($id: ID!) { pinIssue(input: { issueId: $id }) { issue { isPinned } } }';
const UNPIN = 'mutation($id: ID!) { unpinIssue(input: { issueId: $id }) { issue { isPinned } } }';

/** Numbers of the repository's pinned issues, read back through GraphQL as a client would. */
async function pinnedIssues(running: GitHubEmulator): Promise<number[]> {
  const reader = octokitFor(running, running.tokens.reader);
  const issues = await reader.paginate(reader.rest.issues.listForRepo, {
    owner: OWNER,
    repo: REPO,
    state: 'all',
  });
  const pinned: number[] = [];
  for (const issue of issues) {
    const data = await reader.graphql<{ node: { isPinned: boolean | null } | null }>(
      'query($id: ID!) { node(id: $id) { ... on Issue { isPinned } } }',
      { id: issue.node_id },
    );
    if (data.node?.isPinned === true) pinned.push(issue.number);
  }
  return pinned.sort((a, b) => a - b);
}
