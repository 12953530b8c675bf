import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAxiosWebhookSender } from '../../../src/adapters/http/create-axios-webhook-sender.js';
import { parseSecretRules } from '../../../src/core/webhook/parse-secret-rules.js';
import type { WebhookSenderPort } from '../../../src/ports/webhook-sender-port.js';
import { fanOutPush, type FanoutOptions } from '../../../src/use-cases/webhook-fanout/fan-out-push.js';
import {
  argoCdChangedFiles,
  hasValidSignature,
  startWebhookReceiver,
  type WebhookReceiver,
} from '../../support/webhook-receiver.js';
import type { FakeGitHub } from '../../support/fake-github/create-fake-github.js';
import { actionsPushPayload, fakeSnapshot, pushedGitHub, recordingLogger } from './fanout-fakes.js';

const before = 'b'.repeat(40);
const after = 'a'.repeat(40);

let receiver: WebhookReceiver;
let sender: WebhookSenderPort;
let ids = 0;

beforeEach(async () => {
  receiver = await startWebhookReceiver();
  sender = createAxiosWebhookSender({
    timeoutMs: 1000,
    retries: 2,
    backoff: { baseMs: 5, maxMs: 10 },
    logger: recordingLogger(),
  });
  ids = 0;
});

afterEach(async () => {
  sender.close();
  await receiver.close();
});

/** telefonistka.yaml sending cluster files to `/<env>/<cluster>/api/webhook` and workspace files to `/workspace`. */
function config(extra = ''): string {
  return [
    'webhookEndpointRegexs:',
    `  - expression: "^clusters/([^/]+)/([^/]+)/.*"`,
    '    replacements:',
    `      - "${receiver.origin}/\${1}/\${2}/api/webhook"`,
    `  - expression: "^workspace/.*"`,
    '    replacements:',
    `      - "${receiver.origin}/workspace"`,
    extra,
  ].join('\n');
}

async function run(setup: {
  config?: string;
  files?: string[];
  github?: FakeGitHub;
  options?: Partial<FanoutOptions>;
  payload?: Record<string, unknown>;
}) {
  const logger = recordingLogger();
  const masked: string[] = [];
  const fake = setup.github ?? pushedGitHub({ before, after, files: setup.files ?? [] });
  const result = await fanOutPush(
    {
      eventName: 'push',
      payload: setup.payload ?? actionsPushPayload({ before, after, commits: ['c1', after] }),
    },
    {
      dryRun: false,
      concurrency: 4,
      defaultSecret: undefined,
      secretRules: [],
      userAgent: 'telefonistka-test',
      ...setup.options,
    },
    {
      github: fake.github,
      localGit: undefined,
      snapshot: fakeSnapshot({ [after]: setup.config ?? config() }),
      sender,
      logger,
      newDeliveryId: () => `delivery-${++ids}`,
      maskSecret: (value) => masked.push(value),
    },
  );
  return { result, logger, masked, calls: fake.calls };
}

describe('fanOutPush', () => {
  it('forwards the push to each selected endpoint, and Argo CD accepts it and sees the changed files', async () => {
    receiver.behave('/prod/c1/api/webhook', { argoCd: { secret: 's3cret' } });
    receiver.behave('/lab/c2/api/webhook', { argoCd: { secret: 's3cret' } });
    const files = ['clusters/prod/c1/app/values.yaml', 'clusters/lab/c2/app/values.yaml', 'docs/readme.md'];
    const { result } = await run({ files, options: { defaultSecret: 's3cret' } });
    expect(result.deliveries.map((d) => [d.endpoint, d.outcome, d.status, d.files, d.signed])).toEqual([
      [receiver.url('/lab/c2/api/webhook'), 'delivered', 200, 1, true],
      [receiver.url('/prod/c1/api/webhook'), 'delivered', 200, 1, true],
    ]);
    expect(result.unmatchedFiles).toBe(1);
    expect(result.failures).toEqual([]);
    const [delivery] = receiver.received('/prod/c1/api/webhook');
    expect(argoCdChangedFiles(delivery!.body).sort()).toEqual([...files].sort());
    expect(hasValidSignature(delivery!.body, delivery!.headers['x-hub-signature-256'], 's3cret')).toBe(true);
    expect(delivery!.headers['x-github-event']).toBe('push');
    expect(delivery!.headers['user-agent']).toBe('telefonistka-test');
    const body = JSON.parse(delivery!.body.toString()) as Record<string, unknown>;
    expect(body['ref']).toBe('refs/heads/main');
    expect((body['repository'] as Record<string, unknown>)['html_url']).toBe(
      'https://github.com/acme/gitops',
    );
  });

  it('sends byte-identical bodies to all endpoints with a fresh delivery id each', async () => {
    const { result } = await run({ files: ['clusters/prod/c1/x', 'clusters/lab/c2/x', 'workspace/w'] });
    const received = receiver.received();
    expect(received).toHaveLength(3);
    expect(new Set(received.map((r) => r.body.toString('base64'))).size).toBe(1);
    expect(new Set(received.map((r) => r.headers['x-github-delivery'])).size).toBe(3);
    expect(result.payloadBytes).toBe(received[0]!.body.length);
  });

  it('signs each endpoint with the secret its URL pattern names, else the default, else not at all', async () => {
    receiver.behave('/prod/c1/api/webhook', { argoCd: { secret: 'prod-secret' } });
    receiver.behave('/lab/c2/api/webhook', { argoCd: { secret: 'default-secret' } });
    receiver.behave('/workspace', { argoCd: {} });
    const secretRules = parseSecretRules(`"/prod/": prod-secret\n"/workspace$": ""`);
    const { result } = await run({
      files: ['clusters/prod/c1/x', 'clusters/lab/c2/x', 'workspace/w'],
      options: { defaultSecret: 'default-secret', secretRules },
    });
    expect(
      result.deliveries.map((d) => [d.endpoint.replace(receiver.origin, ''), d.outcome, d.signed]),
    ).toEqual([
      ['/lab/c2/api/webhook', 'delivered', true],
      ['/prod/c1/api/webhook', 'delivered', true],
      ['/workspace', 'delivered', false],
    ]);
    expect(receiver.received('/workspace')[0]?.headers['x-hub-signature-256']).toBeUndefined();
  });

  it('reports Argo CD rejecting a delivery signed with the wrong secret or not signed, and delivers the rest', async () => {
    receiver.behave('/prod/c1/api/webhook', { argoCd: { secret: 'right' } });
    receiver.behave('/lab/c2/api/webhook', { argoCd: { secret: 'right' } });
    const secretRules = parseSecretRules(`"/prod/": wrong`);
    const { result } = await run({
      files: ['clusters/prod/c1/x', 'clusters/lab/c2/x', 'workspace/w'],
      options: { secretRules },
    });
    expect(
      result.deliveries.map((d) => [
        d.endpoint.replace(receiver.origin, ''),
        d.outcome,
        d.status,
        d.attempts,
      ]),
    ).toEqual([
      ['/lab/c2/api/webhook', 'failed', 400, 1],
      ['/prod/c1/api/webhook', 'failed', 400, 1],
      ['/workspace', 'delivered', 200, 1],
    ]);
    expect(result.failures.join('\n')).toContain('missing X-Hub-Signature-256 Header');
    expect(result.failures.join('\n')).toContain('HMAC verification failed');
  });

  it('retries an endpoint that fails at first and counts the attempts', async () => {
    receiver.behave('/prod/c1/api/webhook', { statuses: [503, 200] });
    const { result } = await run({ files: ['clusters/prod/c1/x'] });
    expect(result.deliveries[0]).toMatchObject({ outcome: 'delivered', status: 200, attempts: 2 });
  });

  it('lists the endpoints in a dry run and sends nothing', async () => {
    const { result } = await run({
      files: ['clusters/prod/c1/x', 'workspace/w'],
      options: { dryRun: true, defaultSecret: 'k' },
    });
    expect(result.deliveries.map((d) => [d.outcome, d.status, d.attempts, d.signed])).toEqual([
      ['dry-run', null, 0, true],
      ['dry-run', null, 0, true],
    ]);
    expect(receiver.received()).toHaveLength(0);
  });

  it('fails an endpoint that is not an http(s) URL without stopping the others', async () => {
    const extra = [
      '  - expression: "^bad/.*"',
      '    replacements:',
      '      - "ftp://user:pw@files.example/hook"',
    ].join('\n');
    const { result, masked } = await run({ config: config(extra), files: ['bad/x', 'workspace/w'] });
    expect(result.deliveries.map((d) => [d.endpoint, d.outcome])).toEqual([
      ['ftp://user:***@files.example/hook', 'invalid'],
      [receiver.url('/workspace'), 'delivered'],
    ]);
    expect(result.failures).toEqual([expect.stringContaining('is not http or https')]);
    expect(masked).toContain('pw');
  });

  it('masks URL credentials in results and logs while still sending them as basic auth', async () => {
    const origin = receiver.origin.replace('http://', 'http://bot:tok3n@');
    const extra = ['  - expression: "^auth/.*"', '    replacements:', `      - "${origin}/auth"`].join('\n');
    const { result, logger, masked } = await run({ config: config(extra), files: ['auth/x'] });
    expect(result.deliveries[0]?.endpoint).toBe(
      `${receiver.origin.replace('http://', 'http://bot:***@')}/auth`,
    );
    expect(logger.lines.join('\n')).not.toContain('tok3n');
    expect(masked).toContain('tok3n');
    expect(receiver.received('/auth')[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from('bot:tok3n').toString('base64')}`,
    );
  });

  it('sends empty file lists when compare is truncated, selecting endpoints from the full tree difference', async () => {
    receiver.behave('/lab/c9/api/webhook', { argoCd: {} });
    // Compare lists the first 300 paths: clusters/lab/c0 … c8, never a file of c9.
    const files = Array.from({ length: 350 }, (_, i) => `clusters/lab/c${i % 10}/app${i}/values.yaml`);
    const github = pushedGitHub({ before, after, files });
    const compared = await github.github.compareCommits(before, after);
    expect(compared.truncated).toBe(true);
    expect(compared.files.some((f) => f.path.startsWith('clusters/lab/c9/'))).toBe(false);
    const { result, logger } = await run({ github });
    expect(result.deliveries).toHaveLength(10);
    expect(result.deliveries.every((d) => d.outcome === 'delivered')).toBe(true);
    expect(result.changes).toMatchObject({ attribution: 'unknown', files: 350, incomplete: false });
    expect(argoCdChangedFiles(receiver.received('/lab/c9/api/webhook')[0]!.body)).toEqual([]);
    expect(logger.lines.join('\n')).toContain('Argo CD refreshes every application');
  });

  it('bounds the deliveries in flight by the concurrency option', async () => {
    const extra = [
      '  - expression: "^many/.*"',
      '    replacements:',
      ...Array.from({ length: 8 }, (_, i) => `      - "${receiver.origin}/many/${i}"`),
    ].join('\n');
    for (let i = 0; i < 8; i++) receiver.behave(`/many/${i}`, { delayMs: 100 });
    const { result } = await run({ config: config(extra), files: ['many/x'], options: { concurrency: 2 } });
    expect(result.deliveries.every((d) => d.outcome === 'delivered')).toBe(true);
    // From the receiver's log: the third delivery arrived only after one of the first two was answered.
    const arrivals = receiver
      .received()
      .map((r) => r.receivedAt)
      .sort((a, b) => a - b);
    expect(arrivals[2]! - arrivals[0]!).toBeGreaterThanOrEqual(90);
  });

  it('forwards nothing for a push to another branch', async () => {
    const payload = actionsPushPayload({ before, after, commits: [after], ref: 'refs/heads/feature' });
    const { result, calls } = await run({ payload, files: ['workspace/w'] });
    expect(result.skipped).toContain('not the default branch');
    expect(receiver.received()).toHaveLength(0);
    expect(calls).toEqual([]);
  });

  it('forwards nothing when the configuration has no webhook endpoints, without reading changes', async () => {
    const { result, calls } = await run({ config: 'promotionPaths: []\n', files: ['workspace/w'] });
    expect(result.skipped).toContain('no webhookEndpointRegexs');
    expect(calls).toEqual([]);
  });

  it('warns that TLS verification is off when the config says so', async () => {
    const { logger } = await run({
      config: config('whProxtSkipTLSVerifyUpstream: true'),
      files: ['workspace/w'],
    });
    expect(logger.lines.some((line) => line.startsWith('warning:') && line.includes('NOT verified'))).toBe(
      true,
    );
  });
});
