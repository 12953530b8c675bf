// The gates sweep through the root action's bundle (dist/main) on a `schedule` event, as a scheduled workflow runs
// it: the `gates` output, the job summary, and the promotion events of the sweep next to promote's, signed with
// the `secret` input. The sweep's decisions on the test clock are covered in test/use-cases/gates.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { octokitFor } from '../../github-emulator/emulator-fixture.js';
import {
  hasValidSignature,
  startWebhookReceiver,
  type WebhookReceiver,
} from '../../support/webhook-receiver.js';
import { OWNER, REPO, startPromoteFixture, type PromoteFixture } from '../promote/promote-fixture.js';

const ROOT_BUNDLE = path.resolve(import.meta.dirname, '../../../dist/main/index.js');
const LAB = 'clusters/lab/europe-west4/c1/';
const SECRET = 'sweep-events-secret';

let fixture: PromoteFixture | undefined;
let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  await fixture?.close();
  await receiver?.close();
  fixture = undefined;
  receiver = undefined;
});

describe('root action (dist/main) on a schedule', () => {
  it('sweeps the gated promotion PR: holds it for an approval, then merges it, reporting gates and events', async () => {
    receiver = await startWebhookReceiver();
    fixture = await startPromoteFixture({
      config: `deploymentConfirmation: merge
environments:
  - { path: "clusters/lab/", name: lab }
promotionEvents:
  - url: ${receiver.url('/events')}
promotionPaths:
  - sourcePath: "workspace/"
    conditions: { autoMerge: true }
    gates: { approvals: 1 }
    promotionPrs:
      - targetPaths: ["${LAB}"]
`,
    });
    const inputs = { secret: SECRET };
    const payload = await fixture.mergeChange('feature/nginx', { 'workspace/nginx/deployment.yaml': 'v2\n' });
    const promoted = await fixture.promote(payload, { inputs });
    expect(promoted.exitCode, promoted.stdout).toBe(0);
    const [opened] = JSON.parse(promoted.outputs['pull-requests'] ?? '[]') as { number: number }[];
    const number = opened!.number;

    const schedule = { schedule: '*/15 * * * *' };
    const sweep = () => fixture!.promote(schedule, { bundle: ROOT_BUNDLE, eventName: 'schedule', inputs });
    const held = await sweep();
    expect(held.exitCode, held.stdout).toBe(0);
    // The schedule sweeps, then updates the dashboard (on once promotionPaths are configured).
    expect(held.outputs.flow).toBe('sweep,dashboard');
    expect(JSON.parse(held.outputs.gates ?? '')).toEqual([
      { number, state: 'pending', description: 'approvals: 0 of 1', written: true },
    ]);
    expect(held.summary).toContain('## Telefonistka gates sweep');

    await octokitFor(fixture.emulator, fixture.emulator.tokens.approver).rest.pulls.createReview({
      owner: OWNER,
      repo: REPO,
      pull_number: number,
      event: 'APPROVE',
    });
    const released = await sweep();
    expect(released.exitCode, released.stdout).toBe(0);
    expect(JSON.parse(released.outputs.gates ?? '')).toEqual([
      expect.objectContaining({ number, state: 'success', written: true, merge: 'merged' }),
    ]);
    const merged = await fixture.emulator.getPullRequest(OWNER, REPO, number);
    expect(merged.merged).toBe(true);
    expect(JSON.parse(released.outputs['promotion-events'] ?? '')).toEqual([
      expect.objectContaining({ event: 'merged', pullRequest: number, outcome: 'delivered' }),
      expect.objectContaining({ event: 'deployed', pullRequest: number, outcome: 'delivered' }),
    ]);
    expect(released.summary).toContain('### Promotion events');

    const deliveries = receiver.received('/events');
    for (const delivery of deliveries)
      expect(hasValidSignature(delivery.body, delivery.headers['x-hub-signature-256'], SECRET)).toBe(true);
    const events = deliveries.map(
      (d) => JSON.parse(d.body.toString()) as { event: string; source: string; environments: string[] },
    );
    expect(events.map((e) => `${e.source} ${e.event} ${e.environments.join(',')}`)).toEqual([
      'promote opened lab',
      'promote gated lab',
      'promote deployed workspace',
      'sweep gated lab',
      'sweep merged lab',
      'sweep deployed lab',
    ]);
  });
});
