import { createOctokit, type Octokit } from './create-octokit.js';
import type { RepositoryClientOptions } from './repository-client-options.js';

/** An Octokit bound to one repository, with the number of HTTP requests it sent (retries included). */
export interface CountedOctokit {
  octokit: Octokit;
  /** `{ owner, repo }` for the REST parameters. */
  repo: { owner: string; repo: string };
  callCount: () => number;
}

/** The client set-up every adapter shares: one Octokit from the adapter's options, counting its requests. */
export function createCountedOctokit(
  options: RepositoryClientOptions & {
    /** Told of every HTTP request sent too (a caller's own count). */
    onRequest?: (() => void) | undefined;
  },
): CountedOctokit {
  let calls = 0;
  const octokit = createOctokit({
    token: options.token,
    baseUrl: options.baseUrl,
    logger: options.logger,
    ...(options.writeIntervalMs === undefined ? {} : { writeIntervalMs: options.writeIntervalMs }),
    ...(options.scrubText === undefined ? {} : { scrubText: options.scrubText }),
    onRequest: () => {
      calls++;
      options.onRequest?.();
    },
  });
  return { octokit, repo: { owner: options.owner, repo: options.repo }, callCount: () => calls };
}
