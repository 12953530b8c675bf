import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer, type Server } from 'node:https';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAxiosWebhookSender,
  type SenderClock,
} from '../../../src/adapters/http/create-axios-webhook-sender.js';
import { silentLogger } from '../../../src/ports/logger.js';
import type { WebhookRequest, WebhookSenderPort } from '../../../src/ports/webhook-sender-port.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../support/webhook-receiver.js';

const body = new TextEncoder().encode('{"ref":"refs/heads/main","name":"Zoë ✓"}');
const fast = { baseMs: 5, maxMs: 20 };

let receiver: WebhookReceiver;
let sender: WebhookSenderPort | undefined;
let clock: ManualClock;

/** The sender's clock, moved by the test: waits between attempts pass at once, deadlines fire on `advance`. */
interface ManualClock extends SenderClock {
  advance(ms: number): void;
  /** Every wait the sender asked for, in order. */
  readonly sleeps: number[];
  /** The pending deadlines, in ms from now. */
  deadlines(): number[];
}

function createManualClock(): ManualClock {
  let now = 0;
  const timers = new Set<{ at: number; fire: () => void }>();
  const sleeps: number[] = [];
  const advance = (ms: number) => {
    now += ms;
    const due = [...timers].filter((timer) => timer.at <= now).sort((a, b) => a.at - b.at);
    for (const timer of due) {
      timers.delete(timer);
      timer.fire();
    }
  };
  return {
    now: () => now,
    sleep: (ms) => {
      sleeps.push(ms);
      advance(ms);
      return Promise.resolve();
    },
    startTimer: (ms, fire) => {
      const timer = { at: now + ms, fire };
      timers.add(timer);
      return () => timers.delete(timer);
    },
    advance,
    sleeps,
    deadlines: () => [...timers].map((timer) => timer.at - now),
  };
}

/** Resolves once the receiver has seen `count` requests to `path`: an event, not a duration. */
async function arrivals(path: string, count: number): Promise<void> {
  await vi.waitFor(() => expect(receiver.received(path)).toHaveLength(count), { timeout: 10_000 });
}

beforeEach(async () => {
  receiver = await startWebhookReceiver();
  clock = createManualClock();
});

afterEach(async () => {
  sender?.close();
  sender = undefined;
  await receiver.close();
});

function createSender(options: Partial<Parameters<typeof createAxiosWebhookSender>[0]> = {}) {
  sender = createAxiosWebhookSender({
    timeoutMs: 2000,
    retries: 3,
    backoff: fast,
    logger: silentLogger,
    clock,
    ...options,
  });
  return sender;
}

function request(path: string, headers: Record<string, string> = {}): WebhookRequest {
  return {
    url: receiver.url(path),
    headers: { 'Content-Type': 'application/json', 'X-GitHub-Event': 'push', ...headers },
    body,
    skipTlsVerify: false,
  };
}

describe('createAxiosWebhookSender', () => {
  it('POSTs the exact body bytes with the given headers and reports one successful attempt', async () => {
    const result = await createSender().send(request('/hook', { 'X-Custom': 'v' }));
    expect(result).toMatchObject({ ok: true, status: 200, attempts: 1, error: undefined });
    const [received] = receiver.received('/hook');
    expect(received?.method).toBe('POST');
    expect(received?.body.equals(Buffer.from(body))).toBe(true);
    expect(received?.headers['content-type']).toBe('application/json');
    expect(received?.headers['x-github-event']).toBe('push');
    expect(received?.headers['x-custom']).toBe('v');
    expect(received?.headers['content-length']).toBe(String(body.byteLength));
  });

  it('retries 5xx and 429 until a 2xx, with the same headers every time', async () => {
    receiver.behave('/flaky', { statuses: [503, 502, 429, 204] });
    const result = await createSender().send(request('/flaky', { 'X-GitHub-Delivery': 'd-1' }));
    expect(result).toMatchObject({ ok: true, status: 204, attempts: 4 });
    expect(receiver.received('/flaky').map((r) => r.headers['x-github-delivery'])).toEqual([
      'd-1',
      'd-1',
      'd-1',
      'd-1',
    ]);
  });

  it('stops after the configured retries and reports the last status and body', async () => {
    receiver.behave('/down', { statuses: [500] });
    const result = await createSender({ retries: 2 }).send(request('/down'));
    expect(result.ok).toBe(false);
    expect(result.status).toBe(500);
    expect(result.attempts).toBe(3);
    expect(result.error).toContain('HTTP 500');
    expect(receiver.received('/down')).toHaveLength(3);
  });

  it.each([400, 401, 403, 404, 422])('does not retry HTTP %i', async (status) => {
    receiver.behave('/reject', { statuses: [status, 200] });
    const result = await createSender().send(request('/reject'));
    expect(result).toMatchObject({ ok: false, status, attempts: 1 });
    expect(receiver.received('/reject')).toHaveLength(1);
  });

  it('does not follow redirects, so a signed body never goes to another URL', async () => {
    receiver.behave('/moved', { statuses: [307], headers: [{ location: '/elsewhere' }] });
    const result = await createSender().send(request('/moved'));
    expect(result).toMatchObject({ ok: false, status: 307, attempts: 1 });
    expect(result.error).toContain('redirects are not followed');
    expect(receiver.received('/elsewhere')).toHaveLength(0);
  });

  it('waits as long as retry-after asks before retrying', async () => {
    receiver.behave('/limited', { statuses: [429, 200], headers: [{ 'retry-after': '1' }, {}] });
    const result = await createSender().send(request('/limited'));
    expect(result).toMatchObject({ ok: true, attempts: 2, durationMs: 1000 });
    expect(clock.sleeps).toEqual([1000]);
    expect(receiver.received('/limited')).toHaveLength(2);
  });

  it('gives up at once when retry-after asks for more than allowed', async () => {
    receiver.behave('/later', { statuses: [503], headers: [{ 'retry-after': '3600' }] });
    const result = await createSender({ maxRetryAfterMs: 1000 }).send(request('/later'));
    expect(result).toMatchObject({ ok: false, status: 503, attempts: 1 });
    expect(result.error).toContain('retry-after');
  });

  it('times out an endpoint that never answers, retries it, and reports the timeout', async () => {
    receiver.behave('/hang', { hang: true });
    const sending = createSender({ timeoutMs: 200, retries: 1 }).send(request('/hang'));
    await arrivals('/hang', 1);
    expect(clock.deadlines()).toEqual([200]);
    clock.advance(200);
    await arrivals('/hang', 2);
    expect(clock.deadlines()).toEqual([200]);
    clock.advance(200);
    const result = await sending;
    expect(result).toMatchObject({ ok: false, status: undefined, attempts: 2 });
    expect(result.error).toContain('timed out after 200 ms');
    expect(result.durationMs).toBe(400 + (clock.sleeps[0] ?? NaN));
    expect(receiver.received('/hang')).toHaveLength(2);
  });

  it('times out a slow answer as a whole, not per byte', async () => {
    // The answer would come a minute later: the attempt's deadline, not the socket's idleness, ends it.
    receiver.behave('/slow', { delayMs: 60_000 });
    const sending = createSender({ timeoutMs: 150, retries: 0 }).send(request('/slow'));
    await arrivals('/slow', 1);
    clock.advance(150);
    const result = await sending;
    expect(result).toMatchObject({ ok: false, status: undefined, attempts: 1, durationMs: 150 });
    expect(result.error).toContain('timed out after 150 ms');
  });

  it('counts a 2xx whose body never finishes as delivered once the attempt time is up', async () => {
    receiver.behave('/trickle', { hangAfterHeaders: true });
    const sending = createSender({ timeoutMs: 200 }).send(request('/trickle'));
    await vi.waitFor(() => expect(receiver.received('/trickle')[0]?.status).toBe(200));
    // The receiver and the sender share this event loop: a few turns let the sender read the status line.
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
    clock.advance(200);
    const result = await sending;
    expect(result).toMatchObject({ ok: true, status: 200, attempts: 1, durationMs: 200 });
  });

  it('reads only the start of a huge error body and still retries', async () => {
    receiver.behave('/huge', { statuses: [500, 200], body: `oops ${'x'.repeat(3_000_000)}` });
    const result = await createSender().send(request('/huge'));
    expect(result).toMatchObject({ ok: true, status: 200, attempts: 2 });
  });

  it('reports the start of the error body of the last attempt', async () => {
    receiver.behave('/explained', { statuses: [422], body: 'payload\nrejected: bad ref' });
    const result = await createSender().send(request('/explained'));
    expect(result.error).toBe('HTTP 422 Unprocessable Entity: payload rejected: bad ref');
  });

  it('retries a refused connection and reports the network error', async () => {
    const port = await closedPort();
    const result = await createSender({ retries: 2 }).send({
      ...request('/x'),
      url: `http://127.0.0.1:${port}/x`,
    });
    expect(result).toMatchObject({ ok: false, status: undefined, attempts: 3 });
    expect(result.error).toContain('ECONNREFUSED');
  });

  it('keeps all attempts of a delivery within the total time budget', async () => {
    receiver.behave('/always-down', { statuses: [503] });
    const result = await createSender({
      retries: 10,
      backoff: { baseMs: 100, maxMs: 100 },
      totalTimeoutMs: 300,
    }).send(request('/always-down'));
    expect(result.ok).toBe(false);
    expect(result.attempts).toBeLessThan(11);
    expect(result.error).toContain('budget');
    expect(result.durationMs).toBeLessThan(300);
    expect(clock.sleeps.reduce((sum, ms) => sum + ms, 0)).toBe(result.durationMs);
    expect(receiver.received('/always-down')).toHaveLength(result.attempts);
  });

  it('sends concurrent deliveries to one host in parallel, not one socket at a time', async () => {
    // None is ever answered: all five reach the receiver only if they are in flight at the same time.
    receiver.behave('/wait', { hang: true });
    const send = createSender({ retries: 0 });
    const sending = Promise.all(Array.from({ length: 5 }, () => send.send(request('/wait'))));
    await arrivals('/wait', 5);
    expect(clock.deadlines()).toEqual([2000, 2000, 2000, 2000, 2000]);
    clock.advance(2000);
    const results = await sending;
    expect(results.map((result) => result.error)).toEqual(Array(5).fill('timed out after 2000 ms'));
  });
});

describe('createAxiosWebhookSender over TLS', () => {
  const tls = selfSignedCertificate();
  let server: Server | undefined;
  let url = '';

  beforeAll(async () => {
    if (tls === undefined) return;
    server = createHttpsServer(tls, (_request, response) => response.end('ok'));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/api/webhook`;
  });

  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  it.skipIf(tls === undefined)('refuses a self-signed certificate without retrying', async () => {
    const result = await createSender().send({ ...request('/'), url });
    expect(result).toMatchObject({ ok: false, attempts: 1 });
    expect(result.error).toMatch(/self[- ]signed/i);
  });

  it.skipIf(tls === undefined)('accepts it when TLS verification is turned off', async () => {
    const result = await createSender().send({ ...request('/'), url, skipTlsVerify: true });
    expect(result).toMatchObject({ ok: true, status: 200, attempts: 1 });
  });
});

/** A throwaway self-signed certificate for 127.0.0.1, or undefined when openssl is not installed. */
function selfSignedCertificate(): { key: string; cert: string } | undefined {
  const dir = mkdtempSync(path.join(tmpdir(), 'fanout-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(path.join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8'),
    };
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
