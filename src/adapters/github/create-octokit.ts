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
}

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
  return octokit;
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
