import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import type { Logger } from '../../ports/logger.js';
import { failFastWhenUnreachable } from './fail-fast-when-unreachable.js';

/** An Octokit with REST methods, pagination, GraphQL, throttling and retries. */
export type Octokit = ReturnType<typeof getOctokit>;

/** Options of the Octokit client. */
export interface OctokitOptions {
  token: string;
  /** REST base URL (`GITHUB_API_URL`); GraphQL is derived from it as on GitHub Enterprise Server. */
  baseUrl: string;
  logger: Logger;
  /** Spacing of write requests in ms; GitHub asks for at least one second between content writes. */
  writeIntervalMs?: number;
  /** Counts every HTTP request actually sent, retries included. */
  onRequest?: (method: string, url: string) => void;
  /** Applied to the text fields of every request (bodies, titles, messages, descriptions): hides secrets. */
  scrubText?: (text: string) => string;
}

/** Request fields that carry prose a person or a service wrote; file contents and SHAs are never altered. */
const TEXT_FIELDS = ['body', 'title', 'message', 'description', 'summary', 'text'];

const MAX_LIMIT_RETRIES = 3;

/**
 * Builds the client every adapter uses. 429 is left to the throttling plugin (it honours `retry-after`),
 * so the retry plugin does not retry it a second time (the double-retry trap of the two plugins).
 */
export function createOctokit(options: OctokitOptions): Octokit {
  const { logger } = options;
  const interval = options.writeIntervalMs ?? 1000;
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      request: { agent: defaults.request?.agent as unknown, fetch: countingFetch(options.onRequest) },
      retry: { doNotRetry: [400, 401, 403, 404, 405, 409, 410, 422, 429, 451] },
      throttle: {
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: interval }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: interval * 3 }),
        onRateLimit: (retryAfter, request, _octokit, retryCount) => {
          logger.warning(
            `GitHub rate limit hit on ${request.method} ${request.url}; retrying in ${retryAfter}s`,
          );
          return retryCount < MAX_LIMIT_RETRIES;
        },
        onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
          logger.warning(
            `GitHub secondary rate limit hit on ${request.method} ${request.url}; retrying in ${retryAfter}s`,
          );
          return retryCount < MAX_LIMIT_RETRIES;
        },
      },
    },
    failFastWhenUnreachable,
    retry,
    throttling,
  );
  const scrub = options.scrubText;
  if (scrub !== undefined) octokit.hook.before('request', (request) => scrubRequest(request, scrub));
  return octokit;
}

/** Scrubs the text fields of a REST request's parameters and of a GraphQL request's variables. */
function scrubRequest(request: Record<string, unknown>, scrub: (text: string) => string): void {
  scrubFields(request, scrub);
  const variables = request['variables'];
  if (typeof variables === 'object' && variables !== null) scrubDeep(variables, scrub);
}

function scrubFields(target: Record<string, unknown>, scrub: (text: string) => string): void {
  for (const field of TEXT_FIELDS) {
    const value = target[field];
    if (typeof value === 'string') target[field] = scrub(value);
  }
}

function scrubDeep(value: object, scrub: (text: string) => string): void {
  scrubFields(value as Record<string, unknown>, scrub);
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) scrubDeep(child as object, scrub);
  }
}

type Fetch = typeof globalThis.fetch;

/** Wraps the runner's proxy-aware fetch so that every HTTP request sent, retries included, is counted. */
function countingFetch(onRequest: OctokitOptions['onRequest']): Fetch {
  const inner = (defaults.request?.fetch as Fetch | undefined) ?? globalThis.fetch;
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    onRequest?.(init?.method ?? 'GET', url);
    return inner(input, init);
  };
}
