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

  it('reports a refused pin (three issues pinned already) and still writes the dashboard', async () => {
    emulator = await startGitHubEmulator();
    await emulator.createRepo({ owner: OWNER, name: REPO, files: files(1) });
    const user = octokitFor(emulator, emulator.tokens.user);
    for (const title of ['one', 'two', 'three']) {
      const issue = (await user.rest.issues.create({ owner: OWNER, repo: REPO, title })).data;
      await user.graphql('mutation($id: ID!) { pinIssue(input: { issueId: $id }) { issue { isPinned } } }', {
        id: issue.node_id,
      });
    }
    const logger = createRecordingLogger();
    const created = await flow(emulator, logger).run();
    expect(created).toMatchObject({ status: 'written', created: true, issue: 4, pin: { pinned: false } });
    if (created.status !== 'written' || created.pin?.pinned !== false)
      throw new Error('expected a refused pin');
    expect(created.pin.reason).toContain('pin 3 issues');
    expect(logger.text()).toMatch(/warning: Dashboard #4 was not pinned: .*pin 3 issues.*issues: write/);
    expect(await pinnedIssues(emulator)).toEqual([1, 2, 3]);
    const reader = octokitFor(emulator, emulator.tokens.reader);
    const body =
      (await reader.rest.issues.get({ owner: OWNER, repo: REPO, issue_number: 4 })).data.body ?? '';
    expect(body).toContain('| `app-0` |');
  });
});

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
