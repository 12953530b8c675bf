import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer, type Server } from 'node:https';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAxiosWebhookSender } from '../../../src/adapters/http/create-axios-webhook-sender.js';
import { silentLogger } from '../../../src/ports/logger.js';
import type { WebhookRequest, WebhookSenderPort } from '../../../src/ports/webhook-sender-port.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../support/webhook-receiver.js';

const body = new TextEncoder().encode('{"ref":"refs/heads/main","name":"Zoë ✓"}');
const fast = { baseMs: 5, maxMs: 20 };

let receiver: WebhookReceiver;
let sender: WebhookSenderPort | undefined;

beforeEach(async () => {
  receiver = await startWebhookReceiver();
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
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    const [first, second] = receiver.received('/limited');
    expect(second!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(950);
  });

  it('gives up at once when retry-after asks for more than allowed', async () => {
    receiver.behave('/later', { statuses: [503], headers: [{ 'retry-after': '3600' }] });
    const result = await createSender({ maxRetryAfterMs: 1000 }).send(request('/later'));
    expect(result).toMatchObject({ ok: false, status: 503, attempts: 1 });
    expect(result.error).toContain('retry-after');
  });

  it('times out an endpoint that never answers, retries it, and reports the timeout', async () => {
    receiver.behave('/hang', { hang: true });
    const started = Date.now();
    const result = await createSender({ timeoutMs: 200, retries: 1 }).send(request('/hang'));
    expect(result).toMatchObject({ ok: false, status: undefined, attempts: 2 });
    expect(result.error).toContain('timed out after 200 ms');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(receiver.received('/hang')).toHaveLength(2);
  });

  it('times out a slow answer as a whole, not per byte', async () => {
    receiver.behave('/slow', { delayMs: 500 });
    const result = await createSender({ timeoutMs: 150, retries: 0 }).send(request('/slow'));
    expect(result.error).toContain('timed out');
  });

  it('counts a 2xx whose body never finishes as delivered once the attempt time is up', async () => {
    receiver.behave('/trickle', { hangAfterHeaders: true });
    const result = await createSender({ timeoutMs: 200 }).send(request('/trickle'));
    expect(result).toMatchObject({ ok: true, status: 200, attempts: 1 });
    expect(result.durationMs).toBeLessThan(1500);
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
    const started = Date.now();
    const result = await createSender({
      retries: 10,
      backoff: { baseMs: 100, maxMs: 100 },
      totalTimeoutMs: 300,
    }).send(request('/always-down'));
    expect(result.ok).toBe(false);
    expect(result.attempts).toBeLessThan(11);
    expect(result.error).toContain('budget');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('sends concurrent deliveries to one host in parallel, not one socket at a time', async () => {
    receiver.behave('/wait', { delayMs: 100 });
    const timeFive = async (send: WebhookSenderPort) => {
      const started = Date.now();
      const results = await Promise.all(Array.from({ length: 5 }, () => send.send(request('/wait'))));
      expect(results.every((r) => r.ok)).toBe(true);
      return Date.now() - started;
    };
    const serial = createAxiosWebhookSender({
      timeoutMs: 2000,
      retries: 0,
      logger: silentLogger,
      maxSockets: 1,
    });
    try {
      expect(await timeFive(serial)).toBeGreaterThanOrEqual(450);
    } finally {
      serial.close();
    }
    expect(await timeFive(createSender())).toBeLessThan(300);
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
