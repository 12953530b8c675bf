import axios, { type AxiosResponse } from 'axios';
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { maskUrlCredentials } from '../../core/webhook/mask-url-credentials.js';
import type { Logger } from '../../ports/logger.js';
import type {
  WebhookRequest,
  WebhookSenderPort,
  WebhookSendResult,
} from '../../ports/webhook-sender-port.js';
import { backoffDelay, type BackoffPolicy } from './backoff-delay.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { errorMessage } from '../../core/errors/error-message.js';

/** Timeouts and retry policy of the webhook sender. */
export interface AxiosWebhookSenderOptions {
  /** Hard limit of one attempt, connection to last byte of the response. */
  timeoutMs: number;
  /** Retries after the first attempt, on network errors, 429 and 5xx only. */
  retries: number;
  /** All attempts and waits of one delivery together stay under this (default 120 s). */
  totalTimeoutMs?: number;
  /** Exponential backoff (default 1 s doubling up to 30 s), equal jitter. */
  backoff?: BackoffPolicy;
  /** A `retry-after` longer than this gives up instead of waiting (default 60 s). */
  maxRetryAfterMs?: number;
  /** Sockets per host; unlimited by default so the caller's concurrency bound is the only one. */
  maxSockets?: number;
  logger: Logger;
  random?: () => number;
  /** The wall clock by default; a test drives its own, so no test waits or measures real time. */
  clock?: SenderClock;
}

/** Time as the sender sees it: elapsed time, waits between attempts, and the per-attempt deadline. */
export interface SenderClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Calls `onTimeout` after `ms`; the returned function cancels it. */
  startTimer(ms: number, onTimeout: () => void): () => void;
}

const WALL_CLOCK: SenderClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  startTimer: (ms, onTimeout) => {
    const timer = setTimeout(onTimeout, ms);
    return () => clearTimeout(timer);
  },
};

/** One attempt's outcome: a response, or the network error that replaced it. */
type Attempt =
  | { kind: 'response'; status: number; statusText: string; retryAfter: string | undefined; body: string }
  | { kind: 'error'; message: string; retryable: boolean };

const RESPONSE_LIMIT_BYTES = 64 * 1024;
// Failures that will not change by trying again: certificates, unknown hosts, malformed URLs.
const PERMANENT_CODES = new Set([
  'ENOTFOUND',
  'ERR_INVALID_URL',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
]);

/**
 * The WebhookSenderPort over axios: POSTs the exact body bytes with the given headers, no redirects followed
 * (a signed delivery is never re-sent to another host), a hard per-attempt timeout, and retries with
 * exponential backoff and jitter on network errors, 429 and 5xx (honouring `retry-after`), never on other
 * statuses; attempts and total time are bounded. Keep-alive agents without a socket cap, so concurrent
 * deliveries to one host are not queued behind each other.
 */
export function createAxiosWebhookSender(options: AxiosWebhookSenderOptions): WebhookSenderPort {
  const agentOptions = { keepAlive: true, noDelay: true, maxSockets: options.maxSockets ?? Infinity };
  const httpAgent = new http.Agent(agentOptions);
  const httpsAgent = new https.Agent(agentOptions);
  const insecureAgent = new https.Agent({ ...agentOptions, rejectUnauthorized: false });
  const client = axios.create({
    method: 'POST',
    maxRedirects: 0,
    responseType: 'stream',
    validateStatus: () => true,
  });
  const policy = {
    totalTimeoutMs: options.totalTimeoutMs ?? 120_000,
    backoff: options.backoff ?? { baseMs: 1000, maxMs: 30_000 },
    maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
    random: options.random ?? Math.random,
  };
  const clock = options.clock ?? WALL_CLOCK;

  const attempt = async (request: WebhookRequest, timeoutMs: number): Promise<Attempt> => {
    const controller = new AbortController();
    const cancelTimer = clock.startTimer(timeoutMs, () => controller.abort());
    try {
      const response: AxiosResponse<Readable> = await client.request({
        url: request.url,
        headers: { Accept: '*/*', ...request.headers },
        data: Buffer.from(request.body.buffer, request.body.byteOffset, request.body.byteLength),
        httpAgent,
        httpsAgent: request.skipTlsVerify ? insecureAgent : httpsAgent,
        signal: controller.signal,
      });
      const retryAfter = response.headers['retry-after'] as unknown;
      return {
        kind: 'response',
        status: response.status,
        statusText: response.statusText,
        retryAfter: typeof retryAfter === 'string' ? retryAfter : undefined,
        // The status is the answer; the body only explains a failure, so a slow or huge one is cut short.
        body: await readStart(response.data, RESPONSE_LIMIT_BYTES),
      };
    } catch (error) {
      if (controller.signal.aborted)
        return { kind: 'error', message: `timed out after ${timeoutMs} ms`, retryable: true };
      return networkFailure(error);
    } finally {
      cancelTimer();
    }
  };

  const send = async (request: WebhookRequest): Promise<WebhookSendResult> => {
    const started = clock.now();
    const shown = maskUrlCredentials(request.url);
    const maxAttempts = 1 + Math.max(0, options.retries);
    let attempts = 0;
    let last: Attempt | undefined;
    let gaveUp = '';
    while (attempts < maxAttempts) {
      const remaining = policy.totalTimeoutMs - (clock.now() - started);
      if (remaining <= 0) {
        gaveUp = ` (gave up: the ${policy.totalTimeoutMs} ms delivery budget is spent)`;
        break;
      }
      attempts++;
      last = await attempt(request, Math.min(options.timeoutMs, remaining));
      if (last.kind === 'response' && isSuccess(last.status)) break;
      if (!isRetryable(last) || attempts >= maxAttempts) break;
      const wait = waitBeforeRetry(last, attempts);
      if (wait === undefined) {
        gaveUp = ` (gave up: retry-after asks for more than ${policy.maxRetryAfterMs} ms)`;
        break;
      }
      if (clock.now() - started + wait >= policy.totalTimeoutMs) {
        gaveUp = ` (gave up: waiting ${wait} ms would exceed the ${policy.totalTimeoutMs} ms delivery budget)`;
        break;
      }
      options.logger.info(
        `${shown}: attempt ${attempts}/${maxAttempts} failed (${describe(last)}); retrying in ${wait} ms`,
      );
      await clock.sleep(wait);
    }
    return result(last, { attempts, durationMs: clock.now() - started, gaveUp });
  };

  const waitBeforeRetry = (last: Attempt, attempts: number): number | undefined => {
    const backoff = backoffDelay(attempts, policy.backoff, policy.random);
    if (last.kind !== 'response') return backoff;
    const asked = parseRetryAfter(last.retryAfter, clock.now());
    if (asked === undefined) return backoff;
    if (asked > policy.maxRetryAfterMs) return undefined;
    return Math.max(asked, backoff);
  };

  return {
    send,
    close: () => {
      httpAgent.destroy();
      httpsAgent.destroy();
      insecureAgent.destroy();
    },
  };
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

function isRetryable(attempt: Attempt): boolean {
  if (attempt.kind === 'error') return attempt.retryable;
  return attempt.status === 429 || attempt.status >= 500;
}

function networkFailure(error: unknown): Attempt {
  if (axios.isAxiosError(error)) {
    const code = error.code ?? (error.cause as { code?: string } | undefined)?.code;
    const message = error.message || code || 'request failed';
    return {
      kind: 'error',
      message: code !== undefined && !message.includes(code) ? `${message} (${code})` : message,
      retryable: code === undefined || !PERMANENT_CODES.has(code),
    };
  }
  return { kind: 'error', message: errorMessage(error), retryable: true };
}

function describe(attempt: Attempt): string {
  if (attempt.kind === 'error') return attempt.message;
  const text = attempt.body.replace(/\s+/g, ' ').trim().slice(0, 200);
  const status = `HTTP ${attempt.status}${attempt.statusText === '' ? '' : ` ${attempt.statusText}`}`;
  if (isSuccess(attempt.status)) return status;
  if (attempt.status >= 300 && attempt.status < 400) return `${status}: redirects are not followed`;
  return text === '' ? status : `${status}: ${text}`;
}

function result(
  last: Attempt | undefined,
  run: { attempts: number; durationMs: number; gaveUp: string },
): WebhookSendResult {
  const { durationMs } = run;
  if (last === undefined)
    return { ok: false, status: undefined, attempts: 0, durationMs, error: `not sent${run.gaveUp}` };
  const status = last.kind === 'response' ? last.status : undefined;
  const ok = status !== undefined && isSuccess(status);
  return {
    ok,
    status,
    attempts: run.attempts,
    durationMs,
    error: ok ? undefined : `${describe(last)}${run.gaveUp}`,
  };
}

/**
 * The first `limit` bytes of a response body as text. Reading stops early (and drops the connection) when
 * the body is longer, or when the stream ends in an error, e.g. the attempt's timeout firing mid-body.
 */
function readStart(stream: Readable, limit: number): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = () => resolve(Buffer.concat(chunks).subarray(0, limit).toString('utf8'));
    stream.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > limit) {
        stream.destroy();
        finish();
      }
    });
    stream.on('end', finish);
    stream.on('error', finish);
    stream.on('close', finish);
  });
}
