import { afterEach, describe, expect, it } from 'vitest';
import { OWNER, REPO, startPromoteFixture, type PromoteFixture } from './promote-fixture.js';

let fixture: PromoteFixture;
afterEach(async () => fixture.close());

describe('promote action, first hop', () => {
  it('opens the lab promotion PR for a merged workspace change', async () => {
    fixture = await startPromoteFixture();
    const payload = await fixture.mergeChange('feature/nginx', {
      'workspace/nginx/deployment.yaml': 'image: nginx:1.28\n',
    });
    const run = await fixture.promote(payload);
    expect(run.stderr + run.stdout).not.toContain('::error');
    expect(run.exitCode).toBe(0);
    const prs = JSON.parse(run.outputs['pull-requests'] ?? '[]');
    expect(prs).toMatchObject([{ action: 'opened', targets: ['clusters/lab/europe-west4/c1/nginx'] }]);
    const pr = await fixture.emulator.getPullRequest(OWNER, REPO, prs[0].number);
    expect(pr.title).toBe('🚀 Promotion: nginx ➡️  Lab clusters');
    expect(pr.labels).toEqual(['promotion', 'gitops']);
    expect(pr.assignees).toEqual(['alice']);
    expect(
      await fixture.emulator.readFile(
        OWNER,
        REPO,
        pr.head,
        'clusters/lab/europe-west4/c1/nginx/deployment.yaml',
      ),
    ).toBe('image: nginx:1.28\n');
    console.log(run.outputs['api-calls'], fixture.emulator.callCounts());
  });
});
