// The bump use-case in process against the GitHub emulator, with the adapters the action builds: who may be
// coalesced into (issue 17 item 10), two bumps at once (issue 17 "Low"), and half-made PRs (item 7).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOctokitGitHub } from '../../../src/adapters/github/create-octokit-github.js';
import type { BumpEdit } from '../../../src/core/bump/bump-edit.js';
import { encodeBumpMetadata, parseBumpMetadata } from '../../../src/core/bump/bump-metadata.js';
import { silentLogger } from '../../../src/ports/logger.js';
import type { BumpReaderPort } from '../../../src/ports/bump-reader-port.js';
import type { BumpRequest } from '../../../src/use-cases/bump/bump-types.js';
import { bumpVersion } from '../../../src/use-cases/bump/bump-version.js';
import { createGraphqlBumpReader } from '../../../src/adapters/github/create-graphql-bump-reader.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';
import type { BumpResult } from '../../../src/core/bump/bump-result.js';

const VALUES = 'clusters/staging/eu/c1/api/values.yaml';
const valuesText = 'image:\n  repository: registry.example.com/acme/api\n  tag: "1.0.0"\nreplicas: 2\n';
const OLD_SHA = 'a'.repeat(40);
const SHA = 'b'.repeat(40);
const OTHER_SHA = 'c'.repeat(40);
const LABEL_ROUTE = 'PATCH /repos/{owner}/{repo}/issues/{issue_number}';
const tag = (value: string): BumpEdit => ({ file: VALUES, mode: 'yaml', path: '.image.tag', value });
const forgedEdit: BumpEdit = {
  file: VALUES,
  mode: 'yaml',
  path: '.image.repository',
  value: 'evil.example/api',
};

let emulator: GitHubEmulator;

beforeEach(async () => {
  emulator = await startGitHubEmulator();
  await emulator.createRepo({ owner: 'acme', name: 'iac', files: { [VALUES]: valuesText } });
});

afterEach(async () => {
  await emulator.close();
});

function request(overrides: Partial<BumpRequest> = {}): BumpRequest {
  return {
    targetRepo: 'acme/iac',
    edits: [tag('1.1.0')],
    triggeringRepo: 'acme/api',
    sha: SHA,
    actor: 'alice',
    labels: [],
    coalesce: true,
    autoMerge: 'off',
    mergeMethod: 'merge',
    serverUrl: emulator.serverUrl,
    dryRun: false,
    allowWorkflowFiles: false,
    ...overrides,
  };
}

/** The ports run-bump builds, as the App identity; `wrapReader` lets a test hold a run at its read. */
function deps(wrapReader: (reader: BumpReaderPort) => BumpReaderPort = (reader) => reader) {
  const common = { token: emulator.tokens.app, baseUrl: emulator.apiUrl, logger: silentLogger };
  const github = createOctokitGitHub({ ...common, owner: 'acme', repo: 'iac', writeIntervalMs: 0 });
  const reader = createGraphqlBumpReader({
    ...common,
    writeIntervalMs: 0,
    owner: 'acme',
    repo: 'iac',
    readFileText: (ref, path) => github.getFileText(ref, path),
  });
  return { github, reader: wrapReader(reader), logger: silentLogger, sleep: async () => undefined };
}

const bump = (overrides: Partial<BumpRequest> = {}): Promise<BumpResult> =>
  bumpVersion(request(overrides), deps());
const openPulls = async () =>
  (await emulator.listPullRequests('acme', 'iac')).filter((pr) => pr.state === 'open');

/** A PR with a bump-like branch and bump metadata naming a forged edit, as anyone could open it. */
function forgedBody(): string {
  return `Bumping version\n${encodeBumpMetadata({
    triggeringRepo: 'acme/api',
    sha: OLD_SHA,
    superseded: [],
    edits: [tag('1.0.1'), forgedEdit],
  })}`;
}

// Several runs each on a loaded machine: more time than the default 30 s.
describe('bump coalescing trusts only its own PRs (issue 17 item 10)', { timeout: 90_000 }, () => {
  it('does not coalesce into a same-repo PR of another writer with a bump branch and forged metadata', async () => {
    const branch = `artifact_version_bump/acme/api/${OLD_SHA}`;
    await emulator.commitFiles({
      owner: 'acme',
      repo: 'iac',
      branch,
      from: 'main',
      files: { [VALUES]: valuesText.replace('registry.example.com', 'evil.example') },
      message: 'bump',
    });
    const forged = await emulator.openPullRequest({
      owner: 'acme',
      repo: 'iac',
      head: branch,
      base: 'main',
      title: 'acme/api🚠 Bumping version',
      body: forgedBody(),
      user: 'alice',
    });

    const result = await bump();
    expect(result).toMatchObject({ result: 'opened', superseded: [] });
    expect(result.pullRequest!.number).not.toBe(forged.number);
    const ours = await emulator.readFile('acme', 'iac', result.branch!, VALUES);
    expect(ours).toBe(valuesText.replace('"1.0.0"', '"1.1.0"'));
    expect(ours).not.toContain('evil.example');
    const untouched = await emulator.getPullRequest('acme', 'iac', forged.number);
    expect(untouched).toMatchObject({ headSha: forged.headSha, body: forged.body, state: 'open' });
  });

  it('keeps bumping a file while a fork PR with a bump branch and metadata is open', async () => {
    const fork = await emulator.openForkPullRequest({
      owner: 'acme',
      repo: 'iac',
      fork: 'mallory/iac',
      head: `artifact_version_bump/acme/api/${OLD_SHA}`,
      base: 'main',
      title: 'acme/api🚠 Bumping version',
      body: forgedBody(),
      user: 'reader',
      files: { [VALUES]: valuesText.replace('registry.example.com', 'evil.example') },
    });
    const first = await bump();
    expect(first.result).toBe('opened');
    expect(await emulator.readFile('acme', 'iac', first.branch!, VALUES)).not.toContain('evil.example');
    const second = await bump({ sha: OTHER_SHA, edits: [tag('1.2.0')] });
    expect(second).toMatchObject({ result: 'updated', pullRequest: first.pullRequest, superseded: [SHA] });
    expect(await emulator.readFile('acme', 'iac', first.branch!, VALUES)).toContain('tag: "1.2.0"');
    expect(await emulator.getPullRequest('acme', 'iac', fork.number)).toMatchObject({
      state: 'open',
      headSha: fork.headSha,
      body: fork.body,
    });
  });

  it('does not coalesce into a PR of a user named like the App (telefonistka is not telefonistka[bot])', async () => {
    const branch = `artifact_version_bump/acme/api/${OLD_SHA}`;
    await emulator.commitFiles({
      owner: 'acme',
      repo: 'iac',
      branch,
      from: 'main',
      files: { [VALUES]: valuesText.replace('registry.example.com', 'evil.example') },
      message: 'bump',
    });
    const lookalike = await emulator.openPullRequest({
      owner: 'acme',
      repo: 'iac',
      head: branch,
      base: 'main',
      title: 'acme/api🚠 Bumping version',
      body: forgedBody(),
      user: 'telefonistka',
    });

    const result = await bump();
    expect(result).toMatchObject({ result: 'opened', superseded: [] });
    expect(result.pullRequest!.number).not.toBe(lookalike.number);
    const ours = await emulator.readFile('acme', 'iac', result.branch!, VALUES);
    expect(ours).toBe(valuesText.replace('"1.0.0"', '"1.1.0"'));
    const untouched = await emulator.getPullRequest('acme', 'iac', lookalike.number);
    expect(untouched).toMatchObject({ headSha: lookalike.headSha, body: lookalike.body, state: 'open' });
  });

  it("stops before writing when another writer's PR holds this run's own branch", async () => {
    const branch = `artifact_version_bump/acme/api/${SHA}`;
    await emulator.commitFiles({
      owner: 'acme',
      repo: 'iac',
      branch,
      from: 'main',
      files: { [VALUES]: valuesText.replace('registry.example.com', 'evil.example') },
      message: 'squat',
    });
    const squatted = await emulator.openPullRequest({
      owner: 'acme',
      repo: 'iac',
      head: branch,
      base: 'main',
      title: 'squat',
      body: forgedBody(),
      user: 'alice',
    });
    emulator.resetLog();
    await expect(bump()).rejects.toThrow(
      `${branch} is the head branch of #${squatted.number}, opened by alice, not by this tool (which writes as telefonistka[bot]); close #${squatted.number} and delete the branch, then re-run`,
    );
    expect(emulator.requests.filter((r) => r.method !== 'GET' && r.graphql === undefined)).toEqual([]);
    expect(await emulator.branchSha('acme', 'iac', branch)).toBe(squatted.headSha);
  });
});

describe('two bumps of one file at once (issue 17 "Low")', { timeout: 90_000 }, () => {
  /** Holds each run's first read until both runs have read: both see no PR, as without a concurrency group. */
  function barrier(runs: number) {
    let arrived = 0;
    let release!: () => void;
    const all = new Promise<void>((resolve) => (release = resolve));
    return (reader: BumpReaderPort): BumpReaderPort => {
      let first = true;
      return {
        ...reader,
        readTarget: async (input) => {
          const snapshot = await reader.readTarget(input);
          if (first) {
            first = false;
            if (++arrived === runs) release();
            await all;
          }
          return snapshot;
        },
      };
    };
  }

  it('leaves one open PR with both edits: the later PR is closed and folded into the earlier one', async () => {
    const hold = barrier(2);
    const replicas: BumpEdit = { file: VALUES, mode: 'yaml', path: '.replicas', value: '3' };
    const results = await Promise.all([
      bumpVersion(request({ sha: SHA, edits: [tag('1.1.0')] }), deps(hold)),
      bumpVersion(request({ sha: OTHER_SHA, edits: [replicas], actor: 'approver' }), deps(hold)),
    ]);
    const open = await openPulls();
    expect(open).toHaveLength(1);
    const [survivor] = open;
    expect(results.map((result) => result.pullRequest?.number)).toEqual([survivor!.number, survivor!.number]);
    expect(results.map((result) => result.result).sort()).toEqual(['opened', 'updated']);
    expect(await emulator.readFile('acme', 'iac', survivor!.head, VALUES)).toBe(
      valuesText.replace('"1.0.0"', '"1.1.0"').replace('replicas: 2', 'replicas: 3'),
    );
    const metadata = parseBumpMetadata(survivor!.body ?? '')!;
    expect([metadata.sha, ...metadata.superseded].sort()).toEqual([SHA, OTHER_SHA].sort());
    const closed = (await emulator.listPullRequests('acme', 'iac')).filter((pr) => pr.state === 'closed');
    expect(closed).toHaveLength(1);
    expect(await emulator.branchSha('acme', 'iac', closed[0]!.head)).toBeUndefined();
  });
});

describe('half-made bump PRs are mended by the next run (issue 17 item 7)', { timeout: 90_000 }, () => {
  it('says which permission is missing when the token may not label, and mends the PR on the re-run', async () => {
    emulator.faults.add({
      route: LABEL_ROUTE,
      status: 403,
      message: 'Resource not accessible by integration',
    });
    await expect(bump()).rejects.toThrow(
      /^bump: publishing the bump PR of artifact_version_bump\/acme\/api\/b+: #1 is open but the token may not set its labels and assignee \(.*Resource not accessible by integration.*\); give it pull-requests: write \(or issues: write\) on acme\/iac, then re-run the job: the next run sets them$/,
    );
    expect(await openPulls()).toMatchObject([{ labels: [], assignees: [] }]);

    const rerun = await bump();
    expect(rerun).toMatchObject({ result: 'updated', pullRequest: { number: 1 } });
    expect(await openPulls()).toMatchObject([{ labels: ['promotion'], assignees: ['alice'] }]);
  });

  it("labels the PR and warns when GitHub refuses the actor as assignee (its 422 on a reader's login)", async () => {
    const result = await bump({ actor: 'reader', labels: ['team-api'] });
    expect(result).toMatchObject({
      result: 'opened',
      warnings: ['#1: could not assign reader (bots and users without access cannot be assignees)'],
    });
    expect(await openPulls()).toMatchObject([{ labels: ['promotion', 'team-api'], assignees: [] }]);
  });

  it('retries a 404 right after opening the PR and labels it in the same run', async () => {
    emulator.faults.add({ route: LABEL_ROUTE, status: 404, times: 2 });
    const result = await bump({ labels: ['team-api'] });
    expect(result.result).toBe('opened');
    expect(emulator.faults.pending()).toBe(0);
    expect(await openPulls()).toMatchObject([{ labels: ['promotion', 'team-api'], assignees: ['alice'] }]);
  });

  it('labels and assigns the PR after a ghost write (created, but the client saw 502) and reports it opened', async () => {
    emulator.faults.add({ route: 'POST /repos/{owner}/{repo}/pulls', status: 502, afterHandler: true });
    const result = await bump();
    expect(result).toMatchObject({ result: 'opened', pullRequest: { number: 1 } });
    expect(await openPulls()).toMatchObject([{ number: 1, labels: ['promotion'], assignees: ['alice'] }]);
  });

  it('mends a renamed title, an emptied body and a removed label, keeping labels people added', async () => {
    const first = await bump();
    const before = (await openPulls())[0]!;
    const github = deps().github;
    await github.updatePullRequest(1, { title: 'renamed', body: 'emptied' });
    await github.setLabelsAndAssignees(1, { labels: ['keep-me'], assignees: [] });
    const rerun = await bump();
    expect(rerun).toMatchObject({ result: 'updated', pullRequest: first.pullRequest });
    const mended = (await openPulls())[0]!;
    expect(mended).toMatchObject({ title: before.title, body: before.body, assignees: ['alice'] });
    expect([...mended.labels].sort()).toEqual(['keep-me', 'promotion']);
  });

  it('writes nothing on a re-run when the PR is whole', async () => {
    await bump();
    emulator.resetLog();
    expect((await bump()).result).toBe('unchanged');
    expect(emulator.requests.filter((r) => r.method !== 'GET' && r.graphql === undefined)).toEqual([]);
  });
});
