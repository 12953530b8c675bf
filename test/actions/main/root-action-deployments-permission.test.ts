// First contact of gates with a private repository whose workflow grants everything but `deployments` (a workflow
// written before gates): through the root action's bundle (dist/main), promote opens its gated PR and says which
// permission to add for the deployment record; the scheduled sweep, which cannot read deployments, fails saying the
// same instead of quoting a GraphQL error.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OWNER, REPO, startPromoteFixture, type PromoteFixture } from '../promote/promote-fixture.js';

const ROOT_BUNDLE = path.resolve(import.meta.dirname, '../../../dist/main/index.js');

const CONFIG = `deploymentConfirmation: merge
environments:
  - { path: "clusters/lab/", name: lab }
promotionPaths:
  - sourcePath: "workspace/"
    gates: { approvals: 1 }
    promotionPrs:
      - targetPaths: ["clusters/lab/europe-west4/c1/"]
`;

const WITHOUT_DEPLOYMENTS = {
  contents: 'write',
  'pull-requests': 'write',
  issues: 'write',
  statuses: 'write',
  actions: 'write',
};

let fixture: PromoteFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

describe('root action (dist/main) with a job token without deployments', { timeout: 120_000 }, () => {
  it('promotes and warns which permission to add; the sweep fails naming it', async () => {
    const f = (fixture = await startPromoteFixture({ config: CONFIG, private: true }));
    const token = await f.emulator.workflowToken({
      owner: OWNER,
      repo: REPO,
      permissions: WITHOUT_DEPLOYMENTS,
    });
    const inputs = { 'github-token': token };
    const payload = await f.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    const promoted = await f.promote(payload, { bundle: ROOT_BUNDLE, inputs });
    expect(promoted.exitCode, promoted.stdout).toBe(0);
    const opened = JSON.parse(promoted.outputs['pull-requests'] ?? '[]') as { number: number }[];
    expect(opened).toHaveLength(1);
    expect(await f.emulator.getPullRequest(OWNER, REPO, opened[0]!.number)).toMatchObject({ state: 'open' });
    const warning = promoted.stdout
      .split('\n')
      .find((line) => line.startsWith('::warning') && line.includes('No deployment recorded'));
    expect(warning, promoted.stdout).toBeDefined();
    // Workflow commands encode newlines as %0A.
    expect(warning).toContain('may not create deployments');
    expect(warning).toContain('%0A  deployments: write');
    expect(f.emulator.listDeployments(OWNER, REPO)).toEqual([]);

    const sweep = await f.promote(
      { schedule: '*/15 * * * *' },
      { bundle: ROOT_BUNDLE, eventName: 'schedule', inputs },
    );
    expect(sweep.exitCode).toBe(1);
    const error = sweep.stdout.split('\n').find((line) => line.startsWith('::error'));
    expect(error, sweep.stdout).toContain('The gates sweep evaluated no promotion PR');
    expect(error).toContain('may not read promotion PRs and deployments');
    expect(error).toContain('%0A  deployments: write');
  });
});
