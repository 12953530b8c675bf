// Git smart HTTP for the emulator's bare repositories: `git http-backend` run as a CGI per request,
// authenticated like a runner's checkout (`AUTHORIZATION: basic base64(x-access-token:<token>)`).
// Partial clones work (`uploadpack.allowFilter`), and so do lazy blob fetches of a blobless clone
// (`uploadpack.allowAnySHA1InWant`). Pushes are refused: the emulator changes repositories through
// the API only, so that every change emits its events.
import { spawn } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { relative } from 'node:path';
import type { Identities, Identity } from './identities.js';
import type { RepoRecord } from './state.js';

const HTTP_BACKEND = process.env.GIT_HTTP_BACKEND ?? '/usr/lib/git-core/git-http-backend';
const GIT_PATH =
  /^\/([^/]+)\/([^/]+?)(?:\.git)?(\/(?:info\/refs|git-upload-pack|git-receive-pack|HEAD|objects\/.*))$/;

/** One git HTTP request the emulator served. */
export interface GitHttpRequest {
  readonly path: string;
  readonly service: string;
  readonly status: number;
  readonly login: string | undefined;
}

/** What the git HTTP handler needs from the emulator. */
export interface GitHttpDependencies {
  readonly identities: Identities;
  readonly projectRoot: string;
  readonly findRepo: (owner: string, name: string) => RepoRecord | undefined;
  readonly log: GitHttpRequest[];
}

/** The header a runner's checkout sends: `AUTHORIZATION: basic base64(x-access-token:<token>)`. */
export function gitAuthHeader(token: string): string {
  return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
}

function identityOf(identities: Identities, header: string | undefined): Identity | undefined {
  const basic = /^basic\s+(\S+)$/i.exec(header?.trim() ?? '');
  if (!basic) return undefined;
  const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
  const password = decoded.slice(decoded.indexOf(':') + 1);
  return identities.byToken(password);
}

function refuse(
  response: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  response.end(`${message}\n`);
}

/** Whether `path` is a git smart HTTP path (`/{owner}/{repo}.git/info/refs`, `…/git-upload-pack`). */
export function isGitHttpPath(path: string): boolean {
  return GIT_PATH.test(path);
}

/** Serves one git smart HTTP request through `git http-backend`. */
export async function serveGitHttp(
  dependencies: GitHttpDependencies,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://emulator');
  const [, owner, name, rest] = GIT_PATH.exec(url.pathname) ?? [];
  const service = url.searchParams.get('service') ?? rest?.slice(1) ?? '';
  const identity = identityOf(dependencies.identities, request.headers.authorization);
  const record = (status: number) =>
    dependencies.log.push({ path: url.pathname, service, status, login: identity?.login });
  if (!identity) {
    record(401);
    return refuse(response, 401, 'Authentication failed', { 'www-authenticate': 'Basic realm="GitHub"' });
  }
  const repo = owner && name ? dependencies.findRepo(owner, name) : undefined;
  if (!repo || identity.permission === 'none') {
    record(404);
    return refuse(response, 404, 'Repository not found.');
  }
  if (service.includes('receive-pack')) {
    record(403);
    return refuse(
      response,
      403,
      'The GitHub emulator takes changes through the API only; pushes are refused.',
    );
  }
  const status = await runBackend(dependencies, { request, response, repo, rest: rest!, url, identity });
  record(status);
}

function runBackend(
  dependencies: GitHttpDependencies,
  options: {
    request: IncomingMessage;
    response: ServerResponse;
    repo: RepoRecord;
    rest: string;
    url: URL;
    identity: Identity;
  },
): Promise<number> {
  const { request, response, repo, rest, url, identity } = options;
  const pathInfo = `/${relative(dependencies.projectRoot, repo.git.gitDir).split('\\').join('/')}${rest}`;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GIT_PROJECT_ROOT: dependencies.projectRoot,
    GIT_HTTP_EXPORT_ALL: '1',
    PATH_INFO: pathInfo,
    REQUEST_METHOD: request.method ?? 'GET',
    QUERY_STRING: url.search.slice(1),
    CONTENT_TYPE: request.headers['content-type'] ?? '',
    REMOTE_USER: identity.login,
    REMOTE_ADDR: '127.0.0.1',
    GIT_CONFIG_COUNT: '3',
    GIT_CONFIG_KEY_0: 'uploadpack.allowFilter',
    GIT_CONFIG_VALUE_0: 'true',
    GIT_CONFIG_KEY_1: 'uploadpack.allowAnySHA1InWant',
    GIT_CONFIG_VALUE_1: 'true',
    GIT_CONFIG_KEY_2: 'safe.directory',
    GIT_CONFIG_VALUE_2: '*',
    ...(request.headers['content-encoding']
      ? { HTTP_CONTENT_ENCODING: request.headers['content-encoding'] }
      : {}),
    ...(request.headers['git-protocol'] ? { GIT_PROTOCOL: String(request.headers['git-protocol']) } : {}),
  };
  return new Promise((resolve) => {
    const child = spawn(HTTP_BACKEND, [], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    request.pipe(child.stdin);
    child.stdin.on('error', () => undefined);
    let head = Buffer.alloc(0);
    let status = 200;
    let headersSent = false;
    const stderr: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.stdout.on('data', (chunk: Buffer) => {
      if (headersSent) {
        response.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      const separator = end >= 0 ? 4 : 2;
      const at = end >= 0 ? end : head.indexOf('\n\n');
      if (at < 0) return;
      const headers: Record<string, string> = {};
      for (const line of head.subarray(0, at).toString('latin1').split(/\r?\n/)) {
        const colon = line.indexOf(':');
        if (colon < 0) continue;
        const key = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (key === 'status') status = Number.parseInt(value, 10);
        else headers[key] = value;
      }
      response.writeHead(status, headers);
      headersSent = true;
      response.write(head.subarray(at + separator));
    });
    child.on('close', (code) => {
      if (!headersSent) {
        status = 500;
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        response.write(`git http-backend exited ${code}: ${Buffer.concat(stderr).toString('utf8')}`);
      }
      response.end();
      resolve(status);
    });
  });
}
