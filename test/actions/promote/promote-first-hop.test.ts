import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { OWNER, REPO, startPromoteFixture, type PromoteFixture } from './promote-fixture.js';

let fixture: PromoteFixture;
afterEach(async () => fixture.close());

const LAB = 'clusters/lab/europe-west4/c1';
const prsOf = (run: { outputs: Record<string, string> }) => JSON.parse(run.outputs['pull-requests'] ?? '[]');

describe.each(['replace', 'merge'] as const)('promote action, first hop (tree entries: %s)', (semantics) => {
  it('opens the labelled, assigned lab PR whose branch holds the merged content', async () => {
    fixture = await startPromoteFixture({ treeEntrySemantics: semantics });
    const payload = await fixture.mergeChange('feature/nginx', {
      'workspace/nginx/deployment.yaml': 'image: nginx:1.28\n',
    });
    const run = await fixture.promote(payload);
    expect(run.exitCode, run.stdout).toBe(0);
    const [result] = prsOf(run);
    expect(result).toMatchObject({ action: 'opened', targets: [`${LAB}/nginx`] });
    const pr = await fixture.emulator.getPullRequest(OWNER, REPO, result.number);
    expect(pr).toMatchObject({
      title: '🚀 Promotion: nginx ➡️  Lab clusters',
      labels: ['promotion', 'gitops'],
      assignees: ['alice'],
      base: 'main',
    });
    expect(pr.head).toMatch(/^promotions\/\d+-feature-nginx-[0-9a-f]{12}$/);
    expect(pr.body).toContain('↘️  #');
    expect(pr.body).toMatch(/<!--\|Telefonistka data, do not delete\|[A-Za-z0-9+/=]+\|-->$/);
    expect(await fixture.emulator.readFile(OWNER, REPO, pr.head, `${LAB}/nginx/deployment.yaml`)).toBe(
      'image: nginx:1.28\n',
    );
    expect(
      await fixture.emulator.readFile(OWNER, REPO, pr.head, `${LAB}/nginx/kustomization.yaml`),
    ).toContain('Kustomization');
    const message = execFileSync('git', ['log', '-1', '--format=%s', pr.headSha], {
      cwd: fixture.emulator.gitDir(OWNER, REPO),
      encoding: 'utf8',
    });
    expect(message.trim()).toBe('Syncing from workspace/');
    // 6 writes and reads, plus one listing of open promotion PRs after opening, so that of two concurrent
    // runs for one target at least the later sees the other (issue 17 item 8).
    expect(Number(run.outputs['api-calls'])).toBe(7);
    expect(run.summary).toContain('GitHub API calls spent by this step: **7**');
  });

  it('removes files that exist only in the target folder', async () => {
    fixture = await startPromoteFixture({
      treeEntrySemantics: semantics,
      files: { [`${LAB}/nginx/lab-only.yaml`]: 'lab: true\n', [`${LAB}/nginx/extra/deep.yaml`]: 'deep\n' },
    });
    const payload = await fixture.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    const run = await fixture.promote(payload);
    expect(run.exitCode, run.stdout).toBe(0);
    const pr = await fixture.emulator.getPullRequest(OWNER, REPO, prsOf(run)[0].number);
    expect(await fixture.emulator.listFiles(OWNER, REPO, pr.head, `${LAB}/nginx`)).toEqual([
      `${LAB}/nginx/deployment.yaml`,
      `${LAB}/nginx/kustomization.yaml`,
    ]);
    expect(await fixture.emulator.listFiles(OWNER, REPO, pr.head, `${LAB}/podinfo`)).toHaveLength(2);
  });

  it('removes the target folder in a deletion promotion', async () => {
    fixture = await startPromoteFixture({ treeEntrySemantics: semantics });
    const payload = await fixture.mergeChange('drop-nginx', {
      'workspace/nginx/deployment.yaml': null,
      'workspace/nginx/kustomization.yaml': null,
      'CHANGELOG.md': 'nginx retired\n',
    });
    const run = await fixture.promote(payload);
    expect(run.exitCode, run.stdout).toBe(0);
    const pr = await fixture.emulator.getPullRequest(OWNER, REPO, prsOf(run)[0].number);
    expect(await fixture.emulator.listFiles(OWNER, REPO, pr.head, `${LAB}/nginx`)).toEqual([]);
    expect(await fixture.emulator.listFiles(OWNER, REPO, pr.head, `${LAB}/podinfo`)).toHaveLength(2);
  });
});

describe('promote action, reading without a checkout', () => {
  it('opens the same PR through the API alone', async () => {
    fixture = await startPromoteFixture();
    const payload = await fixture.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v3\n' });
    const run = await fixture.promote(payload, { checkout: false });
    expect(run.exitCode, run.stdout).toBe(0);
    const pr = await fixture.emulator.getPullRequest(OWNER, REPO, prsOf(run)[0].number);
    expect(await fixture.emulator.readFile(OWNER, REPO, pr.head, `${LAB}/nginx/deployment.yaml`)).toBe(
      'v3\n',
    );
    expect(run.stdout).toContain('through the GitHub API');
  });
});

describe('promote action, nothing to do', () => {
  it('does nothing for a PR closed without merge', async () => {
    fixture = await startPromoteFixture();
    const run = await fixture.promote(
      { action: 'closed', number: 1, pull_request: { merged: false } },
      { checkout: false },
    );
    expect(run.exitCode).toBe(0);
    expect(await fixture.emulator.listPullRequests(OWNER, REPO)).toEqual([]);
  });

  it('opens nothing for a change outside every source folder', async () => {
    fixture = await startPromoteFixture();
    const payload = await fixture.mergeChange('docs', { 'README.md': 'docs\n' });
    const run = await fixture.promote(payload);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(prsOf(run)).toEqual([]);
    expect((await fixture.emulator.listPullRequests(OWNER, REPO)).filter((p) => p.state === 'open')).toEqual(
      [],
    );
    expect(run.summary).toContain('Nothing to promote');
  });
});

describe('promote action, invalid configuration', () => {
  it('fails with the problem annotated at its file, line and column, and opens nothing', async () => {
    fixture = await startPromoteFixture({
      config: 'promotionPaths:\n  - sourcePath: "workspace/"\n    promotionPRs: []\n',
    });
    const payload = await fixture.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    const run = await fixture.promote(payload);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error file=telefonistka\.yaml,line=3,col=5::.*promotionPRs.*promotionPrs/);
    expect(run.stdout).toContain('Invalid configuration');
    expect(await fixture.emulator.listPullRequests(OWNER, REPO)).toHaveLength(1);
  });

  it('still sets every output when it fails, with the API calls it spent', async () => {
    fixture = await startPromoteFixture({ config: 'promotionPaths: 3\n' });
    const payload = await fixture.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    const before = fixture.emulator.requests.length;
    const run = await fixture.promote(payload, { checkout: false });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('Invalid configuration');
    expect(JSON.parse(run.outputs.plan ?? '')).toEqual({ promotions: [], warnings: [] });
    expect(JSON.parse(run.outputs['pull-requests'] ?? '')).toEqual([]);
    const spent = fixture.emulator.requests.length - before;
    expect(spent).toBeGreaterThan(0);
    expect(run.outputs['api-calls']).toBe(String(spent));
  });
});
