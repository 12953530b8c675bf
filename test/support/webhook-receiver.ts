// Webhook receivers on 127.0.0.1 for tests: record every request (method, path, headers, exact body bytes)
// and answer per path as configured: a status sequence, a delay, a hang, or validation exactly like Argo CD's
// `/api/webhook` (util/webhook/webhook.go Handler + go-playground/webhooks v6 github.Parse).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the receiver saw it, with the status it answered (undefined while hanging). */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  status: number | undefined;
  receivedAt: number;
}

/** How a path answers. */
export interface PathBehaviour {
  /** Status of the 1st, 2nd, ... request to the path; the last one repeats. Default [200]. */
  statuses?: number[];
  /** Extra response headers of the 1st, 2nd, ... request (last repeats), e.g. `{ 'retry-after': '1' }`. */
  headers?: Record<string, string>[];
  /** Wait this long before answering. */
  delayMs?: number;
  /** Never answer; the connection stays open until the client gives up or the receiver closes. */
  hang?: boolean;
  /** Response body text (ignored with `argoCd`). */
  body?: string;
  /** Send the status line, headers and part of the body, then never finish the body. */
  hangAfterHeaders?: boolean;
  /** Validate as Argo CD's `/api/webhook` does, with `webhook.github.secret` set to `secret` (if any). */
  argoCd?: { secret?: string; maxPayloadBytes?: number; queueFull?: boolean };
}

/** A running receiver. */
export interface WebhookReceiver {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  url(path: string): string;
  /** Sets how `path` answers from now on (request counts for the path restart). */
  behave(path: string, behaviour: PathBehaviour): void;
  /** Requests received so far, optionally only those to `path`, in arrival order. */
  received(path?: string): ReceivedRequest[];
  /** Stops listening and drops every open connection (hanging ones included). */
  close(): Promise<void>;
}

/** Starts a receiver on an ephemeral loopback port; every path answers 200 unless told otherwise. */
export async function startWebhookReceiver(
  behaviours: Record<string, PathBehaviour> = {},
): Promise<WebhookReceiver> {
  const configured = new Map(Object.entries(behaviours));
  const counts = new Map<string, number>();
  const requests: ReceivedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = (request.url ?? '/').split('?')[0] ?? '/';
      const record: ReceivedRequest = {
        method: request.method ?? '',
        path,
        headers: request.headers,
        body: Buffer.concat(chunks),
        status: undefined,
        receivedAt: Date.now(),
      };
      requests.push(record);
      const index = counts.get(path) ?? 0;
      counts.set(path, index + 1);
      const behaviour = configured.get(path) ?? {};
      if (behaviour.hang === true) return;
      const answer = () => {
        const [status, text] =
          behaviour.argoCd === undefined
            ? [pick(behaviour.statuses, index) ?? 200, behaviour.body ?? '']
            : argoCd(record, behaviour.argoCd);
        record.status = status;
        for (const [name, value] of Object.entries(pick(behaviour.headers, index) ?? {}))
          response.setHeader(name, value);
        if (behaviour.hangAfterHeaders === true) {
          response.writeHead(status, { 'Content-Type': 'text/plain' });
          response.write('partial answer, the rest never comes');
          return;
        }
        send(response, status, text);
      };
      if (behaviour.delayMs === undefined) answer();
      else {
        const timer = setTimeout(() => {
          timers.delete(timer);
          answer();
        }, behaviour.delayMs);
        timers.add(timer);
      }
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    behave: (path, behaviour) => {
      configured.set(path, behaviour);
      counts.delete(path);
    },
    received: (path) => requests.filter((r) => path === undefined || r.path === path),
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function pick<T>(list: readonly T[] | undefined, index: number): T | undefined {
  if (list === undefined || list.length === 0) return undefined;
  return list[Math.min(index, list.length - 1)];
}

function send(response: ServerResponse, status: number, text: string): void {
  response.statusCode = status;
  if (text !== '') response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.end(text === '' ? undefined : `${text}\n`);
}

/**
 * Argo CD's answer to a request: 400 "Unknown webhook event" without a known SCM header; go-playground's
 * github.Parse errors become 400 "Webhook processing failed: <error>" (405 for a method other than POST);
 * an unreadable or oversized body gets the payload-size message; a full queue 503; else 200 with no body.
 * Argo CD itself never reads Content-Type: a form-encoded body (`payload=...`) fails JSON decoding with 400.
 * This receiver reports that case up front, so a test sees why.
 */
function argoCd(request: ReceivedRequest, settings: NonNullable<PathBehaviour['argoCd']>): [number, string] {
  const header = (name: string) => {
    const value = request.headers[name.toLowerCase()];
    return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
  };
  if (['X-Vss-Activityid', 'X-Gogs-Event'].some((name) => header(name) !== ''))
    return [400, 'Webhook processing failed: not a GitHub event (this receiver only emulates GitHub)'];
  const event = header('X-GitHub-Event');
  if (event === '') return [400, 'Unknown webhook event'];
  const failed = (message: string): [number, string] => [
    request.method === 'POST' ? 400 : 405,
    `Webhook processing failed: ${message}`,
  ];
  if (request.method !== 'POST') return failed('invalid HTTP Method');
  if (event !== 'push' && event !== 'ping') return failed('event not defined to be parsed');
  const maxBytes = settings.maxPayloadBytes ?? 50 * 1024 * 1024;
  if (request.body.length === 0 || request.body.length > maxBytes) {
    return [
      400,
      `Webhook processing failed: The payload is either too large or corrupted. Please check the payload size (must be under ${Math.floor(maxBytes / 1024 / 1024)} MB) and ensure it is valid JSON`,
    ];
  }
  if (settings.secret !== undefined && settings.secret !== '') {
    const signature = header('X-Hub-Signature-256');
    if (signature === '') return failed('missing X-Hub-Signature-256 Header');
    const hex = signature.startsWith('sha256=') ? signature.slice(7) : signature;
    if (hex.length < 6) return failed('Invalid Github signature');
    const expected = createHmac('sha256', settings.secret).update(request.body).digest('hex');
    if (hex.length !== expected.length || !timingSafeEqual(Buffer.from(hex), Buffer.from(expected)))
      return failed('HMAC verification failed');
  }
  if (!header('Content-Type').toLowerCase().startsWith('application/json'))
    return failed(`Content-Type ${JSON.stringify(header('Content-Type'))} is not application/json`);
  const problem = event === 'push' ? pushPayloadProblem(request.body) : jsonProblem(request.body);
  if (problem !== undefined) return failed(problem);
  if (settings.queueFull === true) return [503, 'Queue is full, discarding webhook payload'];
  return [200, ''];
}

function jsonProblem(body: Buffer): string | undefined {
  try {
    JSON.parse(body.toString('utf8'));
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

type Json = Record<string, unknown>;

/** Type checks Go's json.Unmarshal into go-playground's github.PushPayload would fail on (the fields Argo CD uses). */
function pushPayloadProblem(body: Buffer): string | undefined {
  let payload: unknown;
  try {
    payload = JSON.parse(body.toString('utf8'));
  } catch (error) {
    return (error as Error).message;
  }
  if (!isObject(payload)) return 'json: cannot unmarshal non-object into Go value of type github.PushPayload';
  const checks: [unknown, string, string][] = [
    [payload.ref, 'string', 'ref'],
    [payload.before, 'string', 'before'],
    [payload.after, 'string', 'after'],
    [payload.created, 'boolean', 'created'],
    [payload.deleted, 'boolean', 'deleted'],
    [payload.forced, 'boolean', 'forced'],
  ];
  const repository = payload.repository;
  if (repository !== undefined && repository !== null) {
    if (!isObject(repository)) return 'json: cannot unmarshal repository';
    checks.push(
      [repository.html_url, 'string', 'repository.html_url'],
      [repository.default_branch, 'string', 'repository.default_branch'],
      [repository.created_at, 'number', 'repository.created_at'],
      [repository.pushed_at, 'number', 'repository.pushed_at'],
    );
  }
  for (const [value, type, name] of checks) {
    if (value !== undefined && value !== null && typeof value !== type)
      return `json: cannot unmarshal ${typeof value} into Go struct field PushPayload.${name} of type ${type}`;
  }
  const commits = payload.commits;
  if (commits !== undefined && commits !== null && !Array.isArray(commits))
    return 'json: cannot unmarshal commits';
  for (const commit of [...((commits as unknown[] | undefined) ?? []), payload.head_commit]) {
    if (commit === undefined || commit === null) continue;
    if (!isObject(commit)) return 'json: cannot unmarshal commit';
    for (const list of ['added', 'removed', 'modified']) {
      const value = commit[list];
      if (value === undefined || value === null) continue;
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))
        return `json: cannot unmarshal ${list} into Go struct field of type []string`;
    }
  }
  return undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The changed files Argo CD reads from a push payload: the union of every commit's added, modified, removed. */
export function argoCdChangedFiles(body: Buffer | string): string[] {
  const payload = JSON.parse(body.toString()) as {
    commits?: { added?: string[]; modified?: string[]; removed?: string[] }[];
  };
  const files: string[] = [];
  for (const commit of payload.commits ?? [])
    files.push(...(commit.added ?? []), ...(commit.modified ?? []), ...(commit.removed ?? []));
  return files;
}

/** True when `header` is `sha256=<hex HMAC-SHA256 of body>` under `secret` (constant-time compare). */
export function hasValidSignature(
  body: Buffer,
  header: string | string[] | undefined,
  secret: string,
): boolean {
  if (typeof header !== 'string' || !header.startsWith('sha256=')) return false;
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`);
  const actual = Buffer.from(header);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
