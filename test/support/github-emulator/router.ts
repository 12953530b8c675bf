// HTTP dispatch: authentication, route matching, rate limits, faults, schema validation of request and
// response bodies, the request log and GitHub's response headers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Faults, HttpFault } from './faults.js';
import { faultBody } from './faults.js';
import { HttpError } from './http-error.js';
import type { Identity } from './identities.js';
import type { RateLimiter, RateLimitStatus } from './rate-limit.js';
import type { RepoEngine } from './repo-engine.js';
import type { RequestLog } from './request-log.js';
import type { SchemaValidator, SchemaViolation } from './schema-validator.js';
import type { ServedOperation } from './served-operations.js';
import { servedOperations } from './served-operations.js';
import { repoKey, type EmulatorState, type RepoRecord } from './state.js';
import { restOperationScopes, scopesAllow } from './workflow-token.js';

/** What a route handler receives. */
export interface RouteContext {
  readonly state: EmulatorState;
  readonly engine: RepoEngine;
  readonly identity: Identity;
  readonly params: Readonly<Record<string, string>>;
  readonly url: URL;
  // The body was validated against the operation's schema; handlers cast it to their shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any;
  /** The repository of `/repos/{owner}/{repo}/…` routes (404 before the handler when missing). */
  readonly repo: RepoRecord;
  readonly settings: RouteSettings;
  /** The caller's budget for `resource` (not counting this call). */
  readonly rateLimitStatus: (resource: string) => RateLimitStatus;
}

/** Behaviour switches the routes read. */
export interface RouteSettings {
  readonly treeEntrySemantics: 'replace' | 'merge';
  readonly truncateTreeAt: number;
}

/** What a route handler returns. */
export interface RouteResult {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** One served operation. */
export interface RouteDefinition {
  readonly operation: ServedOperation;
  /** Minimum permission; default `read` for GET, `write` otherwise. */
  readonly permission?: 'read' | 'write' | 'admin';
  readonly handler: (context: RouteContext) => Promise<RouteResult>;
}

/** A GraphQL request handler (see graphql.ts). */
export type GraphqlHandler = (request: {
  identity: Identity;
  body: unknown;
}) => Promise<{ status: number; body: unknown; operation: string; violations: string[] }>;

interface Trace {
  operation?: string;
  rate?: RateLimitStatus;
  graphql?: string;
}

interface CompiledRoute {
  readonly definition: RouteDefinition;
  readonly method: string;
  readonly template: string;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly literalLength: number;
}

const GREEDY_PARAMS = new Set(['path', 'ref', 'basehead', 'branch']);
const NUMERIC_PARAMS = new Set(['pull_number', 'issue_number', 'comment_id', 'deployment_id']);
const MAX_BODY_BYTES = 200 * 1024 * 1024;

function compileRoute(definition: RouteDefinition): CompiledRoute {
  const [method, template] = definition.operation.split(' ') as [string, string];
  if (!(servedOperations as readonly string[]).includes(definition.operation)) {
    throw new Error(`route not listed in served-operations.ts: ${definition.operation}`);
  }
  const names: string[] = [];
  const source = template
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\\\{(\w+)\\\}/g, (_match, name: string) => {
      names.push(name);
      if (GREEDY_PARAMS.has(name)) return name === 'path' ? '(.*)' : '(.+)';
      return NUMERIC_PARAMS.has(name) ? '(\\d+)' : '([^/]+)';
    });
  // Octokit drops the trailing slash of an empty `path` (the repository root): `/contents` = `/contents/`.
  const optionalPath = source.replace(/\/\(\.\*\)$/, '(?:/(.*))?');
  return {
    definition,
    method,
    template,
    pattern: new RegExp(`^${optionalPath}$`),
    names,
    literalLength: template.replace(/\{\w+\}/g, '').length,
  };
}

/** Everything the router needs. */
export interface RouterDependencies {
  readonly state: EmulatorState;
  readonly engine: RepoEngine;
  readonly routes: readonly RouteDefinition[];
  readonly graphql: GraphqlHandler;
  readonly validator: SchemaValidator | undefined;
  readonly faults: Faults;
  readonly rateLimiter: RateLimiter;
  readonly log: RequestLog;
  readonly violations: SchemaViolation[];
  readonly settings: RouteSettings;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, 'Payload too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function authenticate(dependencies: RouterDependencies, header: string | undefined): Identity {
  if (!header) throw new HttpError(401, 'Requires authentication');
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
  const identity = match ? dependencies.state.identities.byToken(match[1]!) : undefined;
  if (!identity) throw new HttpError(401, 'Bad credentials');
  return identity;
}

// A job's GITHUB_TOKEN acts on its own repository within its scopes; reads of a public repository need none.
function checkJobToken(
  identity: Identity,
  request: {
    method: string;
    operation: string;
    params: Readonly<Record<string, string>>;
    state: EmulatorState;
  },
): void {
  const { owner, repo } = request.params;
  if (owner === undefined || repo === undefined || identity.scopes === undefined) return;
  const record = request.state.repos.get(repoKey(owner, repo));
  const access = request.method === 'GET' ? 'read' : 'write';
  if (access === 'read' && record?.private === false) return;
  const own = identity.repository?.toLowerCase() === `${owner}/${repo}`.toLowerCase();
  if (!own) {
    if (access === 'read') throw new HttpError(404, 'Not Found');
    throw new HttpError(403, 'Resource not accessible by integration');
  }
  const needed = restOperationScopes(request.operation);
  if (needed !== undefined && !scopesAllow(identity.scopes, needed, access)) {
    throw new HttpError(403, 'Resource not accessible by integration');
  }
}

function errorBody(error: HttpError, docsUrl: string): Record<string, unknown> {
  return {
    message: error.message,
    ...(error.errors ? { errors: error.errors } : {}),
    documentation_url: docsUrl,
    status: String(error.status),
  };
}

// GitHub answers 201 Created with a `Location` header naming the new resource's API URL.
function withLocation(result: RouteResult): RouteResult {
  if (result.status !== 201 || result.headers?.location) return result;
  const url = (result.body as { url?: unknown } | undefined)?.url;
  return typeof url === 'string' ? { ...result, headers: { ...result.headers, location: url } } : result;
}

/** Creates the request handler of the emulator's HTTP server. */
export function createRouter(dependencies: RouterDependencies) {
  const { state, engine, validator, faults, rateLimiter, log, violations } = dependencies;
  const routes = dependencies.routes.map(compileRoute).sort((a, b) => b.literalLength - a.literalLength);

  const match = (method: string, path: string) => {
    for (const route of routes) {
      if (route.method !== method) continue;
      const found = route.pattern.exec(path);
      if (!found) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => {
        params[name] = decodeURIComponent(found[index + 1] ?? '');
      });
      return { route, params };
    }
    return undefined;
  };

  const send = (response: ServerResponse, result: RouteResult, rate: RateLimitStatus | undefined): void => {
    const headers: Record<string, string> = {
      'x-github-request-id': randomUUID(),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      ...(rate ? rateLimiter.headers(rate) : {}),
      ...result.headers,
    };
    if (result.body === undefined || result.status === 204) {
      response.writeHead(result.status, headers);
      response.end();
      return;
    }
    const payload = JSON.stringify(result.body);
    response.writeHead(result.status, {
      ...headers,
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(payload)),
    });
    response.end(payload);
  };

  const recordViolation = (violation: SchemaViolation) => violations.push(violation);

  const faultResult = (fault: HttpFault): RouteResult => ({
    status: fault.status,
    body: faultBody(fault),
    headers: fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) },
  });

  const serveGraphql = async (
    identity: Identity,
    raw: Buffer,
    path: string,
    trace: Trace,
  ): Promise<RouteResult> => {
    trace.operation = 'POST /graphql';
    trace.rate = rateLimiter.consume(identity.token, 'graphql');
    if (trace.rate.exceeded) {
      // GraphQL reports an exhausted primary budget with HTTP 200 and a RATE_LIMITED error.
      return {
        status: 200,
        body: {
          errors: [
            { type: 'RATE_LIMITED', message: `API rate limit already exceeded for user ID ${identity.id}.` },
          ],
        },
      };
    }
    const httpFault = faults.take('http', 'POST', '/graphql');
    if (httpFault) return faultResult(httpFault);
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new HttpError(400, 'Problems parsing JSON');
    }
    const outcome = await engine.serialize(() => dependencies.graphql({ identity, body }));
    trace.graphql = outcome.operation;
    for (const error of outcome.violations) {
      recordViolation({ operation: 'POST /graphql', direction: 'request', path, errors: [error] });
    }
    return { status: outcome.status, body: outcome.body };
  };

  const rateLimited = (identity: Identity): RouteResult => ({
    status: 403,
    body: {
      message: `API rate limit exceeded for user ID ${identity.id}. If you reach out to GitHub Support for help, please include the request ID EMULATOR and timestamp ${new Date().toISOString()}.`,
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit',
      status: '403',
    },
  });

  const runConcurrentWriter = async (method: string, template: string) => {
    const other = faults.take('beforeRequest', method, template);
    if (other) await other.act();
    const mover = faults.take('moveBranch', method, template);
    if (!mover) return;
    await engine.serialize(async () => {
      const repo = engine.findRepo(mover.owner, mover.repo);
      const files = new Map(
        Object.entries(mover.files ?? { [`.concurrent/${Date.now()}.txt`]: 'concurrent change\n' }),
      );
      await engine.commitFiles(repo, {
        branch: mover.branch,
        files,
        message: 'Concurrent change\n',
        author: 'approver',
      });
    });
  };

  const parseBody = (raw: Buffer): unknown => {
    if (raw.length === 0) return undefined;
    try {
      return JSON.parse(raw.toString('utf8'));
    } catch {
      throw new HttpError(400, 'Problems parsing JSON');
    }
  };

  const serveRest = async (
    identity: Identity,
    method: string,
    url: URL,
    raw: Buffer,
    trace: Trace,
  ): Promise<RouteResult> => {
    const restPath = url.pathname.slice('/api/v3'.length) || '/';
    const matched = match(method, restPath);
    if (!matched) {
      recordViolation({
        operation: `${method} ${restPath}`,
        direction: 'request',
        path: url.pathname,
        errors: ['no served operation matches this request (add it to the emulator or fix the caller)'],
      });
      throw new HttpError(404, 'Not Found');
    }
    const { route, params } = matched;
    const operation = route.definition.operation;
    trace.operation = operation;
    // `GET /rate_limit` neither counts against nor is refused by the primary limit.
    const free = operation === 'GET /rate_limit';
    trace.rate = rateLimiter.consume(identity.token, 'core', { count: !free });
    if (trace.rate.exceeded && !free) return rateLimited(identity);
    const httpFault = faults.take('http', method, route.template);
    if (httpFault && httpFault.afterHandler !== true) return faultResult(httpFault);
    await runConcurrentWriter(method, route.template);
    const body = parseBody(raw);
    if (validator && body !== undefined) {
      const errors = validator.validateRequest(operation, body);
      if (errors.length > 0) {
        recordViolation({ operation, direction: 'request', path: url.pathname, errors });
        throw new HttpError(422, `Invalid request.\n\n${errors.join('\n')}`);
      }
    }
    const needed = route.definition.permission ?? (method === 'GET' ? 'read' : 'write');
    if (needed === 'write' && identity.permission !== 'write' && identity.permission !== 'admin') {
      throw new HttpError(403, 'Resource not accessible by personal access token');
    }
    // Settings need admin: the Actions token lacks the Administration permission, a write
    // collaborator lacks the role.
    if (needed === 'admin' && identity.permission !== 'admin') {
      throw new HttpError(
        403,
        identity.type === 'Bot'
          ? 'Resource not accessible by integration'
          : 'Must have admin rights to Repository.',
      );
    }
    if (identity.scopes !== undefined) checkJobToken(identity, { method, operation, params, state });
    const result = await engine.serialize(async () => {
      const repo = params.owner && params.repo ? engine.findRepo(params.owner, params.repo) : undefined;
      return route.definition.handler({
        state,
        engine,
        identity,
        params,
        url,
        body: body ?? {},
        repo: repo as RepoRecord,
        settings: dependencies.settings,
        rateLimitStatus: (resource) => rateLimiter.consume(identity.token, resource, { count: false }),
      });
    });
    if (httpFault) return faultResult(httpFault);
    const corrupt = faults.take('corruptResponse', method, route.template);
    if (corrupt && result.body && typeof result.body === 'object')
      corrupt.mutate(result.body as Record<string, unknown>);
    return withLocation(result);
  };

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const method = (request.method ?? 'GET').toUpperCase();
    const url = new URL(request.url ?? '/', state.serverUrl);
    const trace: Trace = {};
    let identity: Identity | undefined;
    let result: RouteResult;
    try {
      const raw = await readBody(request);
      identity = authenticate(dependencies, request.headers.authorization);
      if (url.pathname === '/api/graphql' && method === 'POST') {
        result = await serveGraphql(identity, raw, url.pathname, trace);
      } else if (url.pathname.startsWith('/api/v3/')) {
        result = await serveRest(identity, method, url, raw, trace);
      } else {
        throw new HttpError(404, 'Not Found');
      }
    } catch (error) {
      result = errorResult(error, method, url, trace);
    }
    const { operation } = trace;
    if (identity && !trace.rate) {
      trace.rate = rateLimiter.consume(identity.token, operation === 'POST /graphql' ? 'graphql' : 'core', {
        count: false,
      });
    }
    if (validator && operation && operation !== 'POST /graphql' && result.status !== 401) {
      const errors = validator.validateResponse(
        operation as ServedOperation,
        result.status,
        result.body ?? null,
      );
      if (errors.length > 0) {
        recordViolation({
          operation,
          direction: 'response',
          status: result.status,
          path: url.pathname,
          errors,
        });
      }
    }
    log.record({
      method,
      route: operation,
      path: url.pathname,
      status: result.status,
      login: identity?.login,
      timestamp: Date.now(),
      ...(trace.graphql ? { graphql: trace.graphql } : {}),
    });
    send(response, result, trace.rate);
  };

  function errorResult(error: unknown, method: string, url: URL, trace: Trace): RouteResult {
    if (error instanceof HttpError) {
      const docs =
        trace.operation && trace.operation !== 'POST /graphql' && validator
          ? validator.docsUrl(trace.operation as ServedOperation)
          : 'https://docs.github.com/rest';
      return { status: error.status, body: errorBody(error, docs), headers: { ...error.headers } };
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    recordViolation({
      operation: trace.operation ?? `${method} ${url.pathname}`,
      direction: 'emulator',
      status: 500,
      path: url.pathname,
      errors: [`emulator error: ${message}`],
    });
    return {
      status: 500,
      body: { message: 'Internal emulator error', documentation_url: 'https://docs.github.com/rest' },
    };
  }
}
