import { afterEach, describe, expect, it } from 'vitest';
import { LAB, startPrChecksFixture, type PrChecksFixture } from './pr-checks-fixture.js';

let fixture: PrChecksFixture;
afterEach(async () => fixture.close());

describe('pr-checks action, drift-map mode', () => {
  it('writes the map of the default branch to the job summary on a schedule', async () => {
    fixture = await startPrChecksFixture();
    const head = await fixture.commitMain({ [`${LAB}/podinfo/values.yaml`]: 'replicaCount: 3\n' });
    const run = await fixture.run('schedule', { schedule: '0 6 * * 1' }, { inputs: { mode: 'drift-map' } });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.outcome).toBe('drift-map');
    expect(run.summary).toContain(`## Drift map at \`${head.slice(0, 7)}\``);
    expect(run.summary).toContain('| `workspace/podinfo` | ⚠️ drifted (1 file) |');
    expect(run.summary).toContain('| `workspace/nginx` | ✅ in sync |');
    const drift = JSON.parse(run.outputs.drift!);
    expect(drift).toMatchObject({ version: 1, commit: head, totals: { drifted: 3 } });
    // workspace -> lab, and lab -> both staging clusters.
    // The repository's default branch (1 call); trees and files come from the checkout.
    expect(run.outputs['api-calls']).toBe('1');
  });

  it('fails the step with fail-on-drift when something drifted, through the API without a checkout', async () => {
    fixture = await startPrChecksFixture();
    await fixture.commitMain({ [`${LAB}/nginx/extra.yaml`]: 'x\n' });
    const run = await fixture.run(
      'schedule',
      { schedule: '0 6 * * 1' },
      { checkout: false, inputs: { mode: 'drift-map', 'fail-on-drift': 'true' } },
    );
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toContain('component/target folder pairs have drifted');
    expect(run.summary).toContain('| `workspace/nginx` | ⚠️ drifted (1 file) |');
  });
});
