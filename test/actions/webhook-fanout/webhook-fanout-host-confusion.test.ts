// Webhook host confusion (issue 17 item 5): a changed file's path must never choose where a signed delivery goes.
// Runs the committed dist/webhook-fanout bundle against the GitHub emulator and a loopback receiver that must get
// nothing from the hostile paths.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  startGitHubEmulator,
  toActionsEvent,
  type GitHubEmulator,
} from '../../support/github-emulator/index.js';
import { checkoutRepo, runAction } from '../../support/run-action.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../support/webhook-receiver.js';

const BUNDLE = path.resolve(import.meta.dirname, '../../../dist/webhook-fanout/index.js');
const OWNER = 'acme';
const REPO = 'gitops';
const SECRET = 'prod-secret-Hq3';

let emulator: GitHubEmulator;
let receiver: WebhookReceiver;
let checkout: string | undefined;

beforeEach(async () => {
  receiver = await startWebhookReceiver();
  emulator = await startGitHubEmulator();
  await emulator.createRepo({
    owner: OWNER,
    name: REPO,
    files: {
      // The documented template (http here, as the receiver speaks http), plus a route to the receiver.
      'telefonistka.yaml': [
        'webhookEndpointRegexs:',
        '  - expression: ^clusters/([^/]*)/([^/]*)/([^/]*)/.*',
        '    replacements:',
        '      - http://argocd-${1}-${2}-${3}.example.com/api/webhook',
        '  - expression: ^workspace/.*',
        '    replacements:',
        `      - ${receiver.origin}/argocd/workspace/api/webhook`,
        '',
      ].join('\n'),
      'workspace/nginx/values.yaml': 'replicas: 1\n',
    },
  });
  emulator.takeEvents();
});

afterEach(async () => {
  if (checkout !== undefined) rmSync(checkout, { recursive: true, force: true });
  await emulator.close();
  await receiver.close();
});

describe('webhook-fanout bundle: webhook host confusion (issue 17 item 5)', () => {
  it('sends nothing to a host that a file path smuggles into the URL, and reports the endpoint invalid', async () => {
    const authority = receiver.origin.replace('http://', '');
    await emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      files: {
        [`clusters/prod-x@${authority}#/eu/c2/nginx/values.yaml`]: 'replicas: 0\n',
        [`clusters/prod-y@${authority}?/eu/c2/nginx/values.yaml`]: 'replicas: 0\n',
        'workspace/nginx/values.yaml': 'replicas: 2\n',
      },
      message: 'hostile paths',
    });
    const push = emulator.takeEvents().find((e) => e.name === 'push' && e.payload.ref === 'refs/heads/main');
    checkout = await checkoutRepo(emulator, OWNER, REPO, 'main');
    const run = await runAction({
      bundle: BUNDLE,
      eventName: 'push',
      payload: toActionsEvent(push!).payload,
      emulator,
      repository: `${OWNER}/${REPO}`,
      cwd: checkout,
      inputs: { 'github-token': emulator.tokens.reader, secret: SECRET },
    });
    expect(receiver.received().map((r) => r.path)).toEqual(['/argocd/workspace/api/webhook']);
    const deliveries = JSON.parse(run.outputs.deliveries ?? '[]') as {
      endpoint: string;
      outcome: string;
      attempts: number;
      error?: string;
    }[];
    const hostile = deliveries.filter((d) => d.endpoint.includes('example.com'));
    expect(hostile.map((d) => [d.outcome, d.attempts])).toEqual([
      ['invalid', 0],
      ['invalid', 0],
    ]);
    for (const d of hostile) expect(d.error).toContain('cannot go into the host of the URL');
    expect(run.summary).toContain('| invalid |');
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('2 webhook deliveries failed');
  });
});

describe('webhook-fanout bundle: secrets scrubbing (issue 17, Low)', () => {
  it("keeps an endpoint's credentials out of log, summary and deliveries when its error body echoes them", async () => {
    const password = 'pw-S3cr3t-77';
    const token = 'T0k3n/abc+def';
    const echo = [
      `GET /hook?token=${encodeURIComponent(token)}`,
      `Authorization: Basic ${Buffer.from(`bot:${password}`).toString('base64')}`,
      `password=${password}`,
    ].join('; ');
    receiver.behave('/hook', { statuses: [400], body: `bad request: ${echo}` });
    const endpoint = `http://bot:${password}@${receiver.origin.replace('http://', '')}/hook?token=${encodeURIComponent(token)}`;
    await emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      files: {
        'telefonistka.yaml': `webhookEndpointRegexs:\n  - expression: ^workspace/.*\n    replacements:\n      - ${endpoint}\n`,
      },
      message: 'endpoint with credentials',
    });
    await emulator.commitFiles({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      files: { 'workspace/nginx/values.yaml': 'replicas: 3\n' },
      message: 'change',
    });
    const push = emulator
      .takeEvents()
      .filter((e) => e.name === 'push' && e.payload.ref === 'refs/heads/main')
      .at(-1);
    checkout = await checkoutRepo(emulator, OWNER, REPO, 'main');
    const run = await runAction({
      bundle: BUNDLE,
      eventName: 'push',
      payload: toActionsEvent(push!).payload,
      emulator,
      repository: `${OWNER}/${REPO}`,
      cwd: checkout,
      inputs: { 'github-token': emulator.tokens.reader, secret: SECRET, 'fail-on-error': 'false' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(receiver.received('/hook')).toHaveLength(1);
    const deliveries = run.outputs.deliveries ?? '';
    expect(deliveries).toContain('HTTP 400');
    const logged = `${run.stdout}\n${run.stderr}`
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    const basic = Buffer.from(`bot:${password}`).toString('base64');
    for (const form of [password, token, encodeURIComponent(token), basic]) {
      expect(deliveries, form).not.toContain(form);
      expect(run.summary, form).not.toContain(form);
      expect(logged, form).not.toContain(form);
    }
  });
});
