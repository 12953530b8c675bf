import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import { Agent as HttpsAgent } from 'node:https';
import type { ArgoCdApplication, ArgoCdApplicationSet, ArgoCdSettings } from '../../core/argocd/types.js';
import { ExternalError } from '../../core/errors/external-error.js';
import { createSecretScrubber } from '../../core/secrets/create-secret-scrubber.js';
import type { ArgoCdPort } from '../../ports/argocd-port.js';
import type { Logger } from '../../ports/logger.js';
import { ArgoCdDecodeError, decodeManagedResources, decodeManifests } from './decode-argocd-responses.js';
import { resolveArgoCdBaseUrl } from './resolve-argocd-base-url.js';
import { errorMessage } from '../../core/errors/error-message.js';

/** Options of {@link createAxiosArgoCd}. */
export interface AxiosArgoCdOptions {
  /** `https://argocd.example.com`, or `host[:port]` as the Go bot's `ARGOCD_SERVER_ADDR` (then HTTPS). */
  server: string;
  token: string;
  /** Per request, in ms; default 30,000. */
  timeoutMs?: number;
  /** Retries after the first attempt on 5xx, timeouts and network errors; default 3. */
  retries?: number;
  /** First backoff in ms, doubled per retry up to `maxRetryDelayMs`; default 500. */
  retryDelayMs?: number;
  /** Default 8,000; also caps a `retry-after` the server sends. */
  maxRetryDelayMs?: number;
  /** Skip TLS certificate verification (the Go bot's `ARGOCD_INSECURE`). */
  insecure?: boolean;
  /** Plain HTTP for a server address without scheme (the Go bot's `ARGOCD_PLAINTEXT`). */
  plaintext?: boolean;
  logger?: Logger;
  /** Called for every HTTP request sent, retries included (to report the calls a run spent). */
  onRequest?: (request: { method: string; path: string; attempt: number }) => void;
}

/** Which failures a call may retry: reads and idempotent writes retry everything transient; a create only
 * what cannot have reached the server. */
type RetryPolicy = 'transient' | 'unsent';

interface Call {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | readonly string[] | undefined>;
  body?: unknown;
  /** For errors: `get manifests of app "x" at revision "y"`. */
  operation: string;
  retry: RetryPolicy;
}

const SERVICE = 'Argo CD';
const retryableStatuses = new Set([500, 502, 503, 504]);
const unsentErrorCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
const transientErrorCodes = new Set([
  ...unsentErrorCodes,
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ERR_NETWORK',
  'ERR_BAD_RESPONSE',
]);

const enc = encodeURIComponent;

function queryString(query: Call['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    for (const item of typeof value === 'string' ? [value] : value) params.append(key, item);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

function responseMessage(response: AxiosResponse): string {
  const data = response.data as { message?: unknown; error?: unknown } | string | undefined;
  if (typeof data === 'object' && data !== null) {
    if (typeof data.message === 'string' && data.message !== '') return data.message;
    if (typeof data.error === 'string' && data.error !== '') return data.error;
  }
  if (typeof data === 'string' && data.trim() !== '') return data.trim().slice(0, 500);
  return response.statusText || `HTTP ${response.status}`;
}

function retryAfterMs(response: AxiosResponse): number | undefined {
  const header = response.headers['retry-after'] as string | undefined;
  const seconds = header === undefined ? Number.NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/**
 * The Argo CD port over axios: bearer token, a timeout per request, bounded retries with exponential backoff on
 * 5xx, timeouts and network errors (a create is retried only when the request cannot have arrived), optional
 * TLS verification skip and plain HTTP. Failures become ExternalError naming the operation and app.
 */
export function createAxiosArgoCd(options: AxiosArgoCdOptions): ArgoCdPort {
  const client: AxiosInstance = axios.create({
    baseURL: resolveArgoCdBaseUrl(options.server, { plaintext: options.plaintext }),
    timeout: options.timeoutMs ?? 30_000,
    headers: { Authorization: `Bearer ${options.token}`, Accept: 'application/json' },
    validateStatus: () => true,
    maxRedirects: 0,
    transitional: { clarifyTimeoutError: true, silentJSONParsing: true, forcedJSONParsing: true },
    ...(options.insecure === true ? { httpsAgent: new HttpsAgent({ rejectUnauthorized: false }) } : {}),
  });
  // Argo CD and proxies in front of it may echo the request, Authorization header included, in an error.
  const scrubber = createSecretScrubber([options.token]);
  const scrub = (text: string) => scrubber.scrub(text);
  const retries = options.retries ?? 3;
  const baseDelay = options.retryDelayMs ?? 500;
  const maxDelay = options.maxRetryDelayMs ?? 8_000;

  const send = async <T>(call: Call): Promise<T> => {
    const path = `${call.path}${queryString(call.query)}`;
    for (let attempt = 0; ; attempt++) {
      options.onRequest?.({ method: call.method, path: call.path, attempt });
      let response: AxiosResponse;
      try {
        response = await client.request({ method: call.method, url: path, data: call.body });
      } catch (error) {
        const code = axios.isAxiosError(error) ? (error.code ?? '') : '';
        const retryable = (call.retry === 'transient' ? transientErrorCodes : unsentErrorCodes).has(code);
        if (retryable && attempt < retries) {
          await backoff(call, attempt, `${code} ${(error as Error).message}`);
          continue;
        }
        const message = errorMessage(error);
        throw new ExternalError(scrub(`${message}${attempt > 0 ? ` (after ${attempt + 1} attempts)` : ''}`), {
          service: SERVICE,
          operation: call.operation,
          cause: error,
        });
      }
      if (response.status >= 200 && response.status < 300) return response.data as T;
      const retryable =
        call.retry === 'transient' ? retryableStatuses.has(response.status) : response.status === 503;
      if (retryable && attempt < retries) {
        await backoff(call, attempt, `HTTP ${response.status}`, retryAfterMs(response));
        continue;
      }
      throw new ExternalError(scrub(responseMessage(response)), {
        service: SERVICE,
        operation: call.operation,
        status: response.status,
      });
    }
  };

  const backoff = async (call: Call, attempt: number, reason: string, requested?: number) => {
    const delay = Math.min(maxDelay, requested ?? baseDelay * 2 ** attempt);
    options.logger?.debug(
      `${SERVICE} ${call.operation}: ${scrub(reason)}; retry ${attempt + 1}/${retries} in ${Math.round(delay)} ms`,
    );
    await new Promise((resolve) => setTimeout(resolve, delay));
  };

  const decoded = <T>(call: Call, decode: (data: unknown) => T) =>
    send<unknown>(call).then((data) => {
      try {
        return decode(data);
      } catch (error) {
        if (!(error instanceof ArgoCdDecodeError)) throw error;
        throw new ExternalError(scrub(error.message), {
          service: SERVICE,
          operation: call.operation,
          cause: error,
        });
      }
    });

  const items = <T>(data: unknown): T[] => (data as { items?: T[] | null } | undefined)?.items ?? [];

  return {
    getSettings: () =>
      send<ArgoCdSettings>({
        method: 'GET',
        path: '/api/v1/settings',
        operation: 'get settings',
        retry: 'transient',
      }),

    listApplications: (query = {}) =>
      send<unknown>({
        method: 'GET',
        path: '/api/v1/applications',
        query: { repo: query.repo, selector: query.selector },
        operation: `list applications${query.repo ? ` of repo ${query.repo}` : ''}${query.selector ? ` with selector ${query.selector}` : ''}`,
        retry: 'transient',
      }).then((data) => items<ArgoCdApplication>(data)),

    getApplication: (name, getOptions = {}) =>
      send<ArgoCdApplication>({
        method: 'GET',
        path: `/api/v1/applications/${enc(name)}`,
        query: { refresh: getOptions.refresh },
        operation: `get app "${name}"`,
        retry: 'transient',
      }),

    getManifests: (name, revision, manifestOptions = {}) => {
      const position = manifestOptions.sourcePosition;
      return decoded(
        {
          method: 'GET',
          path: `/api/v1/applications/${enc(name)}/manifests`,
          query:
            position === undefined
              ? { revision }
              : { revisions: [revision], sourcePositions: [String(position)] },
          operation: `get manifests of app "${name}" at revision "${revision}"`,
          retry: 'transient',
        },
        decodeManifests,
      );
    },

    getManagedResources: (name) =>
      decoded(
        {
          method: 'GET',
          path: `/api/v1/applications/${enc(name)}/managed-resources`,
          operation: `get managed resources of app "${name}"`,
          retry: 'transient',
        },
        decodeManagedResources,
      ),

    listApplicationSets: () =>
      send<unknown>({
        method: 'GET',
        path: '/api/v1/applicationsets',
        operation: 'list applicationsets',
        retry: 'transient',
      }).then((data) => items<ArgoCdApplicationSet>(data)),

    createApplication: (app, createOptions = {}) =>
      send<ArgoCdApplication>({
        method: 'POST',
        path: '/api/v1/applications',
        query: {
          validate: String(createOptions.validate ?? false),
          upsert: createOptions.upsert === undefined ? undefined : String(createOptions.upsert),
        },
        body: app,
        operation: `create app "${app.metadata.name}"`,
        retry: 'unsent',
      }),

    deleteApplication: async (name, deleteOptions = {}) => {
      await send<unknown>({
        method: 'DELETE',
        path: `/api/v1/applications/${enc(name)}`,
        query: { cascade: String(deleteOptions.cascade ?? false) },
        operation: `delete app "${name}"`,
        retry: 'transient',
      });
    },

    patchApplicationTargetRevision: (name, targetRevision, patchOptions = {}) => {
      const position = patchOptions.sourcePosition;
      // A merge patch replaces whole lists, so a multi-source app gets a JSON patch of the one source.
      const body =
        position === undefined
          ? { name, patchType: 'merge', patch: JSON.stringify({ spec: { source: { targetRevision } } }) }
          : {
              name,
              patchType: 'json',
              patch: JSON.stringify([
                { op: 'add', path: `/spec/sources/${position - 1}/targetRevision`, value: targetRevision },
              ]),
            };
      return send<ArgoCdApplication>({
        method: 'PATCH',
        path: `/api/v1/applications/${enc(name)}`,
        body,
        operation: `set target revision of app "${name}" to "${targetRevision}"`,
        retry: 'transient',
      });
    },
  };
}
