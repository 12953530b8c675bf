// Bundle smoke tests of dist/promote: what only the runner wiring does (inputs, outputs, summary, annotations,
// the chain input). Behaviour of the use-case is covered in-process by test/use-cases/promote/promote-event-*.
import { afterEach, describe, expect, it } from 'vitest';
import { OWNER, REPO, startPromoteFixture, type PromoteFixture } from './promote-fixture.js';

let fixture: PromoteFixture;
afterEach(async () => fixture.close());

const prsOf = (run: { outputs: Record<string, string> }) => JSON.parse(run.outputs['pull-requests'] ?? '[]');
const LAB = 'clusters/lab/europe-west4/c1';

describe('promote action bundle', () => {
  it('opens the lab PR for a merged PR and reports it in its outputs and summary', async () => {
    fixture = await startPromoteFixture();
    const payload = await fixture.mergeChange('feature/nginx', {
      'workspace/nginx/deployment.yaml': 'image: nginx:1.28\n',
    });
    const run = await fixture.promote(payload);
    expect(run.exitCode, run.stdout).toBe(0);
    const [result] = prsOf(run);
    expect(result).toMatchObject({ action: 'opened', targets: [`${LAB}/nginx`] });
    const pr = await fixture.emulator.getPullRequest(OWNER, REPO, result.number);
    expect(pr).toMatchObject({ title: '🚀 Promotion: nginx ➡️  Lab clusters', state: 'open' });
    expect(await fixture.emulator.readFile(OWNER, REPO, pr.head, `${LAB}/nginx/deployment.yaml`)).toBe(
      'image: nginx:1.28\n',
    );
    expect(JSON.parse(run.outputs.plan ?? '{}').promotions).toHaveLength(1);
    expect(Number(run.outputs['api-calls'])).toBe(7);
    expect(run.summary).toContain('GitHub API calls spent by this step: **7**');
  });

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

  it('does not dispatch the next hop when an App token merges, because its merge starts the next run itself', async () => {
    fixture = await startPromoteFixture({
      config: `promotionPaths:
  - sourcePath: "workspace/"
    conditions:
      autoMerge: true
    promotionPrs:
      - targetPaths: ["clusters/lab/europe-west4/c1/"]
`,
    });
    const payload = await fixture.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    const run = await fixture.promote(payload, {
      inputs: { 'workflow-token': fixture.emulator.tokens.actions },
      env: { GITHUB_WORKFLOW_REF: `${OWNER}/${REPO}/.github/workflows/telefonistka.yaml@refs/heads/main` },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(prsOf(run)[0].action).toBe('merged');
    expect(fixture.emulator.takeEvents().some((e) => e.name === 'workflow_dispatch')).toBe(false);
  });
});
