// Bundle test of dist/promote's promotion events: what only the runner wiring does (the `secret` input signs,
// the `promotion-events` output and the job summary report every delivery, a failing endpoint never fails
// the step). The event sequence of a whole chain is covered in-process by
// test/use-cases/gates/promotion-events-on-emulators.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import {
  hasValidSignature,
  startWebhookReceiver,
  type WebhookReceiver,
} from '../../support/webhook-receiver.js';
import { OWNER, REPO, startPromoteFixture, type PromoteFixture } from './promote-fixture.js';

let fixture: PromoteFixture | undefined;
let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  await fixture?.close();
  await receiver?.close();
  fixture = undefined;
  receiver = undefined;
});

const LAB = 'clusters/lab/europe-west4/c1/';

describe('promote action bundle, promotion events', () => {
  it('sends the opened event signed with the secret input, and reports a refusing endpoint without failing', async () => {
    receiver = await startWebhookReceiver({ '/refuses': { statuses: [400], body: 'invalid_payload' } });
    fixture = await startPromoteFixture({
      config: `promotionPaths:
  - sourcePath: "workspace/"
    promotionPrs:
      - targetPaths: ["${LAB}"]
promotionEvents:
  - url: ${receiver.url('/events')}
  - url: ${receiver.url('/refuses')}
    format: slack
`,
    });
    const payload = await fixture.mergeChange('feature/nginx', {
      'workspace/nginx/deployment.yaml': 'image: nginx:1.28\n',
    });
    const run = await fixture.promote(payload, { inputs: { secret: 'hmac-from-input' } });
    expect(run.exitCode, run.stdout).toBe(0);
    const [opened] = JSON.parse(run.outputs['pull-requests'] ?? '[]') as { number: number; action: string }[];
    expect(opened?.action).toBe('opened');
    expect((await fixture.emulator.getPullRequest(OWNER, REPO, opened!.number)).state).toBe('open');

    const [delivery] = receiver.received('/events');
    expect(
      hasValidSignature(delivery!.body, delivery!.headers['x-hub-signature-256'], 'hmac-from-input'),
    ).toBe(true);
    expect(JSON.parse(delivery!.body.toString())).toMatchObject({
      version: 1,
      event: 'opened',
      pullRequest: { number: opened!.number },
      folders: [`${LAB}nginx`],
      repository: { owner: OWNER, name: REPO },
    });
    // A 400 is not retried: one request, reported in the output and the summary, and the step still succeeds.
    expect(receiver.received('/refuses')).toHaveLength(1);
    expect(JSON.parse(run.outputs['promotion-events'] ?? '[]')).toEqual([
      {
        endpoint: receiver.url('/events'),
        event: 'opened',
        pullRequest: opened!.number,
        outcome: 'delivered',
        status: 200,
        attempts: 1,
      },
      {
        endpoint: `${receiver.origin}/***`,
        event: 'opened',
        pullRequest: opened!.number,
        outcome: 'failed',
        status: 400,
        attempts: 1,
        error: 'HTTP 400 Bad Request: invalid_payload',
      },
    ]);
    expect(run.summary).toContain('### Promotion events');
    expect(run.summary).toContain(
      '1 event(s), 2 delivery(ies) to 2 endpoint(s): 1 delivered, 1 failed; 2 request(s).',
    );
    expect(run.stdout).toMatch(/::warning::opened → .*: failed, HTTP 400/);
  });
});
