import { afterEach, describe, expect, it } from 'vitest';
import { OWNER, REPO, startPromoteFixture, type PromoteFixture } from './promote-fixture.js';

let fixture: PromoteFixture;
afterEach(async () => fixture.close());

const prsOf = (run: { outputs: Record<string, string> }) => JSON.parse(run.outputs['pull-requests'] ?? '[]');
const dispatch = (inputs: Record<string, string>) => ({
  inputs,
  ref: 'refs/heads/main',
  sender: { login: 'alice' },
});

describe('promote action, manual workflow_dispatch', () => {
  it('promotes a component to the chosen subset of its targets, shows the plan in the summary', async () => {
    fixture = await startPromoteFixture({
      files: { 'clusters/staging/us-central1/c1/nginx/deployment.yaml': 'staged by hand\n' },
    });
    const run = await fixture.promote(
      dispatch({ component: 'clusters/staging/us-central1/c1/nginx', targets: 'clusters/prod/us-west1/c2/' }),
      { eventName: 'workflow_dispatch' },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(prsOf(run)).toMatchObject([{ action: 'opened', targets: ['clusters/prod/us-west1/c2/nginx'] }]);
    const pr = await fixture.emulator.getPullRequest(OWNER, REPO, prsOf(run)[0].number);
    expect(pr.assignees).toEqual(['alice']);
    expect(
      await fixture.emulator.readFile(
        OWNER,
        REPO,
        pr.head,
        'clusters/prod/us-west1/c2/nginx/deployment.yaml',
      ),
    ).toBe('staged by hand\n');
    expect(run.summary).toContain('`clusters/staging/us-central1/c1/`');
    expect(run.summary).toContain('clusters/prod/us-west1/c2/');
    expect(run.summary).not.toContain('europe-west4/c2/`');
  });

  it('promotes to every configured target when no subset is given', async () => {
    fixture = await startPromoteFixture({
      files: { 'clusters/staging/us-central1/c1/nginx/deployment.yaml': 'v7\n' },
    });
    const run = await fixture.promote(dispatch({ component: 'clusters/staging/us-central1/c1/nginx' }), {
      eventName: 'workflow_dispatch',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(prsOf(run).map((r: { targets: string[] }) => r.targets)).toEqual([
      ['clusters/prod/europe-west4/c2/nginx'],
      ['clusters/prod/us-west1/c2/nginx'],
    ]);
  });

  it('fails with a clear message for a folder that does not exist', async () => {
    fixture = await startPromoteFixture();
    const run = await fixture.promote(dispatch({ component: 'clusters/staging/nowhere/nginx' }), {
      eventName: 'workflow_dispatch',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      'folder clusters/staging/nowhere/nginx does not exist on the default branch',
    );
  });
});
